using System.Numerics;
using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>
/// Exercise 01: the notebook's single-thread program. A slow sum (one second per step, like a call
/// to a remote API) run three times in a row. Lesson: docs/en/01-sequential-sum.md (한국어:
/// docs/ko/01-sequential-sum.md).
/// </summary>
public static class SequentialSum
{
    /// <summary>
    /// For each i in [low, high), as Python's <c>range(low, high)</c>: add i to the total, sleep one
    /// second with <see cref="Clock.Sleep"/>, then print <c>[name] total = N</c> with
    /// <see cref="Output.Print"/>. Returns the total. A null or empty name is an argument error.
    /// </summary>
    public static BigInteger Sum(string name, long low, long high)
    {
        // TODO: write the notebook's loop here.
        throw new NotImplementedException("SequentialSum.Sum is not written yet. Read docs/en/01-sequential-sum.md (한국어: docs/ko/01-sequential-sum.md).");
    }

    /// <summary>The notebook's program: Sum("A", 1, 5), Sum("B", 5, 10), Sum("C", 10, 15), then print <c>Done!</c>.</summary>
    public static void RunProgram()
    {
        // TODO: call Sum three times, then print "Done!".
        throw new NotImplementedException("SequentialSum.RunProgram is not written yet. Read docs/en/01-sequential-sum.md (한국어: docs/ko/01-sequential-sum.md).");
    }
}
