using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;

namespace CriuCatalog.Generator.Tests;

/// <summary>
/// The package a consumer installs: the generator and its code fixes under analyzers/; under build/ and
/// buildTransitive/ the props that expose the PaperCatalog metadata and the targets that pass the catalog's
/// .editorconfig files; and no dependencies (building the tests packs it; see their csproj).
/// </summary>
public class PackageTests
{
    [Fact]
    public void The_package_has_the_analyzer_the_code_fixes_the_props_and_the_targets()
    {
        using var package = ZipFile.OpenRead(PackagePath());
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("analyzers/dotnet/cs/CriuCatalog.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CriuCatalog.Generator.CodeFixes.dll", entries);
        Assert.Equal(2, entries.Count(e => e.StartsWith("analyzers/", System.StringComparison.Ordinal)));
        Assert.Contains("build/CriuCatalog.Generator.props", entries);
        Assert.Contains("buildTransitive/CriuCatalog.Generator.props", entries);
        Assert.Contains("build/CriuCatalog.Generator.targets", entries);
        Assert.Contains("buildTransitive/CriuCatalog.Generator.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal));

        using var props = new StreamReader(package.GetEntry("build/CriuCatalog.Generator.props")!.Open());
        Assert.Contains("<CompilerVisibleItemMetadata Include=\"AdditionalFiles\" MetadataName=\"PaperCatalog\" />", props.ReadToEnd(), System.StringComparison.Ordinal);

        using var targets = new StreamReader(package.GetEntry("build/CriuCatalog.Generator.targets")!.Open());
        Assert.Contains("Combine('.editorconfig')", targets.ReadToEnd(), System.StringComparison.Ordinal);

        using var nuspec = new StreamReader(package.GetEntry("CriuCatalog.Generator.nuspec")!.Open());
        var manifest = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", manifest, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<dependency ", manifest, System.StringComparison.Ordinal);
    }

    private static string PackagePath()
    {
        var metadata = typeof(PackageTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        var path = Path.Combine(metadata["PackagesDirectory"]!, $"CriuCatalog.Generator.{metadata["PackageVersion"]}.nupkg");
        Assert.True(File.Exists(path), $"{path} is missing: building the tests packs the generator there (PackGeneratorForPackageTests in the csproj).");
        return path;
    }
}
