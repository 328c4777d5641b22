namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes <c>CitesAttribute</c>. It is regular output, emitted only with a catalog, because its constructor takes
/// the catalog's <c>PaperId</c>. A generator does not see its own regular output, so the pipeline finds
/// <c>[Cites]</c> by its syntax and reads the cited paper from the argument's text; see
/// <see cref="Citations.CitationReader"/>.
/// </summary>
internal static class CitesAttributeEmitter
{
    public const string HintName = "CitesAttribute.g.cs";

    public static string Emit(CatalogEmitter.Context context) => context.File(writer =>
    {
        writer.WriteDocLine("<summary>")
            .WriteDocLine("Records that the code it is applied to cites a paper of the catalog. The argument is a")
            .WriteDocLine($"<see cref=\"{context.Type("PaperId")}\"/> constant, so a citation of a paper that is not in the catalog does not compile.")
            .WriteDocLine($"The papers a project cites are listed by <see cref=\"{context.Type("Bibliography")}\"/>.")
            .WriteDocLine("</summary>")
            .WriteDocLine("<example><code>[Cites(PaperId.AsyncFork)]</code></example>")
            .WriteLine("[global::System.AttributeUsage(global::System.AttributeTargets.All, AllowMultiple = true, Inherited = false)]")
            .WriteLine(CatalogEmitter.GeneratedCodeAttribute)
            .WriteLine("public sealed class CitesAttribute : global::System.Attribute");
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
