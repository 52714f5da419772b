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
/// <param name="threading">How threads are run: OS threads, or a systematic tester's controlled ones.</param>
public sealed partial class VirtualWorld(IThreading threading) : World
{
    /// <summary>The notebook's first timestamp (2024-09-14 22:01:09, Korean time): virtual time zero.</summary>
    public static readonly DateTimeOffset NotebookStart = new(2024, 9, 14, 22, 1, 9, TimeSpan.FromHours(9));

    public static readonly TimeSpan MaxElapsed = TimeSpan.FromHours(1);

    public const int MaxLines = 10_000;

    private static readonly TimeZoneInfo NotebookZone = TimeZoneInfo.CreateCustomTimeZone(
        "Notebook", NotebookStart.Offset, "Korea Standard Time", "Korea Standard Time");

    private readonly IThreading threading = threading;
    private readonly Lock gate = new();
    private readonly List<PrintedLine> lines = [];
    private readonly List<ThreadFailure> failures = [];
    private readonly Timeline main = new(MainThread) { State = Phase.Running };
    private readonly AsyncLocal<Timeline?> timeline = new();

    /// <summary>The monitor every schedule decision and lock wait goes through; guards the timelines' states.</summary>
    private readonly object schedule = new();
    private readonly List<Timeline> started = [];
    private string? sleptHolding;

    public VirtualWorld()
        : this(OsThreading.Instance)
    {
    }

    public const string MainThread = "main";

    /// <summary>Who printed a line on a thread the world did not start (a raw <c>new Thread</c>, <c>Task.Run</c>, the thread pool).</summary>
    public const string UnknownThread = "?";

    public override TimeProvider Time => new VirtualTime(this);

    /// <summary>Virtual time passed on the thread that entered the world.</summary>
    public TimeSpan Elapsed => main.Elapsed;

    public IReadOnlyList<PrintedLine> Lines => Snapshot(lines);

    public IReadOnlyList<string> Transcript => [.. Lines.Select(line => line.Text)];

    /// <summary>Exceptions that ended threads, in the order they happened.</summary>
    public IReadOnlyList<ThreadFailure> Failures => Snapshot(failures);

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

    private Timeline CurrentTimeline => timeline.Value ?? main;

    /// <summary>What the event loop of the last async program saw; null if the world ran none.</summary>
    public LoopReport? Loop { get; private set; }

    /// <summary>True while the world's event loop has nothing of its own to run and waits for work from outside the kata's clock.</summary>
    public bool LoopWaitsOutside => running?.WaitsOutside == true;

    private EventLoop? running;

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
            Interlocked.CompareExchange(ref sleptHolding, Language.Format(Messages.LockSleptHolding, current.Name, current.Holding[0].Name), null);
        }

        Scheduled(() => AwaitTurn(current));
    }

    public override void Print(string line)
    {
        var current = CurrentTimeline;
        lock (gate)
        {
            if (lines.Count == MaxLines)
            {
                throw new RunawayException(
                    Language.Format(Messages.RunawayPrinted, current.Name, MaxLines));
            }

            var printed = new PrintedLine(current.Elapsed, Foreign(current) ? UnknownThread : current.Name, line);
            lines.Add(printed);
            events.Add(printed);
        }
    }

    /// <summary>Runs the program on an event loop on the calling thread, whose clock is the loop's.</summary>
    public override void Run(Func<Task> program)
    {
        var current = CurrentTimeline;
        var loop = new EventLoop(threading.Choose, () => current.Elapsed, moment =>
        {
            if (moment > MaxElapsed)
            {
                throw new RunawayException(Language.Format(Messages.LoopRunawayTime, MaxElapsed.TotalMinutes));
            }

            current.Elapsed = moment;
        });
        running = loop;
        try
        {
            loop.Run(program);
        }
        finally
        {
            Loop = loop.Report;
            running = null;
        }
    }

    internal override WorldThread CreateThread(string name, Action body)
    {
        var child = new Timeline(name);
        var thread = threading.Create(() =>
        {
            // Before entering, so the new flow is not taken for the main one (it inherits its starter's values).
            timeline.Value = child;
            child.OsThread = Environment.CurrentManagedThreadId;
            using var entered = Enter();
            body();
        });
        return new VirtualThread(this, child, thread);
    }

    internal override WorldLock CreateLock(string name) => new VirtualLock(this, name);

    internal override void ReportFailure(string threadName, Exception exception)
    {
        lock (gate)
        {
            failures.Add(new ThreadFailure(threadName, exception));
        }
    }

    /// <summary>"; thread 'A' ended with X: …" when an exception ended the thread: what skipped its Release, if anything did.</summary>
    private string EndedWith(string thread) =>
        Failures.FirstOrDefault(failure => failure.Thread == thread) is { } failed
            ? Language.Format(Messages.LockHolderThrew, thread, failed.Exception.GetType().Name, Unwritten.MessageOf(failed.Exception))
            : "";

    private protected override void Entered()
    {
        // A world is entered once by its main flow; the threads it starts enter it with their own timelines.
        if (timeline.Value is null)
        {
            main.OsThread = Environment.CurrentManagedThreadId;
        }
    }

    /// <summary>A thread's body or the main program ended: nobody waits for it to catch up any more.</summary>
    private protected override void Leaving()
    {
        var current = CurrentTimeline;
        if (current.State == Phase.Blocked)
        {
            // Torn out of a wait (a tester ending a deadlocked run): keep what it waited for, for the report.
            return;
        }

        Scheduled(() =>
        {
            current.State = Phase.Ended;
            Wake(waiter => waiter.AwaitedThread == current, waiter => Min(current.Elapsed, waiter.JoinDeadline));
        });
    }

    /// <summary>True on an OS thread other than the one that runs <paramref name="line"/>: a thread the world did not start, which inherited the timeline of its starter.</summary>
    private static bool Foreign(Timeline line) => line.OsThread is { } id && id != Environment.CurrentManagedThreadId;

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
    private void Block(Timeline current, Func<string> waitsFor, Timeline? thread = null, VirtualLock? gate = null)
    {
        current.WaitsFor = waitsFor;
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

        public Func<string>? WaitsFor { get; set; }

        public Timeline? AwaitedThread { get; set; }

        public VirtualLock? AwaitedLock { get; set; }

        /// <summary>When a Join(timeout) of this thread gives up, on its own clock.</summary>
        public TimeSpan JoinDeadline { get; set; }

        public volatile bool Joined;

        /// <summary>The managed id of the OS thread that runs this timeline, once it runs.</summary>
        public int? OsThread { get; set; }

        public List<VirtualLock> Holding { get; } = [];
    }

    /// <param name="reentrant">C#'s locks (<c>lock</c>, <see cref="Monitor"/>, <see cref="Lock"/>): the holder may enter again and exits as often; <see cref="KataLock"/> is Python's, not reentrant.</param>
    private sealed class VirtualLock(VirtualWorld world, string name, bool reentrant = false) : WorldLock
    {
        private Timeline? holder;
        private int depth;
        private TimeSpan releasedAt;

        public string Name { get; } = name;

        public override void Acquire()
        {
            var current = world.CurrentTimeline;

            // Another thread due at the same moment may take the lock first.
            world.Point(Name, write: true);
            world.Scheduled(() =>
            {
                if (holder == current)
                {
                    depth = reentrant ? depth + 1 : throw new InvalidOperationException(Language.Format(Messages.LockAcquiredTwice, current.Name, Name));
                    return;
                }

                while (holder is { } other)
                {
                    world.Block(current, () => other.State == Phase.Ended
                        ? Language.Format(reentrant ? Messages.MonitorWaitsForEnded : Messages.LockWaitsForEnded, current.Name, Name, other.Name) + world.EndedWith(other.Name)
                        : Language.Format(Messages.LockWaits, current.Name, Name, other.Name), gate: this);
                    world.threading.Wait(world.schedule);
                }

                holder = current;
                depth = 1;
                current.Holding.Add(this);
                current.Elapsed = Max(current.Elapsed, releasedAt);
            });
        }

        public override void Release()
        {
            var current = world.CurrentTimeline;
            if (current.State == Phase.Blocked)
            {
                // Torn out of a wait (a tester ending a deadlocked run) and unwinding through a using: keep the waits for the report.
                return;
            }

            world.Scheduled(() =>
            {
                if (holder != current)
                {
                    throw new InvalidOperationException(holder is null
                        ? Language.Format(Messages.LockReleasedUnheld, current.Name, Name)
                        : Language.Format(Messages.LockReleasedByOther, current.Name, Name, holder.Name));
                }

                if (--depth > 0)
                {
                    return;
                }

                holder = null;
                current.Holding.Remove(this);
                releasedAt = current.Elapsed;
                world.Wake(waiter => waiter.AwaitedLock == this, _ => releasedAt);
            });
        }
    }

    private sealed class VirtualThread(VirtualWorld world, Timeline child, Thread thread) : WorldThread
    {
        /// <summary>Alive from its start until its end, as seen on the asking thread's clock.</summary>
        public override bool IsAlive => child.State != Phase.NotStarted &&
            (child.State != Phase.Ended || child.Elapsed > world.CurrentTimeline.Elapsed);

        public override void Start()
        {
            world.Scheduled(() =>
            {
                child.Elapsed = world.CurrentTimeline.Elapsed;
                child.State = Phase.Running;
                world.started.Add(child);
            });
            world.threading.Start(thread);
        }

        public override void Join() => Join(TimeSpan.MaxValue);

        /// <summary>Waits for the thread, then keeps the virtual outcome: ended within the timeout or not.</summary>
        public override bool Join(TimeSpan timeout)
        {
            var joiner = world.CurrentTimeline;
            child.Joined = true;
            var deadline = timeout == TimeSpan.MaxValue ? TimeSpan.MaxValue : joiner.Elapsed + timeout;
            world.Scheduled(() =>
            {
                joiner.JoinDeadline = deadline;
                if (child.State != Phase.Ended)
                {
                    world.Block(joiner, () => Language.Format(Messages.JoinWaits, joiner.Name, child.Name), thread: child);
                }
            });
            world.threading.Join(thread);
            return world.Scheduled(() =>
            {
                joiner.Elapsed = Max(joiner.Elapsed, Min(child.Elapsed, deadline));
                return child.Elapsed <= deadline;
            });
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => TimeSpan.FromTicks(Math.Max(a.Ticks, b.Ticks));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => TimeSpan.FromTicks(Math.Min(a.Ticks, b.Ticks));

    private sealed class VirtualTime(VirtualWorld world) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => NotebookZone;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override DateTimeOffset GetUtcNow() => (NotebookStart + world.CurrentTimeline.Elapsed).ToUniversalTime();

        public override long GetTimestamp() => world.CurrentTimeline.Elapsed.Ticks;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            (EventLoop.OnThisThread ?? throw new InvalidOperationException(Messages.LoopDelayOutside))
                .CreateTimer(callback, state, dueTime, period);
    }
}

/// <summary>One line printed in a <see cref="VirtualWorld"/>: when (on the printing thread's clock), by whom, what.</summary>
public sealed record PrintedLine(TimeSpan At, string Thread, string Text) : WorldEvent(At, Thread);

/// <summary>An exception that ended a thread.</summary>
public sealed record ThreadFailure(string Thread, Exception Exception);

/// <summary>Thrown into code that runs away in a <see cref="VirtualWorld"/>, so a spec fails instead of hanging.</summary>
public sealed class RunawayException(string message) : Exception(message);
