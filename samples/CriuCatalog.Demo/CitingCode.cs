namespace CriuCatalog.Demo;

/// <summary>
/// Pretend production code that builds on two papers. <c>[Cites(PaperId.NoSuchPaper)]</c> would not compile.
/// </summary>
[Cites(PaperId.AsyncFork)]
[Cites(PaperId.Cricket)]
public sealed class SnapshotScheduler
{
    private int _snapshots;

    /// <summary>Forks a snapshot of the process, the way Async-fork does.</summary>
    /// <returns>How many snapshots this scheduler has taken.</returns>
    [Cites(PaperId.AsyncFork)]
    public int Fork() => ++_snapshots;
}

/// <summary>Pretend code that restores GPU applications.</summary>
[Cites(PaperId.OnDemandParallel)]
[Cites(PaperId.Singularity)]
public static class GpuRestorer
{
}
