using System.Numerics;
using Kata.Machinery;

namespace Kata.Tests.Mistakes;

/// <summary>The classic mistakes of exercise 05, each the three sums as tasks written as a learner would.</summary>
public static class ZooAsyncSum
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    /// <summary>Runs <paramref name="program"/> as the kata runs an async program: to its end, in the current world.</summary>
    public static Action Program(Func<Task> program) => () => World.Current.Run(program);

    /// <summary>B is started and never awaited: the program ends with B's delays still pending.</summary>
    public static async Task NeverAwaited()
    {
        var a = SumAsync("A", 1, 5);
        _ = SumAsync("B", 5, 10);
        var c = SumAsync("C", 10, 15);
        var totals = await Task.WhenAll(a, c);
        Finish(totals.Aggregate(BigInteger.Add));
    }

    /// <summary>Sync over async: <c>.Result</c> where an await belongs.</summary>
    public static Task ResultInsideAsync()
    {
        var a = SumAsync("A", 1, 5);
        var b = SumAsync("B", 5, 10);
        var c = SumAsync("C", 10, 15);
        Finish(a.Result + b.Result + c.Result);
        return Task.CompletedTask;
    }

    /// <summary>Clock.Sleep in an async method: the method still says async, but every step blocks the loop's thread.</summary>
    public static async Task SleepInsideAsync()
    {
        var totals = await Task.WhenAll(SleepingSumAsync("A", 1, 5), SleepingSumAsync("B", 5, 10), SleepingSumAsync("C", 10, 15));
        Finish(totals.Aggregate(BigInteger.Add));
    }

    /// <summary>Thread.Sleep in an async method: the pause every other lesson used, blocking the loop's thread here.</summary>
    public static async Task ThreadSleepInsideAsync()
    {
        var totals = await Task.WhenAll(ThreadSleepingSumAsync("A", 1, 5), ThreadSleepingSumAsync("B", 5, 10), ThreadSleepingSumAsync("C", 10, 15));
        Finish(totals.Aggregate(BigInteger.Add));
    }

    /// <summary>Each sum started by an async void helper, which nobody can await.</summary>
    public static async Task AsyncVoid()
    {
        BigInteger total = 0;
        StartSum("A", 1, 5, sum => total += sum);
        StartSum("B", 5, 10, sum => total += sum);
        StartSum("C", 10, 15, sum => total += sum);
        await Task.Yield();
        Finish(total);
    }

    /// <summary>Each sum awaited right after it starts: exercise 03's join right after start, as tasks.</summary>
    public static async Task AwaitedOneAfterAnother()
    {
        var a = await SumAsync("A", 1, 5);
        var b = await SumAsync("B", 5, 10);
        var c = await SumAsync("C", 10, 15);
        Finish(a + b + c);
    }

    private static async void StartSum(string name, long low, long high, Action<BigInteger> done) => done(await SumAsync(name, low, high));

    private static async Task<BigInteger> SumAsync(string name, long low, long high)
    {
        BigInteger total = 0;
        for (var i = low; i < high; i++)
        {
            await Clock.Delay(OneSecond);
            total += i;
            Output.Print($"[{name}] total = {total}");
        }

        return total;
    }

    private static async Task<BigInteger> SleepingSumAsync(string name, long low, long high)
    {
        await Task.Yield();
        BigInteger total = 0;
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            total += i;
            Output.Print($"[{name}] total = {total}");
        }

        return total;
    }

    private static async Task<BigInteger> ThreadSleepingSumAsync(string name, long low, long high)
    {
        await Task.Yield();
        BigInteger total = 0;
        for (var i = low; i < high; i++)
        {
            Thread.Sleep(1000);
            total += i;
            Output.Print($"[{name}] total = {total}");
        }

        return total;
    }

    private static void Finish(BigInteger total)
    {
        Output.Print($"total = {total}");
        Output.Print("Done!");
    }
}
