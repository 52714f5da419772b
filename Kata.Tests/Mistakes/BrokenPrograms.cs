using System.Globalization;
using System.Numerics;
using Kata.Machinery;

namespace Kata.Tests.Mistakes;

/// <summary>The classic mistakes of exercises 02 and 03, each written the way a learner would.</summary>
public static class BrokenPrograms
{
    public static void RunInsteadOfStart()
    {
        var (a, b, c) = Threads();
        a.RunHere();
        Output.Print($"start:[a] {Now()}");
        b.RunHere();
        Output.Print($"start:[b] {Now()}");
        c.RunHere();
        Output.Print($"start:[c] {Now()}");
        Output.Print("Done!");
    }

    public static void JoinRightAfterStart()
    {
        foreach (var thread in Threads().ToArray())
        {
            thread.Start();
            Output.Print($"start:[{thread.Name.ToLowerInvariant()}] {Now()}");
            thread.Join();
            Output.Print($"finish:[{thread.Name.ToLowerInvariant()}] {Now()}");
        }

        Output.Print("Done!");
    }

    public static BigInteger TotalBeforeJoin()
    {
        var a = new ZooSumThread("A", 1, 5);
        a.Start();
        var total = a.Total;
        a.Join();
        return total;
    }

    public static void ForgottenJoin()
    {
        var (a, b, c) = Threads();
        StartAll(a, b, c);
        a.Join();
        Output.Print($"finish:[a] {Now()}");
        b.Join();
        Output.Print($"finish:[b] {Now()}");
        Output.Print($"finish:[c] {Now()}");
        Output.Print("Done!");
    }

    public static void StartTwice()
    {
        var (a, b, c) = Threads();
        StartAll(a, b, c);
        a.Start();
    }

    public static void NeverStarted()
    {
        var (a, b, c) = Threads();
        StartAll(a, b);
        a.Join();
        b.Join();
        c.Join();
    }

    private static (ZooSumThread A, ZooSumThread B, ZooSumThread C) Threads() =>
        (new("A", 1, 5), new("B", 5, 10), new("C", 10, 15));

    private static ZooSumThread[] ToArray(this (ZooSumThread A, ZooSumThread B, ZooSumThread C) threads) =>
        [threads.A, threads.B, threads.C];

    private static void StartAll(params ZooSumThread[] threads)
    {
        foreach (var thread in threads)
        {
            thread.Start();
            Output.Print($"start:[{thread.Name.ToLowerInvariant()}] {Now()}");
        }
    }

    private static string Now() => Clock.Now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
