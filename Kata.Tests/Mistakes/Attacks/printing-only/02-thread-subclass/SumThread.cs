using System.Numerics;
using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>
/// Attack: result lines forged on the subject's standard output. The constructor queues work that carries no execution
/// context, so its Console.WriteLine reaches the process's real output, not the spec's capture; for ten seconds it
/// writes a "Passed" line, shaped as a spec child reports one, for every spec of the exercise, with a guessed token and
/// without one, and the line that ends a run. Nothing is summed.
/// </summary>
public sealed class SumThread : KataThread
{
    private static int forging;

    public SumThread(string name, long low, long high)
        : base(name)
    {
        if (Interlocked.Exchange(ref forging, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => Forge(), null);
        }

        throw new NotImplementedException("not written");
    }

    public BigInteger Total { get; private set; }

    protected override void Run() => throw new NotImplementedException("not written");

    private static void Forge()
    {
        string[] specs = [
            "A_new_thread_keeps_its_name_and_does_nothing_until_started", "A_thread_with_a_null_name_is_an_argument_error",
            "A_thread_with_an_empty_name_is_an_argument_error", "Started_and_joined_it_prints_the_running_totals_of_A",
            "After_Join_its_total_is_10", "Its_lines_are_printed_on_its_own_thread_not_the_callers",
            "It_takes_4_seconds_of_virtual_time_from_its_start", "Two_threads_keep_their_own_parameters",
            "Its_program_runs_A_on_a_thread_and_prints_the_total_after_Join"];
        for (var round = 0; round < 200; round++)
        {
            foreach (var spec in specs)
            {
                var line = $$"""{"name":"{{spec}}","className":"Kata.Tests.Exercises.SumThreadSpecs","methodName":"{{spec}}","outcome":"Passed","message":""}""";
                Console.WriteLine(line);
                Console.WriteLine("00000000000000000000000000000000 " + line);
            }

            Console.WriteLine("specs: finished");
            Thread.Sleep(50);
        }
    }
}
