namespace Kata.Machinery;

/// <summary>
/// The learner's mistakes the world saw, as facts the specs put into words: a sleep while holding a lock, threads never
/// joined, and what each thread of a deadlock waits for. The moment a mistake happens is noted where the world sees it
/// (a sleep, a lock's wait, a join's wait); this part reads them out.
/// </summary>
internal sealed partial class VirtualWorld
{
    private SleptHolding? sleptHolding;

    /// <summary>The first sleep taken while holding a lock; null if none.</summary>
    public SleptHolding? SleptHoldingALock => sleptHolding;

    /// <summary>
    /// What each waiting thread waits for: a lock (and who holds it) or a thread's end. Read after a run that
    /// deadlocked, when nothing moves any more (a tester may already have torn the schedule down).
    /// </summary>
    public IReadOnlyList<ThreadWait> Waits => [.. Timelines().Where(line => line.State == Phase.Blocked).Select(WaitOf).OfType<ThreadWait>()];

    /// <summary>Threads that were started but that no thread has joined (yet), in the order they started.</summary>
    public IReadOnlyList<string> NeverJoined => [.. started.Where(line => !line.Joined).Select(line => line.Name)];

    private ThreadWait? WaitOf(Timeline line) => line switch
    {
        { AwaitedLock: { Holder: { } holder } gate } when holder.State == Phase.Ended =>
            new LockWait(line.Name, gate.Name, holder.Name, gate.Reentrant, Ended: true, Failures.FirstOrDefault(failure => failure.Thread == holder.Name)),
        { AwaitedLock: { Holder: { } holder } gate } => new LockWait(line.Name, gate.Name, holder.Name, gate.Reentrant),
        { AwaitedThread: { } awaited } => new JoinWait(line.Name, awaited.Name),
        _ => null,
    };
}

/// <summary>Thread <paramref name="Thread"/> slept while it held <paramref name="Lock"/>.</summary>
internal sealed record SleptHolding(string Thread, string Lock);

/// <summary>What a thread of a deadlocked run waits for.</summary>
internal abstract record ThreadWait(string Thread);

/// <summary>
/// <paramref name="Thread"/> waits for <paramref name="Lock"/>, which <paramref name="Holder"/> holds; <paramref name="Ended"/> when the
/// holder ended without releasing it, with <paramref name="HolderFailure"/>, the exception that ended it, if one did.
/// </summary>
/// <param name="Reentrant">One of C#'s locks (<c>lock</c>, <see cref="Monitor"/>, <see cref="System.Threading.Lock"/>), not a <see cref="KataLock"/>.</param>
internal sealed record LockWait(string Thread, string Lock, string Holder, bool Reentrant, bool Ended = false, ThreadFailure? HolderFailure = null) : ThreadWait(Thread);

/// <summary><paramref name="Thread"/> waits for thread <paramref name="Awaited"/> to end.</summary>
internal sealed record JoinWait(string Thread, string Awaited) : ThreadWait(Thread);
