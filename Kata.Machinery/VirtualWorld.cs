using Kata.Text;

namespace Kata.Machinery;

/// <summary>
/// A world where sleeping costs no real time. Each thread keeps its own virtual clock, carried the
/// way start, join and locks carry happens-before: a started thread begins at its starter's time, a
/// joiner continues at the later of its own time and the joined thread's end, and a thread that waited
/// for a lock continues from the moment it was released. Threads act in the order of their clocks: a
/// thread whose clock is ahead waits until no running thread is behind it, so a lock is taken in
/// virtual-time order, and threads due at the same moment run in any order (the order a systematic
/// tester explores). Every printed line is recorded with the thread that printed it and the moment on
/// that thread's clock. Runaway code (an endless loop) is stopped with a <see cref="RunawayException"/>
/// instead of running forever.
/// </summary>
/// <remarks>
/// This file holds the schedule: the timelines, their virtual clocks, and who runs next. The world's other parts are
/// the <c>VirtualWorld.*.cs</c> files beside it, one job each.
/// </remarks>
/// <param name="threading">How threads are run: OS threads, or a systematic tester's controlled ones.</param>
internal sealed partial class VirtualWorld(IThreading threading) : World
{
    public static readonly TimeSpan MaxElapsed = TimeSpan.FromHours(1);

    private readonly IThreading threading = threading;

    /// <summary>Guards what the world records (lines, failures, events), which any thread may add to while another reads.</summary>
    private readonly Lock gate = new();
    private readonly Timeline main = new(MainThread) { State = Phase.Running };
    private readonly AsyncLocal<Timeline?> timeline = new();

    /// <summary>The monitor every schedule decision and lock wait goes through; guards the timelines' states.</summary>
    private readonly object schedule = new();
    private readonly List<Timeline> started = [];

    public VirtualWorld()
        : this(OsThreading.Instance)
    {
    }

    public const string MainThread = "main";

    /// <summary>Virtual time passed on the thread that entered the world.</summary>
    public TimeSpan Elapsed => main.Elapsed;

    private Timeline CurrentTimeline => timeline.Value ?? main;

    public override void Sleep(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        if (EventLoop.InStep is not null)
        {
            throw new BlockingWaitException(Language.Format(Messages.LoopSleep, "Clock.Sleep"));
        }

        var current = CurrentTimeline;
        if (Foreign(current))
        {
            // A thread the world did not start has no clock of its own: it must not move the clock it inherited.
            return;
        }

        current.Elapsed += duration;
        if (current.Elapsed > MaxElapsed)
        {
            throw new RunawayException(
                Language.Format(Messages.RunawaySlept, current.Name, MaxElapsed.TotalMinutes));
        }

        if (duration > TimeSpan.Zero && current.Holding.Count > 0)
        {
            Interlocked.CompareExchange(ref sleptHolding, new SleptHolding(current.Name, current.Holding[0].Name), null);
        }

        Scheduled(() => AwaitTurn(current));
    }

    private void Scheduled(Action step)
    {
        threading.Enter(schedule);
        try
        {
            step();
        }
        finally
        {
            threading.Exit(schedule);
        }
    }

    private T Scheduled<T>(Func<T> step)
    {
        threading.Enter(schedule);
        try
        {
            return step();
        }
        finally
        {
            threading.Exit(schedule);
        }
    }

    /// <summary>Waits (holding <see cref="schedule"/>) until no running thread's clock is behind <paramref name="current"/>'s.</summary>
    private void AwaitTurn(Timeline current)
    {
        threading.PulseAll(schedule);
        while (Timelines().Any(other => other != current && other.State == Phase.Running && other.Elapsed < current.Elapsed))
        {
            threading.Wait(schedule);
        }
    }

    /// <summary>
    /// Makes the threads blocked on <paramref name="awaited"/> run again from <paramref name="at"/> (holding <see cref="schedule"/>).
    /// The thread that ends a wait does this, not the waiter when it wakes: until then the others would take it for
    /// blocked and run ahead of it in time.
    /// </summary>
    private void Wake(Func<Timeline, bool> awaited, Func<Timeline, TimeSpan> at)
    {
        foreach (var waiter in Timelines().Where(line => line.State == Phase.Blocked && awaited(line)))
        {
            waiter.Elapsed = Max(waiter.Elapsed, at(waiter));
            waiter.State = Phase.Running;
        }

        threading.PulseAll(schedule);
    }

    /// <summary>Marks <paramref name="current"/> as waiting (holding <see cref="schedule"/>), so threads behind it in time do not wait for it.</summary>
    private void Block(Timeline current, Timeline? thread = null, VirtualLock? gate = null)
    {
        current.AwaitedThread = thread;
        current.AwaitedLock = gate;
        if (current.State != Phase.Blocked)
        {
            // Only a change wakes the others: waking them on every recheck would keep two waiters waking each other forever.
            current.State = Phase.Blocked;
            threading.PulseAll(schedule);
        }
    }

    private IEnumerable<Timeline> Timelines() => started.Prepend(main);

    private List<T> Snapshot<T>(List<T> items)
    {
        lock (gate)
        {
            return [.. items];
        }
    }

    private enum Phase
    {
        NotStarted,
        Running,
        Blocked,
        Ended,
    }

    private sealed class Timeline(string name)
    {
        public string Name { get; } = name;

        public TimeSpan Elapsed { get; set; }

        public volatile Phase State;

        public Timeline? AwaitedThread { get; set; }

        public VirtualLock? AwaitedLock { get; set; }

        /// <summary>When a Join(timeout) of this thread gives up, on its own clock.</summary>
        public TimeSpan JoinDeadline { get; set; }

        public volatile bool Joined;

        /// <summary>The managed id of the OS thread that runs this timeline, once it runs.</summary>
        public int? OsThread { get; set; }

        public List<VirtualLock> Holding { get; } = [];
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => TimeSpan.FromTicks(Math.Max(a.Ticks, b.Ticks));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => TimeSpan.FromTicks(Math.Min(a.Ticks, b.Ticks));
}

/// <summary>Thrown into code that runs away in a <see cref="VirtualWorld"/>, so a spec fails instead of hanging.</summary>
internal sealed class RunawayException(string message) : Exception(message);
