using System;
using System.Collections.Generic;
using System.Linq;

namespace CriuCatalog.Demo;

/// <summary>The catalog's categories.</summary>
internal static class Categories
{
    /// <summary>
    /// Every category once, in catalog order. Not <c>Enum.GetValues</c> alone: a renamed category's obsolete former
    /// name (<c>Category.GpuCriu</c>, now <c>GPU_CRIU</c>) is a second member with the same value.
    /// </summary>
    public static IReadOnlyList<Category> All { get; } = Enum.GetValues<Category>().Distinct().ToArray();
}
