using System.Globalization;
using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>Reference solution of exercise 03 (reference build only).</summary>
public static class StartJoinOrder
{
    public static void RunProgram()
    {
        var a = new SumThread("A", 1, 5);
        var b = new SumThread("B", 5, 10);
        var c = new SumThread("C", 10, 15);

        a.Start();
        Output.Print($"start:[a] {Now()}");
        b.Start();
        Output.Print($"start:[b] {Now()}");
        c.Start();
        Output.Print($"start:[c] {Now()}");

        a.Join();
        Output.Print($"finish:[a] {Now()}");
        b.Join();
        Output.Print($"finish:[b] {Now()}");
        c.Join();
        Output.Print($"finish:[c] {Now()}");

        Output.Print("Done!");
    }

    private static string Now() => Clock.Now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
