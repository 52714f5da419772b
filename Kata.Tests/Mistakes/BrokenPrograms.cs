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
        Stamp("start", a);
        b.RunHere();
        Stamp("start", b);
        c.RunHere();
        Stamp("start", c);
        Output.Print("Done!");
    }

    public static void JoinRightAfterStart()
    {
        var (a, b, c) = Threads();
        foreach (var thread in new[] { a, b, c })
        {
            thread.Start();
            Stamp("start", thread);
            thread.Join();
            Stamp("finish", thread);
        }

        Output.Print("Done!");
    }

    public static BigInteger TotalBeforeJoin()
    {
        var a = ZooThread(Notebook.A);
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
        Stamp("finish", a);
        b.Join();
        Stamp("finish", b);
        Stamp("finish", c);
        Output.Print("Done!");
    }

    public static void ForgottenJoinOfB()
    {
        var (a, b, c) = Threads();
        StartAll(a, b, c);
        a.Join();
        Stamp("finish", a);
        Stamp("finish", b);
        c.Join();
        Stamp("finish", c);
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
        (ZooThread(Notebook.A), ZooThread(Notebook.B), ZooThread(Notebook.C));

    private static ZooSumThread ZooThread(Notebook.Sum sum) => new(sum.Name, sum.Low, sum.High);

    private static void StartAll(params ZooSumThread[] threads)
    {
        foreach (var thread in threads)
        {
            thread.Start();
            Stamp("start", thread);
        }
    }

    private static void Stamp(string what, ZooSumThread thread) =>
        Output.Print($"{what}:[{thread.Name.ToLowerInvariant()}] {Now()}");

    private static string Now() => Clock.Now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
