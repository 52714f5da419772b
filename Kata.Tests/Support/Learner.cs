using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Kata.Machinery;
using Kata.Tests.Support.Containment;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;
using Kata.Text;

namespace Kata.Tests.Support;

/// <summary>
/// Runs a learner's code in a virtual world on a thread of its own, so that code which never returns fails
/// its spec instead of hanging the whole run: code that spins by the processor time its threads use, code
/// that waits for what the kata cannot see by a real-time backstop that blames nothing it cannot see.
/// </summary>
internal static class Learner
{
    /// <summary>
    /// Processor time the threads of one spec's code may use. Measured on the reference solutions (2 cores,
    /// 2026-12-02): at most 0.40 s, exercise 05's program with its 10,000 sums at once on the event loop; the
    /// specs of exercises 01 to 04 under 0.05 s each.
    /// </summary>
    public static readonly TimeSpan ProcessorBudget = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Real time the code's threads may use no processor at all before the spec stops waiting: they wait for
    /// something no kata primitive sees (a raw Join, a real lock, a real Task.Delay). Correct code never waits so.
    /// </summary>
    public static readonly TimeSpan Backstop = TimeSpan.FromSeconds(10);

    public static ProcessorWatch Watch { get; } = new(ProcessorBudget, Backstop);

    public static T Run<T>(VirtualWorld world, Func<T> code) => Run(world, code, Watch);

    /// <param name="consoleLesson">The lesson link to add when the code wrote to the console instead of Output.Print.</param>
    /// <param name="printsUnchecked">The spec checks no printed line (a return value only): console output is no failure of it.</param>
    public static T Run<T>(VirtualWorld world, Func<T> code, ProcessorWatch watch, string? consoleLesson = null, bool printsUnchecked = false)
    {
        var watched = Watched(world, code, watch);
        // The learner's own exception goes on as itself, with its stack trace, for the specs that expect one.
        Judge.Check(watched.Seen(world, _ => null), watch, consoleLesson, printsUnchecked,
            _ => ExceptionDispatchInfo.Throw(Unwritten.Localized(watched.Error!)));
        return watched.Result;
    }

    /// <summary>
    /// Runs <paramref name="code"/> in a world of its own, as <see cref="Run{T}(VirtualWorld, Func{T})"/> does, and returns what
    /// it did, for a judge in another process: nothing here decides whether that is right.
    /// </summary>
    /// <param name="returned">The return value as invariant text.</param>
    public static Observation Observe<T>(Func<T> code, Func<T, string?> returned) => Observe(new VirtualWorld(), code, returned);

    /// <summary><see cref="Observe{T}(Func{T}, Func{T, string?})"/> in <paramref name="world"/>, which the code may look at.</summary>
    public static Observation Observe<T>(VirtualWorld world, Func<T> code, Func<T, string?> returned) =>
        Watched(world, code, Watch).Seen(world, returned);

    private static Outcome<T> Watched<T>(VirtualWorld world, Func<T> code, ProcessorWatch watch)
    {
        Subjects.EnsureLearnerCodeMayRunHere();
        T result = default!;
        Exception? error = null;
        StrongBox<Exception?> escaped = new();
        var worker = new Thread(() =>
        {
            escaped = UnhandledExceptions.Collect();
            using var entered = world.Enter();
            try
            {
                result = code();
            }
            catch (Exception exception)
            {
                error = exception;
            }
        })
        {
            IsBackground = true,
        };
        // What the code writes to the console instead of Output.Print, to name that mistake (NUnit's own writer is restored after).
        var console = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(TextWriter.Synchronized(console));
        ProcessorWatch.Outcome outcome;
        try
        {
            var threads = new BornThreads();
            worker.Start();
            outcome = watch.Wait(() => threads.ProcessorTime, worker.Join);
        }
        finally
        {
            Console.SetOut(previous);
        }

        return new Outcome<T>(outcome.Ending, result, error, escaped.Value,
            console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    public static void Run(VirtualWorld world, Action code) => Run(world, () =>
    {
        code();
        return true;
    });

    /// <summary>An async program run to its end on the world's event loop (in code that <see cref="Observe{T}(Func{T}, Func{T, string?})"/> runs), and its result.</summary>
    public static T Awaited<T>(Func<Task<T>> program)
    {
        T result = default!;
        World.Current.Run(async () => result = await program());
        return result;
    }

    private sealed record Outcome<T>(ProcessorWatch.Ending Ending, T Result, Exception? Error, Exception? Escaped, IReadOnlyList<string> Written)
    {
        public Observation Seen(VirtualWorld world, Func<T, string?> returned) =>
            Observation.Of(world, Ending, Ending == ProcessorWatch.Ending.Returned && Error is null ? returned(Result) : null,
                Error is null ? null : Thrown.Of(Error), Escaped is null ? null : Thrown.Of(Escaped), Written);
    }
}
