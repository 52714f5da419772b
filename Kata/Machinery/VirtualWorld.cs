using Kata.Text;

namespace Kata.Machinery;

/// <summary>
/// A world where sleeping costs no real time. Each thread keeps its own virtual clock, carried the
/// way start and join carry happens-before: a started thread begins at its starter's time, and a
/// joiner continues at the later of its own time and the joined thread's end. Every printed line is
/// recorded with the thread that printed it and the moment on that thread's clock. Runaway code (an
/// endless loop) is stopped with a <see cref="RunawayException"/> instead of running forever.
/// </summary>
/// <param name="threading">How threads are run: OS threads, or a systematic tester's controlled ones.</param>
public sealed class VirtualWorld(IThreading threading) : World
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
    private readonly Timeline main = new(MainThread);
    private readonly AsyncLocal<Timeline?> timeline = new();

    public VirtualWorld()
        : this(OsThreading.Instance)
    {
    }

    public const string MainThread = "main";

    public override TimeProvider Time => new VirtualTime(this);

    /// <summary>Virtual time passed on the thread that entered the world.</summary>
    public TimeSpan Elapsed => main.Elapsed;

    public IReadOnlyList<PrintedLine> Lines => Snapshot(lines);

    public IReadOnlyList<string> Transcript => [.. Lines.Select(line => line.Text)];

    /// <summary>Exceptions that ended threads, in the order they happened.</summary>
    public IReadOnlyList<ThreadFailure> Failures => Snapshot(failures);

    private Timeline CurrentTimeline => timeline.Value ?? main;

    public override void Sleep(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var current = CurrentTimeline;
        current.Elapsed += duration;
        if (current.Elapsed > MaxElapsed)
        {
            throw new RunawayException(
                Language.Format(Messages.RunawaySlept, current.Name, MaxElapsed.TotalMinutes));
        }

        threading.Interleave();
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

            lines.Add(new PrintedLine(current.Elapsed, current.Name, line));
        }
    }

    internal override WorldThread CreateThread(string name, Action body)
    {
        var child = new Timeline(name);
        var thread = threading.Create(() =>
        {
            using var entered = Enter();
            timeline.Value = child;
            try
            {
                body();
            }
            finally
            {
                child.Ended = true;
            }
        });
        return new VirtualThread(this, child, thread);
    }

    internal override void ReportFailure(string threadName, Exception exception)
    {
        lock (gate)
        {
            failures.Add(new ThreadFailure(threadName, exception));
        }
    }

    private List<T> Snapshot<T>(List<T> items)
    {
        lock (gate)
        {
            return [.. items];
        }
    }

    private sealed class Timeline(string name)
    {
        public string Name { get; } = name;

        public TimeSpan Elapsed { get; set; }

        public volatile bool Ended;
    }

    private sealed class VirtualThread(VirtualWorld world, Timeline child, Thread thread) : WorldThread
    {
        private volatile bool started;

        /// <summary>Alive from its start until its end, as seen on the asking thread's clock.</summary>
        public override bool IsAlive => started && (!child.Ended || child.Elapsed > world.CurrentTimeline.Elapsed);

        public override void Start()
        {
            child.Elapsed = world.CurrentTimeline.Elapsed;
            started = true;
            world.threading.Start(thread);
        }

        public override void Join()
        {
            world.threading.Join(thread);
            var joiner = world.CurrentTimeline;
            joiner.Elapsed = Max(joiner.Elapsed, child.Elapsed);
        }

        /// <summary>Waits for the thread, then keeps the virtual outcome: ended within the timeout or not.</summary>
        public override bool Join(TimeSpan timeout)
        {
            world.threading.Join(thread);
            var joiner = world.CurrentTimeline;
            var deadline = joiner.Elapsed + timeout;
            joiner.Elapsed = Max(joiner.Elapsed, Min(child.Elapsed, deadline));
            return child.Elapsed <= deadline;
        }

        private static TimeSpan Max(TimeSpan a, TimeSpan b) => TimeSpan.FromTicks(Math.Max(a.Ticks, b.Ticks));

        private static TimeSpan Min(TimeSpan a, TimeSpan b) => TimeSpan.FromTicks(Math.Min(a.Ticks, b.Ticks));
    }

    private sealed class VirtualTime(VirtualWorld world) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => NotebookZone;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override DateTimeOffset GetUtcNow() => (NotebookStart + world.CurrentTimeline.Elapsed).ToUniversalTime();

        public override long GetTimestamp() => world.CurrentTimeline.Elapsed.Ticks;
    }
}

/// <summary>One line printed in a <see cref="VirtualWorld"/>: when (on the printing thread's clock), by whom, what.</summary>
public sealed record PrintedLine(TimeSpan At, string Thread, string Text);

/// <summary>An exception that ended a thread.</summary>
public sealed record ThreadFailure(string Thread, Exception Exception);

/// <summary>Thrown into code that runs away in a <see cref="VirtualWorld"/>, so a spec fails instead of hanging.</summary>
public sealed class RunawayException(string message) : Exception(message);
