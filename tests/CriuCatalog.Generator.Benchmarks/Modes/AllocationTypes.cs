using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace CriuCatalog.Generator.Benchmarks.Modes;

/// <summary>
/// Counts the runtime's allocation samples (one event about every 100 KB allocated) by type, for <c>phases … types</c>:
/// what a first run allocates most, without a profiler. A sample stands for about 100 KB, so only counts over many
/// runs mean anything. The runtime delivers the events late, on a thread of its own, so they cannot be told apart by
/// phase. Samples of objects on the large object heap are counted apart from the type's others.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);

    /// <summary>Whether samples arriving now are counted: off while the runs warm up.</summary>
    public bool Counting { get; set; }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Counting || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.PayloadNames?.IndexOf("TypeName") is int t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames?.IndexOf("AllocationAmount64") is int a and >= 0 ? Convert.ToInt64(eventData.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        // AllocationKind 1 is the large object heap (objects of 85,000 bytes and more), whose allocations bring on
        // full collections; such samples are counted apart.
        if (eventData.PayloadNames?.IndexOf("AllocationKind") is int k and >= 0 && Convert.ToInt32(eventData.Payload[k], System.Globalization.CultureInfo.InvariantCulture) == 1)
        {
            type += " (large object heap)";
        }

        lock (_bytes)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
        }
    }

    /// <summary>The types that took the most sampled bytes, as Markdown, per run.</summary>
    public void Print(int runs, int top = 25)
    {
        lock (_bytes)
        {
            Console.WriteLine();
            Console.WriteLine("| Sampled type | KB per run |");
            Console.WriteLine("| --- | ---: |");
            foreach (var row in _bytes.OrderByDescending(p => p.Value).Take(top))
            {
                Console.WriteLine(FormattableString.Invariant($"| `{row.Key}` | {row.Value / (double)runs / 1024:N1} |"));
            }
        }
    }
}
