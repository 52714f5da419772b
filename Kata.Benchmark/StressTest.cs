using System.Diagnostics;

namespace Kata.Benchmark;

/// <summary>
/// What a naive test of exercise 04's race would see: the unguarded read–wait–write of A(1, 5), B(5, 10) and
/// C(10, 15) on real threads, run many times, counting the runs whose total is not 105. The one-second
/// call becomes no wait, a yield, or a 1 ms sleep, as a test that must run fast would make it; or the step is the bare
/// <c>total += i</c> the kata now finds (its benchmark row "total += i after the sleep, without a lock").
/// </summary>
public static class StressTest
{
    public const int Runs = 500;

    public static IReadOnlyList<(string Wait, int Lost, long WallMs)> Run() =>
    [
        Measure("total += i", null),
        Measure("read, write (no wait)", () => { }),
        Measure("read, Thread.Yield(), write", () => Thread.Yield()),
        Measure("read, Thread.Sleep(1 ms), write", () => Thread.Sleep(1)),
    ];

    /// <param name="wait">What stands in for the one-second call between the read and the write; null: the step is a bare <c>total += i</c>.</param>
    private static (string Wait, int Lost, long WallMs) Measure(string name, Action? wait)
    {
        var clock = Stopwatch.StartNew();
        var lost = Enumerable.Range(0, Runs).Count(_ => Once(wait) != 105);
        return (name, lost, clock.ElapsedMilliseconds);
    }

    private static long Once(Action? wait)
    {
        long total = 0;
        var threads = new[] { (1, 5), (5, 10), (10, 15) }.Select(range => new Thread(() =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                if (wait is null)
                {
                    total += i;
                    continue;
                }

                var read = Volatile.Read(ref total);
                wait();
                Volatile.Write(ref total, read + i);
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        return total;
    }
}
