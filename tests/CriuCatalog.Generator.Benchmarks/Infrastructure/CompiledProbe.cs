using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Benchmarks.Infrastructure;

/// <summary>
/// A compiled, loaded catalog with a probe class compiled into the same assembly. Both sides of each run-time
/// comparison are static methods of that class, called through delegates of one type, so they pay the same call
/// overhead and differ only in the lookup. The probe uses the generated catalog's public API only.
/// </summary>
internal sealed class CompiledProbe
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using CriuCatalog;

        namespace CriuCatalog.Benchmarks;

        public static class Probe
        {
            private static readonly Dictionary<string, Paper> s_byKey = ByKey();
            private static readonly Paper[] s_byId = ById();
            private static readonly IReadOnlyList<Paper>[] s_byCategory = ByCategory();

            public static string[] Keys()
            {
                var all = Papers.All;
                var keys = new string[all.Count];
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = all[i].Key;
                }

                return keys;
            }

            public static int[] Ids() => Array.ConvertAll(Enum.GetValues<PaperId>(), static id => (int)id);

            public static int[] Categories() => Array.ConvertAll(Enum.GetValues<Category>(), static category => (int)category);

            public static int TryFindAll(string[] keys) => Sum(keys, default(TryFindLookup));

            public static int DictionaryFindAll(string[] keys) => Sum(keys, default(DictionaryLookup));

            public static int GetAll(int[] ids) => Sum(ids, default(GetLookup));

            public static int ArrayGetAll(int[] ids) => Sum(ids, default(ArrayGetLookup));

            public static int InCategoryAll(int[] categories) => Sum(categories, default(InCategoryLookup));

            public static int ArrayInCategoryAll(int[] categories) => Sum(categories, default(ArrayInCategoryLookup));

            // One loop for every lookup: the JIT compiles it once per struct, with the lookup inlined, so no side
            // pays for an indirect call.
            private static int Sum<T, TLookup>(T[] inputs, TLookup lookup)
                where TLookup : struct, ILookup<T>
            {
                var sum = 0;
                foreach (var input in inputs)
                {
                    sum += lookup.Look(input);
                }

                return sum;
            }

            private interface ILookup<T>
            {
                int Look(T input);
            }

            private readonly struct TryFindLookup : ILookup<string>
            {
                public int Look(string key) => Papers.TryFind(key, out _) ? 1 : 0;
            }

            private readonly struct DictionaryLookup : ILookup<string>
            {
                public int Look(string key) => s_byKey.TryGetValue(key, out _) ? 1 : 0;
            }

            private readonly struct GetLookup : ILookup<int>
            {
                public int Look(int id) => Papers.Get((PaperId)id) is not null ? 1 : 0;
            }

            private readonly struct ArrayGetLookup : ILookup<int>
            {
                public int Look(int id) => s_byId[id] is not null ? 1 : 0;
            }

            private readonly struct InCategoryLookup : ILookup<int>
            {
                public int Look(int category) => Papers.InCategory((Category)category).Count;
            }

            private readonly struct ArrayInCategoryLookup : ILookup<int>
            {
                public int Look(int category) => s_byCategory[category].Count;
            }

            private static Dictionary<string, Paper> ByKey()
            {
                var byKey = new Dictionary<string, Paper>(StringComparer.Ordinal);
                foreach (var paper in Papers.All)
                {
                    byKey.Add(paper.Key, paper);
                }

                return byKey;
            }

            private static Paper[] ById()
            {
                var ids = Enum.GetValues<PaperId>();
                var byId = new Paper[ids.Length == 0 ? 0 : (int)ids[^1] + 1];
                foreach (var id in ids)
                {
                    byId[(int)id] = Papers.Get(id);
                }

                return byId;
            }

            private static IReadOnlyList<Paper>[] ByCategory()
            {
                var categories = Enum.GetValues<Category>();
                var byCategory = new IReadOnlyList<Paper>[categories.Length == 0 ? 0 : (int)categories[^1] + 1];
                foreach (var category in categories)
                {
                    byCategory[(int)category] = Papers.InCategory(category);
                }

                return byCategory;
            }
        }
        """;

    // In-process runs (--inProcess) measure every class in one process; each catalog is compiled once for all.
    private static readonly ConcurrentDictionary<string, Lazy<CompiledProbe>> s_loaded = new(StringComparer.Ordinal);

    private CompiledProbe(Type probe)
    {
        TryFindAll = Method<Func<string[], int>>(probe, nameof(TryFindAll));
        DictionaryFindAll = Method<Func<string[], int>>(probe, nameof(DictionaryFindAll));
        GetAll = Method<Func<int[], int>>(probe, nameof(GetAll));
        ArrayGetAll = Method<Func<int[], int>>(probe, nameof(ArrayGetAll));
        InCategoryAll = Method<Func<int[], int>>(probe, nameof(InCategoryAll));
        ArrayInCategoryAll = Method<Func<int[], int>>(probe, nameof(ArrayInCategoryAll));

        // Copies, as keys read from input would be: the catalog's own instances would let string equality stop at
        // the reference check. Every key once, then as many near misses.
        var keys = Method<Func<string[]>>(probe, "Keys")();
        Keys = [.. keys.Select(static key => new string(key.AsSpan())), .. keys.Select(static key => key + "-x")];
        Ids = Method<Func<int[]>>(probe, "Ids")();
        Categories = Method<Func<int[]>>(probe, "Categories")();

        Check(TryFindAll(Keys) == keys.Length && DictionaryFindAll(Keys) == keys.Length, "TryFind and the Dictionary disagree with the keys of Papers.All");
        Check(GetAll(Ids) == Ids.Length && ArrayGetAll(Ids) == Ids.Length, "Get misses a PaperId");
        Check(InCategoryAll(Categories) == ArrayInCategoryAll(Categories), "InCategory changed between calls");
    }

    public string[] Keys { get; }

    public int[] Ids { get; }

    public int[] Categories { get; }

    public Func<string[], int> TryFindAll { get; }

    public Func<string[], int> DictionaryFindAll { get; }

    public Func<int[], int> GetAll { get; }

    public Func<int[], int> ArrayGetAll { get; }

    public Func<int[], int> InCategoryAll { get; }

    public Func<int[], int> ArrayInCategoryAll { get; }

    public static CompiledProbe Load(string catalogName, string catalogText)
        => s_loaded.GetOrAdd(catalogName, _ => new Lazy<CompiledProbe>(() => Compile(catalogText))).Value;

    private static CompiledProbe Compile(string catalogText)
    {
        var consumer = Harness.CreateCompilation(
            "CatalogProbe",
            OutputKind.DynamicallyLinkedLibrary,
            CSharpSyntaxTree.ParseText(Source, Harness.ParseOptions, path: "/src/Probe.cs"));
        var bytes = Harness.Emit(Harness.Run(Side.Catalog, catalogText, consumer).Output);
        var assembly = new AssemblyLoadContext("catalog-probe").LoadFromStream(new MemoryStream(bytes));
        return new CompiledProbe(assembly.GetType("CriuCatalog.Benchmarks.Probe", throwOnError: true)!);
    }

    private static T Method<T>(Type probe, string name)
        where T : Delegate
        => probe.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<T>();

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
