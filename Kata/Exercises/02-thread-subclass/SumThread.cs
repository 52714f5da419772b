using System.Numerics;
using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>
/// Exercise 02: the notebook's <c>MyThread</c>, the slow sum as a thread. The constructor keeps the
/// parameters (Run takes none); <see cref="Run"/> does the loop of exercise 01 on the new thread;
/// the total is readable after Join(). Lesson: docs/en/02-thread-subclass.md (한국어:
/// docs/ko/02-thread-subclass.md).
/// </summary>
public sealed class SumThread : KataThread
{
    public SumThread(string name, long low, long high)
        : base(name)
    {
        // TODO: keep name, low and high for Run, as the notebook copies them into members.
        throw new NotImplementedException("SumThread's constructor is not written yet. Read docs/en/02-thread-subclass.md (한국어: docs/ko/02-thread-subclass.md).");
    }

    /// <summary>The sum of [low, high), once the thread has ended.</summary>
    public BigInteger Total { get; private set; }

    protected override void Run()
    {
        // TODO: for i in [low, high): add i, sleep one second, print "[name] total = N"; then keep the total.
        throw new NotImplementedException("SumThread.Run is not written yet. Read docs/en/02-thread-subclass.md (한국어: docs/ko/02-thread-subclass.md).");
    }
}
