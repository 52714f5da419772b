using System.Globalization;
using System.Text;
using Kata.Machinery;
using Kata.Text;
using Microsoft.Coyote;
using Microsoft.Coyote.Logging;
using Microsoft.Coyote.SystematicTesting;

namespace Kata.Tests.Support.Systematic;

/// <summary>
/// Runs a program under Coyote over many interleavings, each in a fresh <see cref="VirtualWorld"/>
/// bound to Coyote's controlled threads, and checks every run. Iteration k of seed s explores with
/// seed s + k, so a failure is replayed by running its own seed once (<see cref="SeedVariable"/>).
/// </summary>
public sealed class Exploration
{
    public const uint Iterations = 100;
    public const uint DefaultSeed = 20_240_914;
    public const string SeedVariable = "KATA_SEED";

    /// <summary>Scheduling steps per run before the run counts as endless; the kata's programs need fewer than 100.</summary>
    public const uint MaxSteps = 1000;

    private Exploration(uint seed, uint planned, int explored, string? failure, int? markedLine, IReadOnlyList<PrintedLine> lines)
    {
        Seed = seed;
        Planned = planned;
        Explored = explored;
        Failure = failure;
        MarkedLine = markedLine;
        Lines = lines;
    }

    public uint Seed { get; }

    /// <summary>Interleavings the exploration was allowed: <see cref="Iterations"/>, or one when replaying.</summary>
    public uint Planned { get; }

    /// <summary>Interleavings run, the failing one included.</summary>
    public int Explored { get; }

    /// <summary>What broke, in words for the learner; null when every run held.</summary>
    public string? Failure { get; }

    public int? MarkedLine { get; }

    /// <summary>The lines printed in the last run: the failing one, if any.</summary>
    public IReadOnlyList<PrintedLine> Lines { get; }

    /// <summary>The seed that replays the failing interleaving in a single run.</summary>
    public uint ReplaySeed => Seed + (uint)Explored - 1;

    public static Exploration Run(Action program, Action<VirtualWorld> check, uint firstSeed = DefaultSeed, uint iterations = Iterations)
    {
        VirtualWorld? world = null;
        Exception? failure = null;

        var configuration = Configuration.Create()
            .WithTestingIterations(iterations)
            .WithRandomGeneratorSeed(firstSeed)
            .WithRandomStrategy()
            .WithMaxSchedulingSteps(MaxSteps, MaxSteps)
            .WithFailureOnMaxStepsBoundEnabled()
            .WithTelemetryEnabled(false);
        using var engine = TestingEngine.Create(configuration, () =>
        {
            world = new VirtualWorld(CoyoteThreading.Instance);
            failure = null;
            try
            {
                using (world.Enter())
                {
                    program();
                }

                ThreadsEndedCleanly(world);
                check(world);
            }
            catch (Exception exception) when (exception is not ThreadInterruptedException)
            {
                failure = exception;
                throw;
            }
        });
        engine.SetLogger(new TextWriterLogger(TextWriter.Null, VerbosityLevel.None));
        engine.Run();

        var report = engine.TestReport;
        var explored = report.NumOfExploredFairPaths + report.NumOfExploredUnfairPaths;
        return report.NumOfFoundBugs == 0
            ? new Exploration(firstSeed, iterations, explored, null, null, world?.Lines ?? [])
            : new Exploration(firstSeed, iterations, explored, Explain(failure, report.BugReports.FirstOrDefault()), (failure as Expectation)?.Line, world!.Lines);
    }

    /// <summary>
    /// Explores <paramref name="program"/> and fails the calling spec with <see cref="Describe"/> if any run
    /// breaks <paramref name="check"/>: from the fixed seed over <see cref="Iterations"/> interleavings, or,
    /// when <see cref="SeedVariable"/> is set (the replay line a failure prints), that one interleaving.
    /// </summary>
    public static void Verify(Action program, Action<VirtualWorld> check, string lesson)
    {
        var replay = uint.TryParse(Environment.GetEnvironmentVariable(SeedVariable), CultureInfo.InvariantCulture, out var pinned);
        var exploration = replay ? Run(program, check, pinned, iterations: 1) : Run(program, check);
        if (exploration.Failure is not null)
        {
            Assert.Fail(exploration.Describe(lesson, TestContext.CurrentContext.Test.Name));
        }
    }

    /// <summary>The failure as a learner reads it: what broke, the interleaving, and how to replay it.</summary>
    public string Describe(string lesson, string specName)
    {
        var text = new StringBuilder();
        text.AppendLine(Failure);
        text.AppendLine(lesson);
        text.AppendLine();
        text.AppendLine(Planned == 1
            ? Language.Format(SpecMessages.ExplorationBrokeReplayed, Seed)
            : Language.Format(SpecMessages.ExplorationBroke, Explored, Planned, Seed));
        text.Append(Interleaving.Draw(Lines, MarkedLine));
        text.AppendLine();
        text.AppendLine(SpecMessages.ExplorationReplay);
        text.AppendLine($"  {SeedVariable}={ReplaySeed} dotnet test --filter \"Name~{specName}\"");
        return text.ToString();
    }

    private static void ThreadsEndedCleanly(VirtualWorld world)
    {
        var failed = world.Failures.FirstOrDefault();
        Expectation.That(failed is null, failed is null ? "" : ThreadChecks.Ended(failed));
    }

    private static string Explain(Exception? failure, string? bug) => failure switch
    {
        Expectation expectation => expectation.Message,
        not null => Language.Format(SpecMessages.ExplorationThrew, failure.GetType().Name, failure.Message),
        _ when bug?.StartsWith("Deadlock detected", StringComparison.Ordinal) == true => Language.Format(SpecMessages.ExplorationDeadlock, bug),
        _ when bug?.StartsWith("Scheduling steps bound", StringComparison.Ordinal) == true => Language.Format(SpecMessages.ExplorationStepBound, MaxSteps, bug),
        _ when bug?.StartsWith("Potential deadlock or hang", StringComparison.Ordinal) == true => Language.Format(SpecMessages.ExplorationSpin, bug),
        _ => Language.Format(SpecMessages.ExplorationBug, bug),
    };
}
