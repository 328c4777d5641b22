using System.Collections.Generic;

namespace CriuCatalog.Generator.Common;

/// <summary>
/// A map that holds its first entry in place and makes a <see cref="Dictionary{TKey, TValue}"/> only for a second
/// key: most papers are listed once, and a dictionary per paper would be most of what building a catalog allocates.
/// Lookups stay O(1) however many entries one paper gets.
/// </summary>
internal sealed class FirstThenMap<TKey, TValue>
    where TKey : notnull
{
    private bool _hasFirst;
    private TKey _firstKey = default!;
    private TValue _firstValue = default!;
    private Dictionary<TKey, TValue>? _more;

    public bool TryGetValue(TKey key, out TValue value)
    {
        if (_hasFirst && EqualityComparer<TKey>.Default.Equals(_firstKey, key))
        {
            value = _firstValue;
            return true;
        }

        if (_more is not null)
        {
            return _more.TryGetValue(key, out value!);
        }

        value = default!;
        return false;
    }

    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    /// <summary>Adds an entry whose key is not in the map yet, as <see cref="Dictionary{TKey, TValue}.Add"/> does.</summary>
    public void Add(TKey key, TValue value)
    {
        if (!_hasFirst)
        {
            _hasFirst = true;
            _firstKey = key;
            _firstValue = value;
            return;
        }

        if (EqualityComparer<TKey>.Default.Equals(_firstKey, key))
        {
            throw new System.ArgumentException("An entry with the same key is already in the map.", nameof(key));
        }

        (_more ??= []).Add(key, value);
    }
}
