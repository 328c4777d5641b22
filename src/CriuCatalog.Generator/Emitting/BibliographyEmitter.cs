using System;
using System.Collections.Generic;
using System.Linq;
using CriuCatalog.Generator.Common;
using CriuCatalog.Generator.Model;
using static CriuCatalog.Generator.Model.GeneratedNames;

namespace CriuCatalog.Generator.Emitting;

/// <summary>
/// Writes <c>Bibliography</c>, the papers the compilation cites with <c>[Cites]</c>, and <c>CitedPaper</c>, one
/// of its entries. A project that cites nothing gets an empty bibliography that compiles.
/// </summary>
internal static class BibliographyEmitter
{
    public const string HintName = Bibliography + ".g.cs";

    public static GeneratedFile Emit(EmitContext context, EquatableArray<CitedPaperModel> cited)
        => new(HintName, context.File(BibliographyClass(context, cited), writer => writer.WriteLines(CitedPaperTemplate(context.Accessibility))));

    private static string CitedPaperTemplate(string accessibility) => $$"""
        /// <summary>An entry of <see cref="{{Bibliography}}.Cited"/>: a paper this assembly cites, and the code that cites it.</summary>
        {{EmitContext.GeneratedCodeAttribute}}
        {{accessibility}} sealed class {{CitedPaper}}
        {
            internal {{CitedPaper}}({{Paper}} paper, string[] citedBy)
            {
                Paper = paper;
                CitedBy = global::System.Array.AsReadOnly(citedBy);
            }

            /// <summary>The paper cited.</summary>
            public {{Paper}} Paper { get; }

            /// <summary>The symbols with a <c>[Cites]</c> of the paper, e.g. <c>MyApp.SnapshotScheduler</c> or <c>MyApp.Store.Fork()</c>, each once, in ordinal order.</summary>
            public global::System.Collections.Generic.IReadOnlyList<string> CitedBy { get; }

            /// <summary>Returns the paper's <see cref="{{Paper}}.Citation"/>.</summary>
            /// <returns>The citation line of the paper's primary publication.</returns>
            public override string ToString() => Paper.Citation;
        }
        """;

    private static Action<SourceWriter> BibliographyClass(EmitContext context, EquatableArray<CitedPaperModel> cited) => writer =>
    {
        var catalog = context.Catalog;
        writer.WriteLines($$"""
            /// <summary>
            /// The papers this assembly cites with <c>[Cites]</c>, like the reference list of a paper: each cited paper once, in catalog
            /// order (the order of <see cref="{{PaperId}}"/>), with the code that cites it. Now: {{EmitContext.Count(cited.Count, "paper")}}.
            /// </summary>
            /// <remarks>It is generated with the build, so it always matches the code; it has no run-time reflection.</remarks>
            {{EmitContext.GeneratedCodeAttribute}}
            {{context.Accessibility}} static class {{Bibliography}}
            """);
        using (writer.OpenBlock())
        {
            writer.WriteLine("/// <summary>The cited papers, in catalog order, each with the symbols that cite it.</summary>")
                .WriteLine($"public static global::System.Collections.Generic.IReadOnlyList<{CitedPaper}> Cited {{ get; }} = global::System.Array.AsReadOnly(new {CitedPaper}[]");
            using (writer.OpenBlock(");"))
            {
                for (var i = 0; i < cited.Count; i++)
                {
                    context.ThrowIfCancellationRequested(i);
                    var entry = cited[i];
                    var symbols = string.Join(", ", entry.CitedBy.Select(Escaping.Literal));
                    writer.WriteLine($"new {CitedPaper}({context.PapersClass}.{catalog.Papers[entry.Paper].Identifier}, new string[] {{ {symbols} }}),");
                }
            }

            writer.WriteLine()
                .WriteLine("/// <summary>Tells whether this assembly cites a paper.</summary>")
                .WriteLine("/// <param name=\"id\">A paper id.</param>")
                .WriteLine("/// <returns><see langword=\"true\"/> when a <c>[Cites]</c> in this assembly names the paper.</returns>");
            if (cited.Count == 0)
            {
                writer.WriteLine($"public static bool IsCited({PaperId} id) => false;");
            }
            else
            {
                // A switch statement, not an expression, which C# 7.3 does not have.
                writer.WriteLine($"public static bool IsCited({PaperId} id)");
                using (writer.OpenBlock())
                {
                    writer.WriteLine("switch (id)");
                    using (writer.OpenBlock())
                    {
                        foreach (var entry in cited)
                        {
                            writer.WriteLine($"case {PaperId}.{catalog.Papers[entry.Paper].Identifier}:");
                        }

                        writer.Indent(1).WriteLine("return true;").Indent(-1)
                            .WriteLine("default:")
                            .Indent(1).WriteLine("return false;").Indent(-1);
                    }
                }
            }

            writer.WriteLine();
            ExportEmitter.WriteListExports(writer, context.Q, "the papers this assembly cites", "Cited.Count", "Cited[i].Paper");
        }
    };
}
