using Kata.Exercises;
using Kata.Tests.Support.Systematic;
using static Kata.Tests.Exercises.StartJoinOrderChecks;

namespace Kata.Tests.Exercises;

/// <summary>Each spec runs the program over the interleavings Coyote explores and checks every one.</summary>
[Exercise("03-start-join-order")]
public sealed class StartJoinOrderSpecs : ExerciseSpecs
{
    [Test]
    public void Each_threads_lines_are_in_order_with_the_right_totals() =>
        Exploration.Verify(StartJoinOrder.RunProgram, EachThreadsLinesAreInOrder, Lesson.At("start-join"));

    [Test]
    public void The_sums_are_printed_by_their_threads_not_by_main() =>
        Exploration.Verify(StartJoinOrder.RunProgram, ThreadChecks.SumLinesArePrintedByTheirThreads, Lesson.At("start-join"));

    [Test]
    public void All_three_threads_start_before_the_first_join() =>
        Exploration.Verify(StartJoinOrder.RunProgram, AllThreadsStartBeforeTheFirstJoin, Lesson.At("start-join"));

    [Test]
    public void Finish_of_each_thread_comes_after_every_line_of_it() =>
        Exploration.Verify(StartJoinOrder.RunProgram, FinishComesAfterEveryLineOfItsThread, Lesson.At("start-join"));

    [Test]
    public void Done_is_printed_last() =>
        Exploration.Verify(StartJoinOrder.RunProgram, DoneIsPrintedLast, Lesson.At("start-join"));

    [Test]
    public void Starts_and_finishes_carry_the_notebooks_timestamps() =>
        Exploration.Verify(StartJoinOrder.RunProgram, StartsAndFinishesCarryTheNotebooksTimestamps, Lesson.At("timestamps"));

    [Test]
    public void The_whole_run_takes_5_seconds_not_14() =>
        Exploration.Verify(StartJoinOrder.RunProgram, TheWholeRunTakesFiveSeconds, Lesson.At("five-seconds"));
}
