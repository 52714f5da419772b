using Kata.Text;

namespace Kata.Machinery;

/// <summary>
/// The learner's mistakes the world saw, in the words a spec's failure shows: a sleep while holding a lock, threads
/// never joined, what each thread of a deadlock waits for, and the exception that ended a lock's holder. The moment a
/// mistake happens is noted where the world sees it (a sleep, a lock's wait, a join's wait); this part reads them out.
/// </summary>
public sealed partial class VirtualWorld
{
    private string? sleptHolding;

    /// <summary>The first sleep taken while holding a lock, as "thread 'A' slept holding lock 'gate'"; null if none.</summary>
    public string? SleptHoldingALock => sleptHolding;

    /// <summary>
    /// What each waiting thread waits for: a lock (and who holds it) or a thread's end. Read after a run that
    /// deadlocked, when nothing moves any more (a tester may already have torn the schedule down).
    /// </summary>
    public IReadOnlyList<string> Waits =>
        [.. Timelines().Where(line => line.State == Phase.Blocked).Select(line => line.WaitsFor?.Invoke()).OfType<string>()];

    /// <summary>Threads that were started but that no thread has joined (yet), in the order they started.</summary>
    public IReadOnlyList<string> NeverJoined => [.. started.Where(line => !line.Joined).Select(line => line.Name)];

    /// <summary>"; thread 'A' ended with X: …" when an exception ended the thread: what skipped its Release, if anything did.</summary>
    private string EndedWith(string thread) =>
        Failures.FirstOrDefault(failure => failure.Thread == thread) is { } failed
            ? Language.Format(Messages.LockHolderThrew, thread, failed.Exception.GetType().Name, Unwritten.MessageOf(failed.Exception))
            : "";
}
