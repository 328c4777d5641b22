namespace CriuCatalog.Generator.Parsing;

/// <summary>
/// The text of one AdditionalFile marked <c>PaperCatalog="true"</c>. Comparing by text (not by the
/// <c>AdditionalText</c> instance) lets an unchanged catalog in a new AdditionalText stay cached.
/// </summary>
/// <param name="Path">The file's path, used only for diagnostics.</param>
/// <param name="Text">The file's text, or <see langword="null"/> when it could not be read.</param>
internal sealed record CatalogSource(string Path, string? Text);
