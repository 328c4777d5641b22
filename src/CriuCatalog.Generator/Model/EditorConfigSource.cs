namespace CriuCatalog.Generator.Model;

/// <summary>
/// The text of one AdditionalFile named <c>.editorconfig</c>, which the package's build logic adds for every
/// <c>.editorconfig</c> at and above a catalog. Compared by text, like <see cref="CatalogSource"/>.
/// </summary>
/// <param name="Path">The file's full path: its sections apply to files in its directory and below.</param>
/// <param name="Text">The file's text, or <see langword="null"/> when it could not be read.</param>
internal sealed record EditorConfigSource(string Path, string? Text);
