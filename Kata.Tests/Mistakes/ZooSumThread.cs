using System.Numerics;
using Kata.Machinery;

namespace Kata.Tests.Mistakes;

/// <summary>
/// A correct sum thread for the mistake zoo, so the zoo never depends on the learner's code.
/// <see cref="RunHere"/> exposes Run the way Python's <c>a.run()</c> is public.
/// </summary>
public sealed class ZooSumThread(string name, long low, long high) : KataThread(name)
{
    public BigInteger Total { get; private set; }

    public void RunHere() => Run();

    protected override void Run()
    {
        BigInteger total = 0;
        for (var i = low; i < high; i++)
        {
            total += i;
            Clock.Sleep(TimeSpan.FromSeconds(1));
            Output.Print($"[{Name}] total = {total}");
        }

        Total = total;
    }
}
