using System.Reflection;
using Kata.Machinery;
using Kata.Tests.Exercises;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Mistakes;

/// <summary>
/// One mistake of the zoo: the broken program, the first spec that fails on it (as the learner sees it: the first in
/// the points table), that spec's check, the words it must use, and the lesson section its link must name (the one that
/// discusses the mistake). The exercise is the check's: a check of <c>XChecks</c> belongs to the exercise of the fixture
/// <c>XSpecs</c> beside it, so the zoo names no exercise itself.
/// </summary>
/// <remarks>Public with internal parts: the zoo's specs take it as their argument, and what it runs and checks is the machinery's.</remarks>
public sealed record Mistake
{
    internal Mistake(string name, string spec, Action program, Action<Observation> check, string says, string anchor)
        : this(name, spec, Exploration.Returning(program), check, says, anchor)
    {
    }

    /// <summary>A mistake whose check reads what its program returned (invariant text).</summary>
    internal Mistake(string name, string spec, Func<string?> program, Action<Observation> check, string says, string anchor)
    {
        Name = name;
        Spec = spec;
        Program = program;
        Check = check;
        Says = says;
        Anchor = anchor;
    }

    private const string Update105 = "Locking_the_update_totals_105_in_every_interleaving";
    private const string Lost = "An update was lost: thread";
    private const string AsyncLines = "Three_at_once_each_tasks_lines_are_in_order_with_the_right_totals";
    private const string ThreadLines = "Each_threads_lines_are_in_order_with_the_right_totals";

    public string Name { get; }

    /// <summary>The first spec that fails on it, as the learner sees it.</summary>
    public string Spec { get; }

    internal Func<string?> Program { get; }

    internal Action<Observation> Check { get; }

    /// <summary>The words the failure must use.</summary>
    public string Says { get; }

    /// <summary>The lesson section the failure's link must name.</summary>
    public string Anchor { get; }

    public static IReadOnlyList<Mistake> Zoo { get; } =
    [
        new("Run() called instead of Start()", ThreadLines, BrokenPrograms.RunInsteadOfStart, StartJoinOrderChecks.EachThreadsLinesAreInOrder,
            "was printed by thread 'main', not by thread 'A'", "start-join"),
        new("each thread joined right after its start", "All_three_threads_start_before_the_first_join", BrokenPrograms.JoinRightAfterStart, StartJoinOrderChecks.AllThreadsStartBeforeTheFirstJoin,
            "Joining each thread right after starting it", "start-join"),
        new("the total read before Join()", "After_Join_its_total_is_10", () => Observation.Invariant(BrokenPrograms.TotalBeforeJoin()), SumThreadChecks.TotalAfterJoin,
            "After Join() the thread has ended, so Total holds the whole sum", "join"),
        new("a forgotten Join()", ThreadLines, BrokenPrograms.ForgottenJoin, StartJoinOrderChecks.EachThreadsLinesAreInOrder,
            "Thread 'C' was never joined", "start-join"),
        new("a forgotten b.Join()", ThreadLines, BrokenPrograms.ForgottenJoinOfB, StartJoinOrderChecks.EachThreadsLinesAreInOrder,
            "Thread 'B' was never joined", "start-join"),
        new("a thread started twice", ThreadLines, BrokenPrograms.StartTwice, StartJoinOrderChecks.EachThreadsLinesAreInOrder,
            "Thread 'A' was already started; a thread can be started only once", "start-join"),
        new("a thread never started", ThreadLines, BrokenPrograms.NeverStarted, StartJoinOrderChecks.EachThreadsLinesAreInOrder,
            "Thread 'C' cannot be joined before it is started: call Start() first", "start-join"),
        new("read-sleep-write without a lock", "Locking_the_update_totals_105_in_every_interleaving", ZooSharedTotal.Program(total => total.ReadSleepWriteWithoutALock), SharedTotalChecks.TheTotalIs105,
            "An update was lost: thread", "lock-update"),
        new("a new lock for each step", "Locking_the_update_totals_105_in_every_interleaving", ZooSharedTotal.Program(total => total.NewLockEachStep), SharedTotalChecks.TheTotalIs105,
            "Every step took a lock of its own", "lock-update"),
        new("the lock held through the sleep", "Locking_the_update_keeps_the_5_seconds", ZooSharedTotal.Program(total => total.LockHeldThroughTheSleep), SharedTotalChecks.FiveSeconds,
            "The run took 14 s of virtual time, not 5: the three threads did not sleep side by side. The cause: thread '", "lock-update"),
        new("a lock never released after an exception", "Locking_the_update_totals_105_in_every_interleaving", ZooSharedTotal.Program(total => total.LockNeverReleasedAfterAnException), SharedTotalChecks.TheTotalIs105,
            "which thread 'A' acquired and never released: thread 'A' ended still holding it. Every Acquire() needs its Release()", "deadlock"),
        new("two locks taken in opposite order", "Locking_the_update_totals_105_in_every_interleaving", ZooSharedTotal.Program(total => total.TwoLocksInOppositeOrder), SharedTotalChecks.TheTotalIs105,
            // Which thread takes which lock first is the interleaving's choice: the words name no thread.
            "The threads wait forever and none can go on (a deadlock)", "deadlock"),
        new("Interlocked.Add on a local copy", "Locking_the_update_totals_105_in_every_interleaving", ZooSharedTotal.Program(total => total.InterlockedOnALocalCopy), SharedTotalChecks.TheTotalIs105,
            "but the shared total is 0: the steps' updates went somewhere else", "lock-update"),
        new("total += i after the sleep, without a lock", Update105, ZooSharedTotal.Program(total => total.BareAddAfterTheSleep), SharedTotalChecks.TheTotalIs105, Lost, "lock-update"),
        new("total = total + i without a lock", Update105, ZooSharedTotal.Program(total => total.TotalEqualsTotalPlusI), SharedTotalChecks.TheTotalIs105, Lost, "lock-update"),
        new("read, then write, after the sleep, without a lock", Update105, ZooSharedTotal.Program(total => total.ReadThenWriteAfterTheSleep), SharedTotalChecks.TheTotalIs105, Lost, "lock-update"),
        new("Interlocked.Add, then a plain read for the printed total", "Locking_the_update_each_thread_prints_a_line_per_step", ZooSharedTotal.Program(total => total.InterlockedAddThenAPlainRead), SharedTotalChecks.EachStepPrintsALineOnItsThread,
            "but its own update made the total", "lock-update"),
        new("a static total += i without a lock", Update105, ZooStaticTotal.Program(ZooStaticTotal.BareAddAfterTheSleep), SharedTotalChecks.TheTotalIs105, Lost, "lock-update"),
        new("a static total = total + i without a lock", Update105, ZooStaticTotal.Program(ZooStaticTotal.TotalEqualsTotalPlusI), SharedTotalChecks.TheTotalIs105, Lost, "lock-update"),
        new("a static total read, then written, without a lock", Update105, ZooStaticTotal.Program(ZooStaticTotal.ReadThenWriteAfterTheSleep), SharedTotalChecks.TheTotalIs105, Lost, "lock-update"),
        new("Volatile.Read and Volatile.Write without a lock", Update105, ZooSharedTotal.Program(total => total.VolatileWithoutALock), SharedTotalChecks.TheTotalIs105, Lost, "lock-update"),
        new("a C# lock held through the sleep", "Locking_the_update_keeps_the_5_seconds", ZooSharedTotal.Program(total => total.LockStatementHeldThroughTheSleep), SharedTotalChecks.FiveSeconds,
            "slept while holding lock 'sync'", "lock-update"),
        new("Monitor.Enter never exited after an exception", Update105, ZooSharedTotal.Program(total => total.MonitorNeverExitedAfterAnException), SharedTotalChecks.TheTotalIs105,
            "waits for lock 'sync', which thread 'A' entered and never exited", "deadlock"),
        new("a task never awaited", "Three_at_once_print_total_105_then_Done_last", ZooAsyncSum.Program(ZooAsyncSum.NeverAwaited), AsyncSumChecks.TotalThenDoneLast,
            "never awaited", "mistakes"),
        new(".Result inside async code", AsyncLines, ZooAsyncSum.Program(ZooAsyncSum.ResultInsideAsync), AsyncSumChecks.EachTasksLinesAreInOrder,
            "A blocking wait (.Result, .Wait() or GetAwaiter().GetResult()) inside async code", "mistakes"),
        new("Clock.Sleep inside async code", AsyncLines, ZooAsyncSum.Program(ZooAsyncSum.SleepInsideAsync), AsyncSumChecks.EachTasksLinesAreInOrder,
            "Clock.Sleep inside async code blocks the event loop's one thread", "mistakes"),
        new("Thread.Sleep inside async code", AsyncLines, ZooAsyncSum.Program(ZooAsyncSum.ThreadSleepInsideAsync), AsyncSumChecks.EachTasksLinesAreInOrder,
            "Thread.Sleep inside async code blocks the event loop's one thread", "mistakes"),
        new("async void", "Three_at_once_print_total_105_then_Done_last", ZooAsyncSum.Program(ZooAsyncSum.AsyncVoid), AsyncSumChecks.TotalThenDoneLast,
            "An async void method ran (3 started)", "mistakes"),
        new("each task awaited right after its start", "Three_at_once_take_5_seconds_not_14", ZooAsyncSum.Program(ZooAsyncSum.AwaitedOneAfterAnother), AsyncSumChecks.FiveSeconds,
            "The run took 14 s of virtual time, not 5: each sum was awaited before the next one started", "mistakes"),
    ];

    /// <summary>The exercise of the fixture beside the check's class.</summary>
    public string Exercise => Fixture.GetCustomAttribute<ExerciseAttribute>()!.Name;

    /// <summary>
    /// The exercise's checks in the order of its points table (its <c>XChecks.InSpecOrder</c>), each with the lesson section
    /// its spec links; null where its specs each run a program of their own.
    /// </summary>
    internal IReadOnlyList<(string Spec, Action<Observation> Check, string Section)>? SpecsInOrder =>
        (IReadOnlyList<(string Spec, Action<Observation> Check, string Section)>?)Checks.GetProperty("InSpecOrder", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);

    private Type Checks
    {
        get
        {
            var type = Check.Method.DeclaringType!;
            while (type.DeclaringType is { } outer)
            {
                type = outer;
            }

            return type;
        }
    }

    private Type Fixture =>
        Checks.Assembly.GetType(Checks.FullName![..^"Checks".Length] + "Specs") is { } fixture && Checks.Name.EndsWith("Checks", StringComparison.Ordinal)
            ? fixture
            : throw new InvalidOperationException($"The check of '{Name}' is in {Checks.FullName}: a zoo check belongs to an exercise's XChecks beside its fixture XSpecs.");

    /// <summary>
    /// The section the spec links when the failure names none of its own: its entry in <c>XChecks.InSpecOrder</c>, else
    /// (exercise 02, whose one zoo spec runs a program of its own) the section <c>After_Join_its_total_is_10</c> links.
    /// </summary>
    public string SpecSection => SpecsInOrder?.Single(spec => spec.Spec == Spec).Section ?? SumThreadSpecs.TotalAfterJoinSection;

    public override string ToString() => Name;
}
