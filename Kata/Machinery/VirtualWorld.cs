namespace Kata.Machinery;

/// <summary>
/// A world where sleeping costs no real time. Each thread keeps its own virtual clock; every
/// printed line is recorded with the thread that printed it and the moment on that thread's clock.
/// Runaway code (an endless loop) is stopped with a <see cref="RunawayException"/> instead of
/// running forever.
/// </summary>
public sealed class VirtualWorld : World
{
    /// <summary>The notebook's first timestamp (2024-09-14 22:01:09, Korean time): virtual time zero.</summary>
    public static readonly DateTimeOffset NotebookStart = new(2024, 9, 14, 22, 1, 9, TimeSpan.FromHours(9));

    public static readonly TimeSpan MaxElapsed = TimeSpan.FromHours(1);

    public const int MaxLines = 10_000;

    private static readonly TimeZoneInfo NotebookZone = TimeZoneInfo.CreateCustomTimeZone(
        "Notebook", NotebookStart.Offset, "Korea Standard Time", "Korea Standard Time");

    private readonly Lock gate = new();
    private readonly List<PrintedLine> lines = [];
    private readonly Timeline main = new("main");
    private readonly AsyncLocal<Timeline?> timeline = new();

    public VirtualWorld() => Time = new VirtualTime(this);

    public override TimeProvider Time { get; }

    /// <summary>Virtual time passed on the thread that entered the world.</summary>
    public TimeSpan Elapsed => main.Elapsed;

    public IReadOnlyList<PrintedLine> Lines
    {
        get
        {
            lock (gate)
            {
                return [.. lines];
            }
        }
    }

    public IReadOnlyList<string> Transcript => [.. Lines.Select(line => line.Text)];

    private Timeline CurrentTimeline => timeline.Value ?? main;

    public override void Sleep(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var current = CurrentTimeline;
        current.Elapsed += duration;
        if (current.Elapsed > MaxElapsed)
        {
            throw new RunawayException(
                $"Thread '{current.Name}' slept past {MaxElapsed.TotalMinutes:0} minutes of virtual time. " +
                "The kata's programs take seconds: look for a loop that never ends.");
        }
    }

    public override void Print(string line)
    {
        var current = CurrentTimeline;
        lock (gate)
        {
            if (lines.Count == MaxLines)
            {
                throw new RunawayException(
                    $"Thread '{current.Name}' printed more than {MaxLines} lines. " +
                    "The kata's programs print a few dozen: look for a loop that never ends.");
            }

            lines.Add(new PrintedLine(current.Elapsed, current.Name, line));
        }
    }

    private sealed class Timeline(string name)
    {
        public string Name { get; } = name;

        public TimeSpan Elapsed { get; set; }
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

/// <summary>Thrown into code that runs away in a <see cref="VirtualWorld"/>, so a spec fails instead of hanging.</summary>
public sealed class RunawayException(string message) : Exception(message);
