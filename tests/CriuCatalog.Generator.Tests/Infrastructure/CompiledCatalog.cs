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

    /// <summary><c>ToDisplayName()</c> of every value of the enum <paramref name="enumName"/> (<c>Venue</c> or <c>Category</c>), in order.</summary>
    public IReadOnlyList<string> DisplayNames(string enumName)
    {
        var enumType = Type(enumName);
        var toDisplayName = Type("CatalogEnumExtensions").GetMethod("ToDisplayName", [enumType])!;
        // Each value once: a renamed member's former name is a second member with its value.
        return Enum.GetValues(enumType).Cast<object>().Distinct().Select(v => (string)toDisplayName.Invoke(null, [v])!).ToList();
    }

    /// <summary>
    /// The names of the members of the enum <paramref name="enumName"/>, as declared: the current names, or with
    /// <paramref name="former"/> the obsolete former names after them.
    /// </summary>
    public IReadOnlyList<string> EnumNames(string enumName, bool former = false)
        => Type(enumName).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => former == field.IsDefined(typeof(ObsoleteAttribute), inherit: false))
            .Select(field => field.Name)
            .ToList();

    /// <summary>Every paper of <c>Papers.All</c>, in order, as objects to read with <see cref="Read"/>.</summary>
    public IEnumerable<object> Papers()
        => ((IEnumerable)Type("Papers").GetProperty("All")!.GetValue(null)!).Cast<object>();

    /// <summary>A property of a generated object, such as a paper's <c>Url</c>.</summary>
    public static object? Read(object instance, string property) => instance.GetType().GetProperty(property)!.GetValue(instance);

    /// <summary>Calls a public instance method with no arguments, such as a paper's <c>ToBibTeX()</c>.</summary>
    public static object? Call(object instance, string method) => instance.GetType().GetMethod(method, System.Type.EmptyTypes)!.Invoke(instance, null);

    /// <summary>A generated type of the catalog's namespace, nested ones written <c>Papers+GpuCheckpointing</c>.</summary>
    public Type Type(string name) => assembly.GetType("CriuCatalog." + name, throwOnError: true)!;
}
