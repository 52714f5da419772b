using Kata.Tests.Support.Systematic;
using Kata.Text;

namespace Kata.Tests.Support.Judging;

/// <summary>
/// Decides what an <see cref="Observation"/> means before a spec checks its lines and values: code that spun, waited for
/// what the kata cannot see, threw what the spec did not expect, let a thread end in an exception or wrote to the console
/// fails here, in the words of <see cref="Learner.Run{T}(Kata.Machinery.VirtualWorld, Func{T})"/>, which decides the same
/// about code it ran itself.
/// </summary>
internal static class Judge
{
    /// <summary>What was seen of code that returned, once nothing else is wrong with the run: its return value and lines are the spec's to check.</summary>
    public static Observation Returned(Observation seen, string? consoleLesson = null, bool printsUnchecked = false)
    {
        Check(seen, Learner.Watch, consoleLesson, printsUnchecked, thrown => Assert.Fail(Unexpected(thrown)));
        return seen;
    }

    /// <summary>What the code threw, for a spec that expects it to throw (null: it returned), once nothing else is wrong with the run.</summary>
    public static Thrown? Threw(Observation seen)
    {
        Check(seen, Learner.Watch, null, false, _ => { });
        return seen.Threw;
    }

    /// <param name="threw">What becomes of an exception the code threw (NUnit's own result exceptions excepted).</param>
    public static void Check(Observation seen, ProcessorWatch watch, string? consoleLesson, bool printsUnchecked, Action<Thrown> threw)
    {
        switch (seen.Ending)
        {
            case ProcessorWatch.Ending.Spun:
                Assert.Fail(Language.Format(SpecMessages.LearnerSpun, watch.Budget.TotalSeconds));
                break;
            case ProcessorWatch.Ending.Stalled:
                // Not a verdict: nothing ran, so nothing is known about the code but that it waits. Grading runs it again.
                Assert.Inconclusive(seen.LoopWaitsOutside
                    ? Messages.LoopStuck + " " + Language.Format(SpecMessages.LearnerDidNotReturn, watch.Backstop.TotalSeconds)
                    : Language.Format(SpecMessages.LearnerDidNotReturn, watch.Backstop.TotalSeconds));
                break;
        }

        if (seen.Threw is { } thrown)
        {
            // Only the spec decides its result: NUnit's own outcome thrown from learner code is a failure of that code.
            if (thrown.Is<ResultStateException>())
            {
                Assert.Fail(Language.Format(SpecMessages.LearnerThrewResult, thrown.Name));
            }

            threw(thrown);
        }

        if (seen.ThreadFailure is { } failed)
        {
            Assert.Fail(ThreadChecks.Ended(failed));
        }

        if (seen.Uncaught is { } uncaught)
        {
            Assert.Fail(Language.Format(SpecMessages.LearnerUncaught, uncaught.Name, uncaught.LearnerMessage));
        }

        if (seen.Console.Count > 0 && seen.Lines.Count == 0 && !printsUnchecked)
        {
            Assert.Fail(Language.Format(SpecMessages.LearnerWroteToConsole, seen.Console.Count, seen.Console[0]) + (consoleLesson is null ? "" : " " + consoleLesson));
        }
    }

    /// <summary>An exception no spec expected, as NUnit words one, and where in the learner's code it was thrown (not the harness's frames below it).</summary>
    private static string Unexpected(Thrown thrown) =>
        string.Join(Environment.NewLine, thrown.StackTrace.Split('\n')
            .Select(frame => frame.TrimEnd('\r'))
            .TakeWhile(frame => !frame.TrimStart().StartsWith("at Kata.Tests.", StringComparison.Ordinal))
            .Prepend(thrown.ToString()));
}
