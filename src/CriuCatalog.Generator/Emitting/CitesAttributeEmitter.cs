using CriuCatalog.Generator.Model;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes <c>CitesAttribute</c> in two parts. The class itself is post-initialization output, so the pipeline's
/// compilation knows it and can find every <c>[Cites]</c>; a generator's regular output is invisible to its own
/// pipeline. The constructor takes a <c>PaperId</c>, which exists only once a catalog is generated, so it is in
/// the regular output. The pipeline therefore reads the cited paper from the argument's syntax, not its value.
/// </summary>
internal static class CitesAttributeEmitter
{
    public const string HintName = "CitesAttribute.g.cs";

    public const string MetadataName = GenerationSettings.DefaultNamespace + ".CitesAttribute";

    /// <summary>The attribute class, without a constructor; emitted whether or not the project has a catalog.</summary>
    public static string EmitDeclaration()
    {
        var writer = new SourceWriter();
        CatalogEmitter.WriteHeader(writer, GenerationSettings.DefaultNamespace);
        using (writer.OpenBlock())
        {
            writer.WriteDocLine("<summary>")
                .WriteDocLine("Records that the code it is applied to cites a paper of the catalog. The argument is a <c>PaperId</c>")
                .WriteDocLine("constant, so a citation of a paper that is not in the catalog does not compile. The papers a project cites")
                .WriteDocLine("are listed by the generated <c>Bibliography</c> class.")
                .WriteDocLine("</summary>")
                .WriteDocLine("<example><code>[Cites(PaperId.AsyncFork)]</code></example>")
                .WriteLine("[global::System.AttributeUsage(global::System.AttributeTargets.All, AllowMultiple = true, Inherited = false)]")
                .WriteLine(CatalogEmitter.GeneratedCodeAttribute)
                .WriteLine("public sealed partial class CitesAttribute : global::System.Attribute");
            using (writer.OpenBlock())
            {
            }
        }

        return writer.ToString();
    }

    /// <summary>The constructor and the property, which need the catalog's <c>PaperId</c>.</summary>
    public static string EmitConstructor(CatalogEmitter.Context context) => context.File(writer =>
    {
        writer.WriteLine("partial class CitesAttribute");
        using (writer.OpenBlock())
        {
            writer.WriteDocLine("<summary>Cites a paper.</summary>")
                .WriteDocLine("<param name=\"paper\">The paper cited.</param>")
                .WriteLine($"public CitesAttribute({context.Type("PaperId")} paper)");
            using (writer.OpenBlock())
            {
                writer.WriteLine("Paper = paper;");
            }

            writer.WriteLine()
                .WriteDocLine("<summary>The paper cited.</summary>")
                .WriteLine($"public {context.Type("PaperId")} Paper {{ get; }}");
        }
    });
}
