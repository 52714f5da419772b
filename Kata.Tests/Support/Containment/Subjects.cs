using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Kata.Tests.Support.Judging;
using Kata.Text;

namespace Kata.Tests.Support.Containment;

/// <summary>
/// In a learner's <c>dotnet test</c> and every grading, the test host runs no learner code: each spec asks a child process,
/// a subject (<see cref="SpecChild"/>: <c>dotnet Kata.Tests.dll --subject</c>), to run it, an act (<see cref="Acts"/>) or an
/// exploration (<see cref="Explorations"/>), and judges what the subject sends back as data. A stack overflow, an
/// <c>Environment.Exit</c> or a busy spin ends the subject, never the test run: the spec that asked fails with the crash in
/// words, and the next spec is answered by a new subject. The exercises' fixtures mostly wait for their subjects here, so
/// they run two at a time (<see cref="ExerciseAttribute"/>), one subject per core.
/// </summary>
/// <remarks>
/// Off where the process is itself the containment (<see cref="Settings.Contained"/>: the watch's child, a subject, mutation
/// testing), where acts and explorations run here, and under a debugger, where a learner steps through their code in this
/// process after the crash probe ran it. A grading's sandboxed test host starts its subjects inside its walls.
/// </remarks>
internal static class Subjects
{
    /// <summary>
    /// The processor time a subject may use to answer one request, and the real time it may use none. Measured on the
    /// reference solutions (2 cores, 2026-12-03): a whole exercise's specs in one subject, every exploration in full and the
    /// runtime's start included, used at most 2.4 s (04). A spec whose code waits for what the kata cannot see ends by its own
    /// 10 s backstop first, inside the subject.
    /// </summary>
    public static ProcessorWatch Watch { get; } = new(TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(15));

    public static bool Enabled { get; } = !Settings.Contained && !Debugger.IsAttached;

    /// <summary>Subjects waiting for their next request: two fixtures run at a time, so at most two children live.</summary>
    private static readonly ConcurrentBag<SpecChild> Idle = [];

    /// <summary>Ends the subjects still waiting: the run is over.</summary>
    public static void Stop()
    {
        while (Idle.TryTake(out var child))
        {
            child.Dispose();
        }
    }

    /// <summary>
    /// Has a subject answer <paramref name="request"/> (an act, <see cref="Acts"/>, or an exploration, <see cref="Explorations"/>) and
    /// returns its answer, read; the calling spec fails with the crash, or is inconclusive, when the subject ends or waits instead.
    /// </summary>
    /// <param name="leftRunning">
    /// True for an answer whose code still runs in the subject (it spun, or waits for what the kata cannot see): that subject is
    /// ended, so that its code's processor time is never charged to the next request.
    /// </param>
    public static T Ask<T>(string request, string answered, Func<string, T> read, Func<T, bool> leftRunning)
    {
        var child = Idle.TryTake(out var idle) ? idle : new SpecChild(typeof(Subjects).Assembly.Location, SpecChild.SubjectFlag);
        var (answer, crash, stalled) = child.Ask(request, answered, Watch);
        T? seen = default;
        try
        {
            seen = answer is null ? default : read(answer);
        }
        finally
        {
            if (child.Alive && seen is not null && !leftRunning(seen))
            {
                Idle.Add(child);
            }
            else
            {
                child.Kill();
                child.Dispose();
            }
        }

        if (crash is not null)
        {
            Assert.Fail(ExerciseOfTheSpec() is { } exercise ? crash.Describe(Manifest.Find(exercise), SpecMessages.ActCrashedOthersRan) : crash.Reason);
        }

        if (stalled || seen is null)
        {
            Assert.Inconclusive(Language.Format(SpecMessages.LearnerDidNotReturn, Watch.Backstop.TotalSeconds));
        }

        return seen!;
    }

    /// <summary>
    /// Fails the calling code where an exercise's spec would run learner code in this process while subjects are on: that
    /// code belongs in an act (<see cref="Acts"/>) or an exploration (<see cref="Explorations"/>) that a subject runs.
    /// </summary>
    public static void EnsureLearnerCodeMayRunHere()
    {
        if (Enabled && ExerciseOfTheSpec() is { } exercise)
        {
            throw new InvalidOperationException($"A spec of {exercise} ran learner code in the test host: ask a subject for it (Acts.Observe, Explorations.Record).");
        }
    }

    /// <summary>The exercise of the running spec, from its fixture's <see cref="ExerciseAttribute"/>; null outside an exercise's spec.</summary>
    private static string? ExerciseOfTheSpec() =>
        TestContext.CurrentContext.Test.ClassName is { } fixture
            ? typeof(Subjects).Assembly.GetType(fixture)?.GetCustomAttribute<ExerciseAttribute>()?.Name
            : null;
}
