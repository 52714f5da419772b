using Kata.Machinery;
using Kata.Tests.Support.Containment;
using Kata.Tests.Support.Judging;
using Microsoft.Coyote;
using Microsoft.Coyote.Logging;
using Microsoft.Coyote.SystematicTesting;

namespace Kata.Tests.Support.Systematic;

/// <summary>
/// Runs a program under Coyote over many interleavings, each in a fresh <see cref="VirtualWorld"/>
/// bound to Coyote's controlled threads, records every run, and checks each record. Iteration k of seed s explores with
/// seed s + k, so a failure is replayed by running its own seed once (<see cref="Variables.Seed"/>).
/// </summary>
/// <remarks>
/// This file holds the exploration loop: every interleaving run and recorded (<see cref="Record"/>, where learner code runs),
/// and its results (<see cref="Judge"/>, where the verdict is decided). The other parts are the <c>Exploration.*.cs</c> files
/// beside it: the judge of each check, a spec's way in, and a failure in the learner's words.
/// </remarks>
internal sealed partial class Exploration
{
    public const uint Iterations = 100;
    public const uint DefaultSeed = 20_240_914;

    /// <summary>Scheduling steps per run before the run counts as endless; the kata's programs need fewer than 100.</summary>
    public const uint MaxSteps = 1000;

    /// <summary>
    /// Real time Coyote waits for a thread to reach its next scheduling point before it reports a potential hang. A step
    /// of the kata's programs takes microseconds; what decides between a busy spin and a wait for something Coyote cannot
    /// see is the processor time the run's threads used by then (<see cref="SpinEvidence"/>), never this wait.
    /// </summary>
    public static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Processor time a hung run's threads must have used for the hang to be a busy spin. Measured on the reference
    /// solutions (2 cores, 2026-12-02): a whole exploration of 100 interleavings leaves at most 0.02 s used on the threads
    /// still alive at its end; a spinning thread uses over 3 s of <see cref="HangAfter"/> even beside two busy loops.
    /// </summary>
    public static readonly TimeSpan SpinEvidence = TimeSpan.FromSeconds(1);

    private Exploration(uint seed, uint planned, int explored, string? failure, Expectation? marked, Observation? run, bool stalled = false, string? section = null)
    {
        Stalled = stalled;
        Section = marked?.Section ?? section;
        Seed = seed;
        Planned = planned;
        Explored = explored;
        Failure = failure;
        MarkedLine = marked?.Line;
        MarkedAccess = marked?.Access;
        Events = run?.Events ?? [];
        Lines = [.. Events.OfType<PrintedLine>()];
    }

    public uint Seed { get; }

    /// <summary>Interleavings the exploration was allowed: <see cref="Iterations"/>, or one when replaying.</summary>
    public uint Planned { get; }

    /// <summary>Interleavings run, the failing one included.</summary>
    public int Explored { get; }

    /// <summary>What broke, in words for the learner; null when every run held.</summary>
    public string? Failure { get; }

    public int? MarkedLine { get; }

    /// <summary>
    /// True when a run stopped because its threads waited for something Coyote cannot see while using no processor:
    /// nothing is known against the code, so the spec is inconclusive, not failed (grading runs it again).
    /// </summary>
    public bool Stalled { get; }

    /// <summary>The shared access marked in the picture: the write that wiped out another thread's update.</summary>
    public SharedAccess? MarkedAccess { get; }

    /// <summary>The lines printed in the last run: the failing one, if any.</summary>
    public IReadOnlyList<PrintedLine> Lines { get; }

    /// <summary>The lines and the shared accesses of the last run, in order.</summary>
    public IReadOnlyList<WorldEvent> Events { get; }

    /// <summary>
    /// The lesson section that discusses what broke, when the failure knows better than the spec (a deadlock, a lock of
    /// each step's own); <see cref="Report"/> links it if the spec's exercise has that section.
    /// </summary>
    public string? Section { get; }

    /// <summary>
    /// The number of interleavings explored when every one of them (more than one) broke the check with the same words: the
    /// thread order does not matter to this failure, so no interleaving is drawn and none is replayed. Null otherwise.
    /// </summary>
    public int? BrokeInAll { get; private set; }

    /// <summary>The seed that replays the failing interleaving in a single run.</summary>
    public uint ReplaySeed => Seed + (uint)Explored - 1;

    public static Exploration Run(Action program, Action<Observation> check, uint firstSeed = DefaultSeed, uint iterations = Iterations, Strategy? strategy = null, TimeSpan? hangAfter = null, bool sameEverywhere = false) =>
        Run(Returning(program), check, firstSeed, iterations, strategy, hangAfter, sameEverywhere);

    /// <summary><see cref="Run(Action, Action{Observation}, uint, uint, Strategy?, TimeSpan?, bool)"/> of a program whose return value (invariant text) a check reads.</summary>
    public static Exploration Run(Func<string?> program, Action<Observation> check, uint firstSeed = DefaultSeed, uint iterations = Iterations, Strategy? strategy = null, TimeSpan? hangAfter = null, bool sameEverywhere = false) =>
        RunAll(program, [check], firstSeed, iterations, strategy, hangAfter, sameEverywhere)[0];

    public static IReadOnlyList<Exploration> RunAll(Action program, IReadOnlyList<Action<Observation>> checks, uint firstSeed = DefaultSeed, uint iterations = Iterations) =>
        RunAll(Returning(program), checks, firstSeed, iterations);

    /// <summary>A program that returns nothing, as one whose return value is null.</summary>
    public static Func<string?> Returning(Action program) => () =>
    {
        program();
        return null;
    };

    /// <summary>
    /// Explores <paramref name="program"/> once, here, and checks every interleaving against each of <paramref name="checks"/>
    /// (<see cref="Judge"/>): one result per check, with the first interleaving that broke it. The exploration ends early once
    /// looking on could change no result. A check reads its observation and nothing else: it may be asked twice.
    /// </summary>
    public static IReadOnlyList<Exploration> RunAll(Func<string?> program, IReadOnlyList<Action<Observation>> checks, uint firstSeed = DefaultSeed, uint iterations = Iterations, Strategy? strategy = null, TimeSpan? hangAfter = null, bool sameEverywhere = false)
    {
        var early = new Verdicts(firstSeed, iterations, checks, sameEverywhere);
        return Judge(Record(program, firstSeed, iterations, strategy, hangAfter, run => early.Look(run)), checks, sameEverywhere);
    }

    /// <summary>
    /// Checks every interleaving <paramref name="explored"/> holds against each of <paramref name="checks"/>: one result per
    /// check, with the first interleaving that broke it (<see cref="Verdicts"/>). Nothing here runs learner code:
    /// <paramref name="explored"/> is data, recorded here or by a subject.
    /// </summary>
    /// <param name="sameEverywhere">
    /// Look on after a check broke in the first interleaving, to tell whether it breaks the same way in all of them
    /// (<see cref="BrokeInAll"/>): what a spec shows a learner. Off for the benchmark and the zoo, which only ask what is found.
    /// </param>
    public static IReadOnlyList<Exploration> Judge(Explored explored, IReadOnlyList<Action<Observation>> checks, bool sameEverywhere = false)
    {
        var verdicts = new Verdicts(explored.Seed, explored.Planned, checks, sameEverywhere);
        for (var at = 1; at <= explored.Runs.Count; at++)
        {
            // Coyote's own finding ended the last interleaving before anything could look at it.
            if (verdicts.Look(explored.Runs[at - 1], at == explored.Runs.Count ? explored.Found : null))
            {
                break;
            }
        }

        return verdicts.Results(explored);
    }

    /// <summary>
    /// Explores <paramref name="program"/> under Coyote and records every interleaving as an <see cref="Observation"/>: what a
    /// subject sends its judge. It decides nothing: no check runs here, so every planned interleaving is explored unless the
    /// program throws, one of its threads ends in an exception, Coyote ends a run (nothing after those is looked at), or
    /// <paramref name="decided"/> says so.
    /// </summary>
    /// <param name="program">The program; what it returns (invariant text) is each run's <see cref="Observation.Returned"/>.</param>
    /// <param name="decided">Told of each run that returned; true ends the exploration there (what is found cannot change).</param>
    public static Explored Record(Func<string?> program, uint firstSeed = DefaultSeed, uint iterations = Iterations, Strategy? strategy = null, TimeSpan? hangAfter = null, Func<Observation, bool>? decided = null)
    {
        Subjects.EnsureLearnerCodeMayRunHere();
        VirtualWorld? world = null;
        var runs = new List<Observation>();
        var iteration = 0;
        var stopped = false;
        // The last run's program returned (its record came from the end of the body, not from what it threw).
        var returned = false;
        var configuration = (strategy ?? Strategy.Random).Apply(Configuration.Create()
            .WithTestingIterations(iterations)
            .WithRandomGeneratorSeed(firstSeed))
            .WithMaxSchedulingSteps(MaxSteps, MaxSteps)
            .WithFailureOnMaxStepsBoundEnabled()
            .WithDeadlockTimeout((uint)(hangAfter ?? HangAfter).TotalMilliseconds)
            // Coyote's lock race checking makes every entry of a free monitor a scheduling point and every pulse a task of
            // its own. The only monitor here is the world's schedule, not the learner's: the points that matter are the
            // world's own (a lock's acquire, a shared access, a start, a join, a wait for a turn). Measured on exercise 04
            // (100 interleavings, 2 cores): part 2 from 26,177 steps and 1.86 s to 11,256 steps and 0.25 s.
            .WithLockAccessRaceCheckingEnabled(false)
            .WithTelemetryEnabled(false);
        var threads = new BornThreads();
        // A body Coyote gave up on can still finish after the exploration: what it adds then is not recorded.
        void Add(Observation run, bool fromReturn)
        {
            lock (runs)
            {
                if (!stopped)
                {
                    runs.Add(run);
                    returned = fromReturn;
                }
            }
        }

        using var engine = TestingEngine.Create(configuration, () =>
        {
            iteration++;
            world = new VirtualWorld(CoyoteThreading.Instance);
            string? result;
            try
            {
                using (world.Enter())
                {
                    result = program();
                }
            }
            catch (Exception exception) when (exception is not ThreadInterruptedException)
            {
                Add(Observation.Of(world, ProcessorWatch.Ending.Returned, null, Thrown.Of(exception)), fromReturn: false);
                throw;
            }

            var run = Observation.Of(world, ProcessorWatch.Ending.Returned, result, null);
            Add(run, fromReturn: true);
            // A thread that ended in an exception ends what is looked at (Verdicts), as a program that throws ends Coyote's run.
            if (run.ThreadFailure is not null || decided?.Invoke(run) == true)
            {
                lock (runs)
                {
                    stopped = true;
                }

                throw new Decided();
            }
        });
        engine.SetLogger(new TextWriterLogger(TextWriter.Null, VerbosityLevel.None));
        engine.Run();

        lock (runs)
        {
            var stoppedHere = stopped;
            stopped = true;
            var report = engine.TestReport;
            if (report.NumOfFoundBugs == 0 || world is null || stoppedHere)
            {
                return new Explored(firstSeed, iterations, [.. runs], null);
            }

            var finding = CoyoteFinding.Read(report.BugReports.FirstOrDefault(), world.Waits);
            var spun = finding.Kind == FindingKind.Hang && threads.ProcessorTime >= SpinEvidence;
            var afterTheRun = finding.EndedTheRun && runs.Count == iteration && returned;
            if (runs.Count < iteration)
            {
                // Coyote interrupted the run before it ended: its record is the world as far as it went.
                runs.Add(Observation.Of(world, ProcessorWatch.Ending.Returned, null, null));
            }
            else if (finding.EndedTheRun && !afterTheRun)
            {
                // What its threads threw while Coyote unwound them is not the learner's: the run as far as it went replaces it.
                runs[^1] = Observation.Of(world, ProcessorWatch.Ending.Returned, null, null);
            }

            return new Explored(firstSeed, iterations, [.. runs],
                new Explored.Finding(finding.Kind, spun, finding.Explain(spun, hangAfter ?? HangAfter), finding.Section, afterTheRun));
        }
    }

    /// <summary>Ends an exploration whose results can no longer change: nothing after this run is looked at.</summary>
    private sealed class Decided : Exception;
}
