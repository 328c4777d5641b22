using System;
using CriuCatalog;

[assembly: Cites(PaperId.Cricket)]

if (!Papers.TryFind("async-fork", out var asyncFork) || asyncFork != Papers.AsyncFork)
{
    Console.WriteLine("lookup failed");
    return 1;
}

if (!Bibliography.IsCited(PaperId.Cricket) || !Bibliography.ToBibTeX().StartsWith("@article{cricket,", StringComparison.Ordinal))
{
    Console.WriteLine("the bibliography does not list the assembly's citation");
    return 1;
}

Console.WriteLine($"package consumer: {Papers.All.Count} papers; {Papers.AsyncFork}");
return 0;

// A cast cannot be read into the bibliography (CRIU018). With warnings as errors, this builds only because the
// generator places CRIU018 in this file, where #pragma reaches it.
#pragma warning disable CRIU018
[Cites((PaperId)3)]
#pragma warning restore CRIU018
internal static class SuppressedCitation
{
}
