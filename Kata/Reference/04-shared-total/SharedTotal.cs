using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>Reference solution of exercise 04 (reference build only).</summary>
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
            Output.Print($"[{name}] total = {Interlocked.Add(ref total, i)}");
        }
    }
}
