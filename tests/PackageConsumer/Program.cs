using System;
using CriuCatalog;

[assembly: Cites(PaperId.Cricket)]

if (!Papers.TryFind("async-fork", out var asyncFork) || asyncFork != Papers.AsyncFork)
{
    Console.WriteLine("lookup failed");
    return 1;
}

Console.WriteLine($"package consumer: {Papers.All.Count} papers; {Papers.AsyncFork}");
return 0;
