using System.Numerics;
using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>Reference solution of exercise 01 (reference build only).</summary>
public static class SequentialSum
{
    public static BigInteger Sum(string name, long low, long high)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);

        // BigInteger, because Python's int never overflows.
        BigInteger total = 0;
        for (var i = low; i < high; i++)
        {
            total += i;
            Clock.Sleep(TimeSpan.FromSeconds(1));
            Output.Print($"[{name}] total = {total}");
        }

        return total;
    }

    public static void RunProgram()
    {
        Sum("A", 1, 5);
        Sum("B", 5, 10);
        Sum("C", 10, 15);
        Output.Print("Done!");
    }
}
