using System.Linq;
using System.Threading.Tasks;
using CriuCatalog.Generator.CodeFixes;
using CriuCatalog.Generator.Tests.Infrastructure;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// <see cref="CatalogMemberCodeFixProvider"/>: "Change to 'X'" for CS0117 on the generated catalog types, in a
/// workspace where the generator runs (<see cref="GeneratorWorkspace"/>): the exact text before and after, and that
/// the fixed project compiles.
/// </summary>
public class CatalogMemberCodeFixTests
{
    private static readonly CatalogMemberCodeFixProvider Provider = new();

    [Fact]
    public async Task A_misspelt_PaperId_in_Cites_is_changed_to_the_paper()
    {
        var workspace = GeneratorWorkspace.ForSeed("""
            using CriuCatalog;

            [Cites(PaperId.Crikcet)]
            internal sealed class Scheduler { }
            """);
        var diagnostic = Assert.Single(await workspace.DiagnosticsAsync("CS0117"));
        var actions = await workspace.ActionsAsync(Provider, diagnostic);

        Assert.Equal(
            [("Change to 'Cricket'", "CriuCatalog.CS0117.ChangeTo.Cricket")],
            actions.Select(a => (a.Title, a.EquivalenceKey)).ToList());
        await workspace.ApplyAsync(actions[0]);
        Assert.Equal("""
            using CriuCatalog;

            [Cites(PaperId.Cricket)]
            internal sealed class Scheduler { }
            """, await workspace.ConsumerTextAsync());
        Assert.Empty(await workspace.CompilerProblemsAsync());
    }
}
