using Spectre.Console;

namespace CriuCatalog.Demo;

/// <summary>The styles of the commands; a redirected console drops them.</summary>
internal static class Styles
{
    public static readonly Style Heading = new(decoration: Decoration.Bold);
    public static readonly Style Key = new(Color.Aqua);
    public static readonly Style Label = new(Color.Yellow);
    public static readonly Style Dim = new(decoration: Decoration.Dim);
}
