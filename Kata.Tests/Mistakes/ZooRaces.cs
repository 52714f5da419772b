using Kata.Machinery;

namespace Kata.Tests.Mistakes;

/// <summary>
/// Exercise 04's races with no sleep between the read and the write: the step's update written as a learner would after
/// the sleep, with nothing guarding it. Woven like the learner's code, each read and write of the total is a point where
/// another thread may run, so the specs find them as they find part 1's.
/// </summary>
public sealed partial class ZooSharedTotal
{
    public void BareAddAfterTheSleep(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            total += i;
            Output.Print($"[{name}] total = {total}");
        }
    }

    public void TotalEqualsTotalPlusI(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            total = total + i;
            Output.Print($"[{name}] total = {total}");
        }
    }

    public void ReadThenWriteAfterTheSleep(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            var read = total;
            total = read + i;
            Output.Print($"[{name}] total = {read + i}");
        }
    }

    /// <summary>The update is atomic, but the printed total is read again after it, when another thread may have added to it.</summary>
    public void InterlockedAddThenAPlainRead(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            Interlocked.Add(ref total, i);
            Output.Print($"[{name}] total = {total}");
        }
    }
}

/// <summary>The same races on a static total: one field for the whole program, reset at each run's start.</summary>
public static class ZooStaticTotal
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    private static long total;

    public static Action Program(Action<string, int, int> step) => () =>
    {
        total = 0;
        Programs.ThreeAdders(step, () => Interlocked.Read(ref total));
    };

    public static void BareAddAfterTheSleep(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            total += i;
            Output.Print($"[{name}] total = {total}");
        }
    }

    public static void TotalEqualsTotalPlusI(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            total = total + i;
            Output.Print($"[{name}] total = {total}");
        }
    }

    public static void ReadThenWriteAfterTheSleep(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            var read = total;
            total = read + i;
            Output.Print($"[{name}] total = {read + i}");
        }
    }
}
