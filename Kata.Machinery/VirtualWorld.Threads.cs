using Kata.Text;

namespace Kata.Machinery;

/// <summary>
/// The world's threads: each runs on a timeline of its own, begins at its starter's time, and is joined on the joiner's
/// clock; what ended one with an exception; and threads the world did not start, which have no clock of their own.
/// </summary>
internal sealed partial class VirtualWorld
{
    /// <summary>Who printed a line on a thread the world did not start (a raw <c>new Thread</c>, <c>Task.Run</c>, the thread pool).</summary>
    public const string UnknownThread = "?";

    private readonly List<ThreadFailure> failures = [];

    /// <summary>Exceptions that ended threads, in the order they happened.</summary>
    public IReadOnlyList<ThreadFailure> Failures => Snapshot(failures);

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

    internal override void ReportFailure(string threadName, Exception exception)
    {
        lock (gate)
        {
            failures.Add(new ThreadFailure(threadName, exception));
        }
    }

    private protected override void Entered()
    {
        // Every thread of the world enters it, the main flow first: all of them hand over at each step.
        ShortSlice.ForThisThread();
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
                    world.Block(joiner, thread: child);
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
}

/// <summary>An exception that ended a thread.</summary>
internal sealed record ThreadFailure(string Thread, Exception Exception);
