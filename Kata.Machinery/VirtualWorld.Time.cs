using Kata.Text;

namespace Kata.Machinery;

/// <summary>
/// The world's clock as code reads it: the notebook's date and time zone, moved on by the asking thread's virtual
/// clock, so what a program prints of the time matches the notebook however long the run really took.
/// </summary>
internal sealed partial class VirtualWorld
{
    // Static fields start in the order written only within one file of a partial class: NotebookZone is built from
    // NotebookStart, so both stay here.

    /// <summary>The notebook's first timestamp (2024-09-14 22:01:09, Korean time): virtual time zero.</summary>
    public static readonly DateTimeOffset NotebookStart = new(2024, 9, 14, 22, 1, 9, TimeSpan.FromHours(9));

    private static readonly TimeZoneInfo NotebookZone = TimeZoneInfo.CreateCustomTimeZone(
        "Notebook", NotebookStart.Offset, "Korea Standard Time", "Korea Standard Time");

    public override TimeProvider Time => new VirtualTime(this);

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
