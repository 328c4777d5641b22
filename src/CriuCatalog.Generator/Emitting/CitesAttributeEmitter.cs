using static CriuCatalog.Generator.Model.GeneratedNames;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes <c>CitesAttribute</c>. It is regular output, emitted only with a catalog, because its constructor takes
/// the catalog's <c>PaperId</c>. A generator does not see its own regular output, so the pipeline finds
/// <c>[Cites]</c> by its syntax and reads the cited paper from the argument's text; see
/// <see cref="Citations.CitationReader"/>.
/// </summary>
internal static class CitesAttributeEmitter
{
    public const string HintName = CitesAttribute + ".g.cs";

    public static GeneratedFile Emit(EmitContext context) => new(HintName, context.File(writer => writer.WriteLines($$"""
        /// <summary>
        /// Records that the code it is applied to cites a paper of the catalog. The argument is a
        /// <see cref="{{PaperId}}"/> constant, so a citation of a paper that is not in the catalog does not compile.
        /// The papers a project cites are listed by <see cref="{{Bibliography}}"/>.
        /// </summary>
        /// <example><code>[Cites(PaperId.AsyncFork)]</code></example>
        [global::System.AttributeUsage(global::System.AttributeTargets.All, AllowMultiple = true, Inherited = false)]
        {{EmitContext.GeneratedCodeAttribute}}
        {{context.Accessibility}} sealed class {{CitesAttribute}} : global::System.Attribute
        {
            /// <summary>Cites a paper.</summary>
            /// <param name="paper">The paper cited.</param>
            public {{CitesAttribute}}({{PaperId}} paper)
            {
                Paper = paper;
            }

            /// <summary>The paper cited.</summary>
            public {{PaperId}} Paper { get; }
        }
        """)));
}
