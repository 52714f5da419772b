using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>Parts 1 and 2 right; part 3 loses updates (no lock around total += i), which Tuning tries to hide.</summary>
public sealed class SharedTotal
{
    private long total;

    private readonly KataLock gate = new("gate");

    public long Total => Interlocked.Read(ref total);

    public void AddWithoutLock(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            var read = total;
            Clock.Sleep(TimeSpan.FromSeconds(1));
            total = read + i;
            Output.Print($"[{name}] total = {read + i}");
        }
    }

    public void AddLockingTheSleep(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            using (gate.Hold())
            {
                var read = total;
                Clock.Sleep(TimeSpan.FromSeconds(1));
                total = read + i;
                Output.Print($"[{name}] total = {read + i}");
            }
        }
    }

    public void AddLockingTheUpdate(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(TimeSpan.FromSeconds(1));
            total += i;
            Output.Print($"[{name}] total = {total}");
        }
    }
}
