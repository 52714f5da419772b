using Kata.Exercises;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;
using Kata.Text;
using static Kata.Tests.Exercises.SharedTotalChecks;

namespace Kata.Tests.Exercises;

/// <summary>Each part runs on three threads over the interleavings Coyote explores; every interleaving is checked.</summary>
[Exercise("04-shared-total")]
public sealed class SharedTotalSpecs : ExerciseSpecs
{
    // One exploration per part and run of the fixture, never per process: a mutation tester runs many mutants in one process.
    private readonly SharedExploration withoutLock = new(WithoutLock,
        TheTotalIs105, EachStepPrintsALineOnItsThread, FiveSeconds);

    private readonly SharedExploration lockingTheSleep = new(LockingTheSleep,
        TheTotalIs105, EachStepPrintsALineOnItsThread, FourteenSeconds);

    private readonly SharedExploration lockingTheUpdate = new(LockingTheUpdate,
        [.. InSpecOrder.Select(spec => spec.Check)]);

    [Test]
    public void Without_a_lock_some_interleaving_loses_an_update()
    {
        var found = withoutLock.Of(TheTotalIs105);
        Expect(found.Failure, Is.Not.Null, () => Because(Language.Format(SharedTotalMessages.NoUpdateLost, found.Explored, Notebook.GrandTotal), "lost-update"));
        // A run that broke before its total was printed (a stub that throws, a missing line) is no lost update: say what broke it.
        var endedCleanly = withoutLock.Of(EachStepPrintsALineOnItsThread);
        var brokeFirst = endedCleanly.Failure is not null ? endedCleanly
            : found.Lines.Any(line => line.Text.StartsWith("total = ", StringComparison.Ordinal)) ? null
            : found;
        if (brokeFirst is not null)
        {
            Assert.Fail(SharedTotalMessages.NotALostUpdate + " " + brokeFirst.Describe(Lesson.At("lost-update"), TestContext.CurrentContext.Test.Name));
        }

        // The race is the lesson of part 1: show the interleaving that lost an update.
        TestContext.Out.WriteLine(found.Failure);
        TestContext.Out.WriteLine(Interleaving.Draw(found.Events, found.MarkedLine, found.MarkedAccess));
    }

    [Test]
    public void Without_a_lock_each_thread_prints_a_line_per_step() =>
        withoutLock.Verify(EachStepPrintsALineOnItsThread, Lesson.At("shared-total"));

    [Test]
    public void Without_a_lock_the_threads_sleep_side_by_side_in_5_seconds() =>
        withoutLock.Verify(FiveSeconds, Lesson.At("shared-total"));

    [Test]
    public void Locking_the_sleep_totals_105_in_every_interleaving() =>
        lockingTheSleep.Verify(TheTotalIs105, Lesson.At("lock"));

    [Test]
    public void Locking_the_sleep_makes_the_threads_take_turns_14_seconds_not_5() =>
        lockingTheSleep.Verify(FourteenSeconds, Lesson.At("lock-cost"));

    [Test]
    public void Locking_the_sleep_each_thread_prints_a_line_per_step() =>
        lockingTheSleep.Verify(EachStepPrintsALineOnItsThread, Lesson.At("lock"));

    [Test]
    public void Locking_the_update_totals_105_in_every_interleaving() =>
        lockingTheUpdate.Verify(TheTotalIs105, Lesson.At(PartThree(TheTotalIs105)));

    [Test]
    public void Locking_the_update_keeps_the_5_seconds() =>
        lockingTheUpdate.Verify(FiveSeconds, Lesson.At(PartThree(FiveSeconds)));

    [Test]
    public void Locking_the_update_each_thread_prints_a_line_per_step() =>
        lockingTheUpdate.Verify(EachStepPrintsALineOnItsThread, Lesson.At(PartThree(EachStepPrintsALineOnItsThread)));

    private static string PartThree(Action<Observation> check) => InSpecOrder.Single(spec => spec.Check == check).Section;

    [Test]
    public void Its_program_runs_the_three_parts_in_5_14_and_5_seconds() =>
        Exploration.VerifyProgram(Programs.ById[Id], seen =>
        {
            var main = seen.Lines.Where(line => line.Thread == Kata.Machinery.VirtualWorld.MainThread).Select(line => line.Text).ToList();
            string Took(int seconds) => Language.Format(Messages.ProgramPartSeconds, seconds);
            Expectation.That(main.Skip(1), Prints.Exactly(Took(5), $"total = {Notebook.GrandTotal}", Took(14), $"total = {Notebook.GrandTotal}", Took(5)),
                Language.Format(SharedTotalMessages.ProgramParts, Id));
        }, Lesson.At("lock-update"));

    // The parts are named static methods: a subject explores them (a lambda has no name it could find).
    private static void WithoutLock() => Run(total => total.AddWithoutLock);

    private static void LockingTheSleep() => Run(total => total.AddLockingTheSleep);

    private static void LockingTheUpdate() => Run(total => total.AddLockingTheUpdate);

    /// <summary>One part of the exercise as the program runs it: a fresh total (made inside the world, with its lock), three threads.</summary>
    private static void Run(Func<SharedTotal, Action<string, int, int>> part)
    {
        var shared = new SharedTotal();
        Programs.ThreeAdders(part(shared), () => shared.Total);
    }
}
