using System.Collections.Concurrent;
using System.Diagnostics;
using Kata.Tests.Support.Judging;
using Kata.Text;
using NUnit.Framework.Interfaces;

namespace Kata.Tests.Support.Containment;

/// <summary>
/// In a learner's <c>dotnet test</c>, each exercise's specs run in a child process, a subject (<see cref="SpecChild"/>:
/// <c>dotnet Kata.Tests.dll --subject</c>, which takes one exercise after another), and the test host runs no learner code:
/// each spec here ends with the result the subject reported for it. A stack overflow, an <c>Environment.Exit</c> or a busy spin ends the
/// subject, never the test run, and the specs it reported before keep their results. The exercises' fixtures only wait for
/// their subjects here, so they run two at a time (<see cref="ExerciseAttribute"/>), one subject per core.
/// </summary>
/// <remarks>
/// Off where the process is itself the containment (<see cref="Settings.Contained"/>: the watch's child, a subject, mutation
/// testing), where the specs run here, and under a debugger, where a learner steps through their code in this process after
/// the crash probe ran it. A grading's sandboxed test host starts its subjects inside its walls.
/// </remarks>
internal static class Subjects
{
    /// <summary>
    /// The processor time one exercise's subject may use, and the real time it may use none. Measured on the reference
    /// solutions (2 cores, 2026-12-03, every exploration in full, the runtime's start included): 04 2.4 s, 02 1.5 s,
    /// 05 1.5 s, 03 1.1 s, 01 0.4 s. A spec whose code waits for what the kata cannot see ends by its own 10 s backstop
    /// first, inside the subject.
    /// </summary>
    public static ProcessorWatch Watch { get; } = new(TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(15));

    public static bool Enabled { get; } = !Settings.Contained && !Debugger.IsAttached;

    private static readonly ConcurrentDictionary<string, Lazy<SpecRun>> Runs = new();

    /// <summary>Subjects waiting for their next exercise: two fixtures run at a time, so at most two children live.</summary>
    private static readonly ConcurrentBag<SpecChild> Idle = [];

    /// <summary>The subject's run of <paramref name="exerciseId"/>: started by the first spec that asks, then shared.</summary>
    public static SpecRun RunOf(string exerciseId) => Runs.GetOrAdd(exerciseId, id => new(() => Run(id))).Value;

    /// <summary>Ends the subjects still waiting: the run is over.</summary>
    public static void Stop()
    {
        while (Idle.TryTake(out var child))
        {
            child.Dispose();
        }
    }

    /// <summary>
    /// Has a subject answer <paramref name="request"/> (an act of <paramref name="exerciseId"/>'s specs, <see cref="Acts"/>) and
    /// returns its answer; the calling spec fails with the crash, or is inconclusive, when the subject ends or waits instead.
    /// </summary>
    public static string Ask(string exerciseId, string request, string answered)
    {
        var (answer, crash, stalled) = WithChild(child => child.Ask(request, answered, Watch));
        if (crash is not null)
        {
            Assert.Fail(crash.Describe(Manifest.Find(exerciseId), SpecMessages.ActCrashedOthersRan));
        }

        if (stalled || answer is null)
        {
            Assert.Inconclusive(Language.Format(SpecMessages.LearnerDidNotReturn, Watch.Backstop.TotalSeconds));
        }

        return answer!;
    }

    private static SpecRun Run(string exerciseId) => WithChild(child => child.Run(exerciseId, Watch));

    private static T WithChild<T>(Func<SpecChild, T> use)
    {
        var child = Idle.TryTake(out var idle) ? idle : new SpecChild(typeof(Subjects).Assembly.Location, SpecChild.SubjectFlag);
        var used = use(child);
        if (child.Alive)
        {
            Idle.Add(child);
        }

        return used;
    }

    /// <summary>Ends <paramref name="test"/> with what its subject reported: passed, failed or inconclusive, in the subject's words.</summary>
    public static void Report(ITest test, string exerciseId)
    {
        var run = RunOf(exerciseId);
        var reported = run.Results.FirstOrDefault(result => result.ClassName == test.ClassName && result.Name == test.Name);
        switch (reported?.Outcome)
        {
            case SpecLine.Passed:
                Assert.Pass();
                break;
            case SpecLine.Failed:
                Assert.Fail(reported.Message);
                break;
            case SpecLine.Inconclusive:
                Assert.Inconclusive(reported.Message);
                break;
            case null when run.Crash is { } crash:
                Assert.Fail(crash.DescribeUnreported(Manifest.Find(exerciseId)));
                break;
            case null when run.Stalled:
                Assert.Inconclusive(Language.Format(SpecMessages.LearnerDidNotReturn, Watch.Backstop.TotalSeconds));
                break;
            default:
                Assert.Fail(Language.Format(SpecMessages.SubjectReportedNothing, exerciseId, reported?.Outcome ?? "-"));
                break;
        }
    }
}
