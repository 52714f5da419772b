using Kata.Exercises;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;
using static Kata.Tests.Exercises.StartJoinOrderChecks;

namespace Kata.Tests.Exercises;

/// <summary>Each spec runs the program over the interleavings Coyote explores and checks every one.</summary>
[Exercise("03-start-join-order")]
public sealed class StartJoinOrderSpecs : ExerciseSpecs
{
    private static string SectionOf(Action<Observation> check) => InSpecOrder.Single(spec => spec.Check == check).Section;

    // One exploration per run of the fixture, never per process: a mutation tester runs many mutants in one process.
    private readonly SharedExploration program = new(StartJoinOrder.RunProgram, [.. InSpecOrder.Select(spec => spec.Check)]);

    [Test]
    public void Each_threads_lines_are_in_order_with_the_right_totals() =>
        program.Verify(EachThreadsLinesAreInOrder, Lesson.At(SectionOf(EachThreadsLinesAreInOrder)));

    [Test]
    public void The_sums_are_printed_by_their_threads_not_by_main() =>
        program.Verify(ThreadChecks.SumLinesArePrintedByTheirThreads, Lesson.At(SectionOf(ThreadChecks.SumLinesArePrintedByTheirThreads)));

    [Test]
    public void All_three_threads_start_before_the_first_join() =>
        program.Verify(AllThreadsStartBeforeTheFirstJoin, Lesson.At(SectionOf(AllThreadsStartBeforeTheFirstJoin)));

    [Test]
    public void Finish_of_each_thread_comes_after_every_line_of_it() =>
        program.Verify(FinishComesAfterEveryLineOfItsThread, Lesson.At(SectionOf(FinishComesAfterEveryLineOfItsThread)));

    [Test]
    public void Done_is_printed_last() =>
        program.Verify(DoneIsPrintedLast, Lesson.At(SectionOf(DoneIsPrintedLast)));

    [Test]
    public void Starts_and_finishes_carry_the_notebooks_timestamps() =>
        program.Verify(StartsAndFinishesCarryTheNotebooksTimestamps, Lesson.At(SectionOf(StartsAndFinishesCarryTheNotebooksTimestamps)));

    [Test]
    public void The_whole_run_takes_5_seconds_not_14() =>
        program.Verify(TheWholeRunTakesFiveSeconds, Lesson.At(SectionOf(TheWholeRunTakesFiveSeconds)));
}
