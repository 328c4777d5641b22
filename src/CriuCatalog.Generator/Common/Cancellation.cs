using System.Threading;

namespace CriuCatalog.Generator.Common;

/// <summary>
/// Cancellation checks for loops over entries, names and table rows. Checking on every item would cost more than
/// the item itself; checking every 256th still stops a large catalog within microseconds of the IDE asking.
/// </summary>
internal static class Cancellation
{
    /// <summary>Throws if cancellation was requested, but looks only at the first and every 256th item.</summary>
    public static void ThrowIfCancellationRequestedAt(this CancellationToken cancellationToken, int item)
    {
        if ((item & 0xFF) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
