using Kata.Machinery;
using Kata.Tests.Support.Containment;
using Kata.Tests.Support.Systematic;
using NUnit.Framework.Internal;

namespace Kata.Tests.Mistakes;

/// <summary>
/// One way a learner's code can break the run, contained: <see cref="Contain"/> runs it the way the
/// specs would, under the given bounds, and returns the failure the learner reads.
/// </summary>
public sealed record BrokenCase(string Name, string ContainedBy, Func<ContainmentBounds, string?> Contain, string Says)
{
    public static IReadOnlyList<BrokenCase> All { get; } =
    [
        new("an exception on a KataThread", "Coyote test",
            _ => Explore(() => BrokenCode.StartAndJoin(() => throw new FormatException("bad input"))),
            "Thread 'A' ended with FormatException: bad input"),
        new("an exception on a KataThread", "plain spec",
            bounds => InSpec(() => BrokenCode.StartAndJoin(() => throw new FormatException("bad input")), bounds),
            "Thread 'A' ended with FormatException: bad input"),
        new("an exception on a raw Thread", "plain spec",
            bounds => InSpec(BrokenCode.ById["raw-thread-exception"], bounds),
            "An exception escaped a thread that nothing catches: InvalidOperationException"),
        new("an endless loop with sleeps", "plain spec",
            bounds => InSpec(BrokenCode.EndlessLoopWithSleeps, bounds),
            "Thread 'A' ended with RunawayException: Thread 'A' slept past 60 minutes of virtual time"),
        new("an endless loop with sleeps", "Coyote test",
            _ => Explore(BrokenCode.EndlessLoopWithSleeps),
            "Thread 'A' ended with RunawayException: Thread 'A' slept past 60 minutes of virtual time"),
        new("a busy spin (a loop with no sleep)", "child process",
            bounds => CrashProbe.Run("busy-spin", bounds.Probe)?.Reason,
            "a loop that never sleeps used"),
        new("a thread that joins itself", "Coyote test",
            _ => Explore(BrokenCode.JoinItself),
            "Thread 'A' cannot join itself"),
        new("two threads that join each other", "Coyote test",
            _ => Explore(BrokenCode.JoinEachOther),
            "The threads wait forever and none can go on"),
        new("two threads that join each other", "plain spec",
            bounds => InSpec(BrokenCode.JoinEachOtherOnceBothStarted, bounds),
            "nothing was running"),
        new("a stack overflow", "child process",
            bounds => CrashProbe.Run("stack-overflow", bounds.Probe)?.Reason,
            "a stack overflow: a method calls itself without end"),
        new("Environment.Exit", "child process",
            bounds => CrashProbe.Run("environment-exit", bounds.Probe)?.Reason,
            "the program called Environment.Exit(0)"),
        new("Environment.FailFast", "child process",
            bounds => CrashProbe.Run("fail-fast", bounds.Probe)?.Reason,
            "the program called Environment.FailFast"),
        new("an exception on a raw Thread", "child process",
            bounds => CrashProbe.Run("raw-thread-exception", bounds.Probe)?.Reason,
            "an exception escaped a thread that nothing catches"),
    ];

    public override string ToString() => $"{Name} ({ContainedBy})";

    private static string? Explore(Action program) => Exploration.Run(program, _ => { }).Failure;

    /// <summary>What a plain spec reports, caught in an isolated NUnit context so that the caller's result stays clean.</summary>
    private static string? InSpec(Action program, ContainmentBounds bounds)
    {
        using var isolated = new TestExecutionContext.IsolatedContext();
        try
        {
            Learner.Run(new VirtualWorld(), () =>
            {
                program();
                return true;
            }, bounds.Spec);
            return null;
        }
        catch (Exception failure)
        {
            return failure.Message;
        }
    }
}

/// <summary>The bounds broken code is contained by: in a spec's own process, and in the crash probe's child.</summary>
public sealed record ContainmentBounds(ProcessorWatch Spec, ProcessorWatch Probe)
{
    /// <summary>The kata's own bounds, which the benchmark measures.</summary>
    public static ContainmentBounds Kata { get; } = new(Learner.Watch, CrashProbe.Watch);

    /// <summary>Both bounds at <paramref name="seconds"/> of processor time and of real time without it (the specs).</summary>
    public static ContainmentBounds Short(double seconds) =>
        new(new ProcessorWatch(TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(seconds)), new ProcessorWatch(TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(seconds)));
}
