using System.IO;
using System.Linq;
using System.Reflection;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>The Markdown fixtures under <c>Fixtures/</c>, read from the source tree (as the snapshots are).</summary>
internal static class MarkdownFixtures
{
    public const string AwesomePath = "/catalogs/awesome-checkpointing.md";

    public static string Directory { get; } = Path.Combine(
        typeof(MarkdownFixtures).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
        "Fixtures");

    /// <summary>The composed awesome-list fixture, about 200 lines of every Markdown shape the parser reads.</summary>
    public static string Awesome { get; } = File.ReadAllText(Path.Combine(Directory, "awesome-checkpointing.md"));

    /// <summary>The text of the fixture <paramref name="name"/> (a file name under <c>Fixtures/</c>).</summary>
    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));
}
