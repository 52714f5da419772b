using Kata.Machinery;
using Kata.Tests.Support.Containment;
using Kata.Tests.Support.Systematic;
using NUnit.Framework.Internal;

namespace Kata.Tests.Mistakes;

/// <summary>
/// One way a learner's code can break the run, contained: <see cref="Contain"/> runs it the way the
/// specs would, under a real-time bound, and returns the failure the learner reads.
/// </summary>
public sealed record BrokenCase(string Name, string ContainedBy, Func<TimeSpan, string?> Contain, string Says)
{
    public static IReadOnlyList<BrokenCase> All { get; } =
    [
        new("an exception on a KataThread", "Coyote test",
            _ => Explore(() => BrokenCode.StartAndJoin(() => throw new FormatException("bad input"))),
            "Thread 'A' ended with FormatException: bad input"),
        new("an exception on a KataThread", "plain spec",
            limit => InSpec(() => BrokenCode.StartAndJoin(() => throw new FormatException("bad input")), limit),
            "Thread 'A' ended with FormatException: bad input"),
        new("an exception on a raw Thread", "plain spec",
            limit => InSpec(BrokenCode.ById["raw-thread-exception"], limit),
            "An exception escaped a thread that nothing catches: InvalidOperationException"),
        new("an endless loop with sleeps", "plain spec",
            limit => InSpec(BrokenCode.EndlessLoopWithSleeps, limit),
            "Thread 'A' ended with RunawayException: Thread 'A' slept past 60 minutes of virtual time"),
        new("an endless loop with sleeps", "Coyote test",
            _ => Explore(BrokenCode.EndlessLoopWithSleeps),
            $"The threads never finish: after {Exploration.MaxSteps} scheduling steps"),
        new("a busy spin (a loop with no sleep)", "child process",
            limit => CrashProbe.Run("busy-spin", limit)?.Reason,
            "a loop that never sleeps kept a core busy"),
        new("a thread that joins itself", "Coyote test",
            _ => Explore(BrokenCode.JoinItself),
            "Thread 'A' cannot join itself"),
        new("two threads that join each other", "Coyote test",
            _ => Explore(BrokenCode.JoinEachOther),
            "The threads wait forever and none can go on"),
        new("two threads that join each other", "plain spec",
            limit => InSpec(BrokenCode.JoinEachOtherOnceBothStarted, limit),
            "a Join() that never returns"),
        new("a stack overflow", "child process",
            limit => CrashProbe.Run("stack-overflow", limit)?.Reason,
            "a stack overflow: a method calls itself without end"),
        new("Environment.Exit", "child process",
            limit => CrashProbe.Run("environment-exit", limit)?.Reason,
            "the program called Environment.Exit(0)"),
        new("Environment.FailFast", "child process",
            limit => CrashProbe.Run("fail-fast", limit)?.Reason,
            "the program called Environment.FailFast"),
        new("an exception on a raw Thread", "child process",
            limit => CrashProbe.Run("raw-thread-exception", limit)?.Reason,
            "an exception escaped a thread that nothing catches"),
    ];

    public override string ToString() => $"{Name} ({ContainedBy})";

    private static string? Explore(Action program) => Exploration.Run(program, _ => { }).Failure;

    /// <summary>What a plain spec reports, caught in an isolated NUnit context so that the caller's result stays clean.</summary>
    private static string? InSpec(Action program, TimeSpan limit)
    {
        using var isolated = new TestExecutionContext.IsolatedContext();
        try
        {
            Learner.Run(new VirtualWorld(), () =>
            {
                program();
                return true;
            }, limit);
            return null;
        }
        catch (Exception failure)
        {
            return failure.Message;
        }
    }
}
