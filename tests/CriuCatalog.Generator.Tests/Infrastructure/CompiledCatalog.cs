using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace CriuCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Reads a compiled, loaded catalog through its public API by reflection, so a test can check what a user's code
/// would see (<c>Papers.All</c>, <c>Paper.Title</c>, <c>ToDisplayName()</c>) without writing a consumer per case.
/// </summary>
internal sealed class CompiledCatalog(Assembly assembly)
{
    public static CompiledCatalog Load(GeneratorRun run) => new(run.Load());

    public string CatalogTitle => (string)Type("Papers").GetField("CatalogTitle")!.GetValue(null)!;

    /// <summary>The <c>Title</c> of every paper in <c>Papers.All</c>, in order.</summary>
    public IReadOnlyList<string> PaperTitles => Papers().Select(p => (string)p.GetType().GetProperty("Title")!.GetValue(p)!).ToList();

    /// <summary>The <c>Key</c> of every paper in <c>Papers.All</c>, in order.</summary>
    public IReadOnlyList<string> PaperKeys => Papers().Select(p => (string)p.GetType().GetProperty("Key")!.GetValue(p)!).ToList();

    /// <summary><c>ToDisplayName()</c> of every member of the enum <paramref name="enumName"/> (<c>Venue</c> or <c>Category</c>).</summary>
    public IReadOnlyList<string> DisplayNames(string enumName)
    {
        var enumType = Type(enumName);
        var toDisplayName = Type("CatalogEnumExtensions").GetMethod("ToDisplayName", [enumType])!;
        return Enum.GetValues(enumType).Cast<object>().Select(v => (string)toDisplayName.Invoke(null, [v])!).ToList();
    }

    /// <summary>The names of the members of the enum <paramref name="enumName"/>.</summary>
    public IReadOnlyList<string> EnumNames(string enumName) => Enum.GetNames(Type(enumName));

    private IEnumerable<object> Papers()
        => ((IEnumerable)Type("Papers").GetProperty("All")!.GetValue(null)!).Cast<object>();

    private Type Type(string name) => assembly.GetType("CriuCatalog." + name, throwOnError: true)!;
}
