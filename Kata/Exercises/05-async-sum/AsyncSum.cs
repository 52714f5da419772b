using System.Numerics;
using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>
/// Exercise 05: the notebook's sums once more, as tasks instead of threads (비동기 처리 the way C# means it).
/// A task waiting on <c>await</c> holds no thread, so three sums take 5 s like three threads, and 10,000 sums
/// take 4 s where 10,000 threads would not. Lesson: docs/en/05-async-sum.md (한국어: docs/ko/05-async-sum.md).
/// </summary>
public static class AsyncSum
{
    /// <summary>
    /// Exercise 01's loop as an async method: reject a null or empty name; for i from low while i &lt; high,
    /// <c>await Clock.Delay(TimeSpan.FromSeconds(1))</c>, add i to the total and print <c>[A] total = N</c>;
    /// return the total. Mark the method <c>async</c>.
    /// </summary>
    public static Task<BigInteger> SumAsync(string name, long low, long high)
    {
        // TODO: the loop of exercise 01, with await Clock.Delay where it had Clock.Sleep.
        throw new NotImplementedException("AsyncSum.SumAsync is not written yet. Read docs/en/05-async-sum.md (한국어: docs/ko/05-async-sum.md).");
    }

    /// <summary>
    /// Start SumAsync("A", 1, 5), ("B", 5, 10) and ("C", 10, 15) without awaiting each one, then await all three
    /// together with <c>Task.WhenAll</c>; print <c>total = N</c> (the three totals added), then <c>Done!</c>.
    /// </summary>
    public static Task RunProgramAsync()
    {
        // TODO: start the three sums, then await them together.
        throw new NotImplementedException("AsyncSum.RunProgramAsync is not written yet. Read docs/en/05-async-sum.md (한국어: docs/ko/05-async-sum.md).");
    }

    /// <summary>
    /// Start <paramref name="count"/> sums named T1, T2, … each SumAsync(name, 1, 5), await them all together and
    /// return their totals added (10 for each sum).
    /// </summary>
    public static Task<BigInteger> SumManyAsync(int count)
    {
        // TODO: start every sum first, then await them together.
        throw new NotImplementedException("AsyncSum.SumManyAsync is not written yet. Read docs/en/05-async-sum.md (한국어: docs/ko/05-async-sum.md).");
    }
}
