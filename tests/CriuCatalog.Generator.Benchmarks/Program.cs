using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CriuCatalog.Generator.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(CriuCatalog.Generator.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);
