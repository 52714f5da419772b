using System.Numerics;
using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>Reference solution of exercise 05 (reference build only).</summary>
public static class AsyncSum
{
    public static async Task<BigInteger> SumAsync(string name, long low, long high)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        BigInteger total = 0;
        for (var i = low; i < high; i++)
        {
            await Clock.Delay(TimeSpan.FromSeconds(1));
            total += i;
            Output.Print($"[{name}] total = {total}");
        }

        return total;
    }

    public static async Task RunProgramAsync()
    {
        var a = SumAsync("A", 1, 5);
        var b = SumAsync("B", 5, 10);
        var c = SumAsync("C", 10, 15);

        var totals = await Task.WhenAll(a, b, c);
        Output.Print($"total = {totals[0] + totals[1] + totals[2]}");
        Output.Print("Done!");
    }

    public static async Task<BigInteger> SumManyAsync(int count)
    {
        var sums = Enumerable.Range(1, count).Select(k => SumAsync($"T{k}", 1, 5)).ToList();
        BigInteger total = 0;
        foreach (var sum in await Task.WhenAll(sums))
        {
            total += sum;
        }

        return total;
    }
}
