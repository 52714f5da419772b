using Kata.Exercises;
using Kata.Machinery;

namespace Kata;

/// <summary>The runnable program of each exercise, by manifest id.</summary>
public static class Programs
{
    public static IReadOnlyDictionary<string, Action> ById { get; } = new Dictionary<string, Action>
    {
        ["01-sequential-sum"] = SequentialSum.RunProgram,
        ["02-thread-subclass"] = OneThread,
        ["03-start-join-order"] = StartJoinOrder.RunProgram,
    };

    /// <summary>Exercise 02's thread on its own: started, joined, then its total.</summary>
    private static void OneThread()
    {
        var a = new SumThread("A", 1, 5);
        a.Start();
        a.Join();
        Output.Print($"joined {a.Name}: total = {a.Total}");
    }
}
