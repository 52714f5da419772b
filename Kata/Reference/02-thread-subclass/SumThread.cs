using System.Numerics;
using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>Reference solution of exercise 02 (reference build only).</summary>
public sealed class SumThread : KataThread
{
    private readonly string name;
    private readonly long low;
    private readonly long high;

    public SumThread(string name, long low, long high)
        : base(name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        this.name = name;
        this.low = low;
        this.high = high;
    }

    public BigInteger Total { get; private set; }

    // The thread's work is exercise 01's loop, now on a thread of its own.
    protected override void Run() => Total = SequentialSum.Sum(name, low, high);
}
