using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using CriuCatalog.Generator.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CriuCatalog.Generator.Benchmarks;

/// <summary>
/// What the API that the catalog keeps costs the compiler by itself, whatever generator writes it: the floor's output
/// against a bare class with only one member per paper of each kind the generated API has (a property of
/// <c>Papers</c>, a field of a category class, a member of <c>PaperId</c>), with no docs, data or other code. A
/// shape that alone takes more than 3× the floor puts the compile target out of reach of any output with that
/// member per paper.
/// </summary>
public class CompileShapeBenchmarks : CatalogBenchmark
{
    private SyntaxTree[] _floor = null!;
    private SyntaxTree _properties = null!;
    private SyntaxTree _fields = null!;
    private SyntaxTree _enumMembers = null!;

    [GlobalSetup]
    public void Setup()
    {
        var consumer = Harness.CreateConsumerCompilation();
        _floor = [.. Harness.Run(Side.Floor, CatalogText, consumer).Output.SyntaxTrees];
        var papers = Harness.Run(Side.Catalog, CatalogText, consumer).Output.GetTypeByMetadataName("CriuCatalog.PaperId")!
            .GetMembers().OfType<IFieldSymbol>().Count();
        _properties = Shape(papers, "public sealed class Paper { } public static class Papers { private static Paper At(int number) => null!;", i => "public static Paper P" + i + " => At(" + i + ");");
        _fields = Shape(papers, "public sealed class Paper { } public static class Category { private static Paper At(int number) => null!;", i => "public static readonly Paper P" + i + " = At(" + i + ");");
        _enumMembers = Shape(papers, "public enum PaperId {", i => "P" + i + " = " + i + ",");
    }

    [Benchmark(Baseline = true)]
    public byte[] Floor() => Harness.Emit(Harness.CreateCompilation("Floor", OutputKind.DynamicallyLinkedLibrary, _floor));

    [Benchmark]
    public byte[] PropertyPerPaper() => Compile(_properties);

    [Benchmark]
    public byte[] FieldPerPaper() => Compile(_fields);

    [Benchmark]
    public byte[] EnumMemberPerPaper() => Compile(_enumMembers);

    private static byte[] Compile(SyntaxTree shape)
        => Harness.Emit(Harness.CreateCompilation("Shape", OutputKind.DynamicallyLinkedLibrary, Harness.ConsumerTree, shape));

    private static SyntaxTree Shape(int papers, string opening, System.Func<string, string> member)
    {
        var text = new StringBuilder("namespace CriuCatalog.Shapes\n{\n").Append(opening).Append('\n');
        for (var i = 0; i < papers; i++)
        {
            text.Append("    ").Append(member(i.ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        var tree = CSharpSyntaxTree.ParseText(text.Append("}\n}\n").ToString(), Harness.ParseOptions);
        _ = tree.GetRoot();
        return tree;
    }
}
