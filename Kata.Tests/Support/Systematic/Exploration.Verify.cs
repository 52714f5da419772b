using Kata.Machinery;
using Kata.Tests.Support.Judging;

namespace Kata.Tests.Support.Systematic;

/// <summary>
/// What a spec calls: explore a program and fail the spec if a run broke its check, over the fixed seed's interleavings,
/// the one a replay line pins, or the fewer that mutation testing allows.
/// </summary>
internal sealed partial class Exploration
{
    /// <summary>
    /// Explores <paramref name="program"/> and fails the calling spec with <see cref="Describe"/> if any run
    /// breaks <paramref name="check"/>: from the fixed seed over <see cref="Iterations"/> interleavings, or,
    /// when <see cref="Variables.Seed"/> is set (the replay line a failure prints), that one interleaving.
    /// </summary>
    public static void Verify(Action program, Action<Observation> check, LessonLink lesson) =>
        Verify(seed => Explorations.Record(program, seed.First, seed.Iterations), check, lesson);

    /// <summary><see cref="Verify(Action, Action{Observation}, LessonLink)"/> of a program whose return value (invariant text) the check reads.</summary>
    public static void Verify(Func<string?> program, Action<Observation> check, LessonLink lesson) =>
        Verify(seed => Explorations.Record(program, seed.First, seed.Iterations), check, lesson);

    private static void Verify(Func<(uint First, uint Iterations), Explored> record, Action<Observation> check, LessonLink lesson) =>
        Report(Explore(seed => Judge(record(seed), [check], sameEverywhere: true))[0], lesson);

    /// <summary>
    /// Interleavings of an exercise's whole program (<see cref="VerifyProgram"/>): whether its parts run in order and print
    /// what the notebook prints. Each part's own specs explore that part's interleavings in full. Measured on the reference
    /// solution of exercise 04 (2 cores): 1.96 s over <see cref="Iterations"/>, 0.2 s over these; mutation testing runs
    /// every exploration over as many.
    /// </summary>
    public const uint ProgramIterations = 10;

    /// <summary><see cref="Verify"/> for an exercise's whole program, over <see cref="ProgramIterations"/> interleavings.</summary>
    public static void VerifyProgram(Action program, Action<Observation> check, LessonLink lesson) =>
        Verify(seed => Explorations.Record(program, seed.First, Math.Min(seed.Iterations, ProgramIterations)), check, lesson);

    /// <summary>Fails the calling spec with <see cref="Describe"/> if the exploration found its check broken.</summary>
    public static void Report(Exploration exploration, string lesson) => Report(exploration, new LessonLink(null, lesson));

    /// <summary>
    /// Fails the calling spec with <see cref="Describe"/> if the exploration found its check broken, linking the section the
    /// failure names (<see cref="Section"/>) when the lesson has it, else <paramref name="lesson"/>.
    /// </summary>
    public static void Report(Exploration exploration, LessonLink lesson)
    {
        lesson = lesson.Or(exploration.Section);
        if (exploration.Stalled)
        {
            Assert.Inconclusive(exploration.Failure ?? "");
        }

        if (exploration.Failure is not null)
        {
            Assert.Fail(exploration.Describe(lesson, TestContext.CurrentContext.Test.Name));
        }
    }

    /// <summary>
    /// Runs an exploration from the fixed seed over <see cref="Iterations"/> interleavings, or, when <see cref="Variables.Seed"/>
    /// is set, over that one. <see cref="Variables.Iterations"/> lowers the budget for mutation testing: the first k
    /// interleavings of a seed are the same in any budget, so what a lower budget finds, the full one finds too.
    /// </summary>
    public static T Explore<T>(Func<(uint First, uint Iterations), T> explore)
    {
        if (Settings.Seed is { } pinned)
        {
            return explore((pinned, 1));
        }

        var budget = Settings.Iterations is { } lowered ? Math.Clamp(lowered, 1, Iterations) : Iterations;
        Lowered |= budget < Iterations;
        return explore((DefaultSeed, budget));
    }

    /// <summary>True once an exploration of this process ran fewer interleavings than <see cref="Iterations"/>: the watch's first verdict explores the rest after.</summary>
    public static bool Lowered { get; private set; }
}
