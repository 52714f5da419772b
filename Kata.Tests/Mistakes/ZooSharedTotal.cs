using Kata.Machinery;

namespace Kata.Tests.Mistakes;

/// <summary>The classic mistakes of exercise 04, each a way to write a thread's step on the shared total as a learner would.</summary>
public sealed partial class ZooSharedTotal
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    private long total;
    private readonly KataLock gate = new("gate");
    private readonly KataLock audit = new("audit");

    public long Total => Interlocked.Read(ref total);

    /// <summary>Runs three threads with <paramref name="step"/> on a fresh total, made inside the world so its locks belong to it.</summary>
    public static Action Program(Func<ZooSharedTotal, Action<string, int, int>> step) => () =>
    {
        var shared = new ZooSharedTotal();
        Programs.ThreeAdders(step(shared), () => shared.Total);
    };

    public void ReadSleepWriteWithoutALock(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            var read = total;
            Clock.Sleep(OneSecond);
            Write(name, read + i);
        }
    }

    public void NewLockEachStep(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            using (new KataLock().Hold())
            {
                var read = total;
                Clock.Sleep(OneSecond);
                Write(name, read + i);
            }
        }
    }

    public void LockHeldThroughTheSleep(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            using (gate.Hold())
            {
                Clock.Sleep(OneSecond);
                Write(name, total + i);
            }
        }
    }

    /// <summary>Acquire and Release without <c>using</c>, and the slow call fails once in between.</summary>
    public void LockNeverReleasedAfterAnException(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            gate.Acquire();
            if (name == "A" && i == low + 1)
            {
                throw new InvalidOperationException("the slow call failed");
            }

            Write(name, total + i);
            gate.Release();
        }
    }

    /// <summary>B takes the two locks in the opposite order to A and C.</summary>
    public void TwoLocksInOppositeOrder(string name, int low, int high)
    {
        var (first, second) = name == "B" ? (audit, gate) : (gate, audit);
        for (var i = low; i < high; i++)
        {
            using (first.Hold())
            {
                Clock.Sleep(OneSecond);
                using (second.Hold())
                {
                    Write(name, total + i);
                }
            }
        }
    }

    public void InterlockedOnALocalCopy(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            var copy = total;
            Clock.Sleep(OneSecond);
            Output.Print($"[{name}] total = {Interlocked.Add(ref copy, i)}");
        }
    }

    private void Write(string name, long value)
    {
        total = value;
        Output.Print($"[{name}] total = {value}");
    }
}
