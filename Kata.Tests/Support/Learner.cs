using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Kata.Tests.Support.Containment;
using Kata.Tests.Support.Systematic;
using Kata.Text;
using Kata.Machinery;

namespace Kata.Tests.Support;

/// <summary>
/// Runs a learner's code in a virtual world on a thread of its own, so that code which never
/// returns fails its spec after a bounded real time instead of hanging the whole run.
/// </summary>
public static class Learner
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public static T Run<T>(VirtualWorld world, Func<T> code) => Run(world, code, Limit);

    public static T Run<T>(VirtualWorld world, Func<T> code, TimeSpan limit)
    {
        T result = default!;
        ExceptionDispatchInfo? error = null;
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
                error = ExceptionDispatchInfo.Capture(exception);
            }
        })
        {
            IsBackground = true,
        };
        // What the code writes to the console instead of Output.Print, to name that mistake (NUnit's own writer is restored after).
        var console = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(TextWriter.Synchronized(console));
        bool returned;
        try
        {
            worker.Start();
            returned = worker.Join(limit);
        }
        finally
        {
            Console.SetOut(previous);
        }

        if (!returned)
        {
            Assert.Fail(Language.Format(SpecMessages.LearnerDidNotReturn, limit.TotalSeconds));
        }

        error?.Throw();
        if (world.Failures.FirstOrDefault() is { } failed)
        {
            Assert.Fail(ThreadChecks.Ended(failed));
        }

        if (escaped.Value is { } uncaught)
        {
            Assert.Fail(Language.Format(SpecMessages.LearnerUncaught, uncaught.GetType().Name, uncaught.Message));
        }

        var written = console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        if (written.Length > 0 && world.Lines.Count == 0)
        {
            Assert.Fail(Language.Format(SpecMessages.LearnerWroteToConsole, written.Length, written[0]));
        }

        return result;
    }

    public static void Run(VirtualWorld world, Action code, TimeSpan? limit = null) => Run(world, () =>
    {
        code();
        return true;
    }, limit ?? Limit);

    /// <summary>Runs an async program to its end in <paramref name="world"/> (on its event loop) and returns its result, within the same bound.</summary>
    public static T Await<T>(VirtualWorld world, Func<Task<T>> program, TimeSpan? limit = null) => Run(world, () =>
    {
        T result = default!;
        World.Current.Run(async () => result = await program());
        return result;
    }, limit ?? Limit);
}
