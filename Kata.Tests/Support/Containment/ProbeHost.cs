using Kata.Exercises;
using Kata.Machinery;
using Kata.Tests.Mistakes;

namespace Kata.Tests.Support.Containment;

/// <summary>The child side of <see cref="CrashProbe"/>: <c>dotnet Kata.Tests.dll --probe &lt;subject&gt;</c>.</summary>
public static class ProbeHost
{
    public const string Flag = "--probe";
    public const string Finished = "probe: the program ended without crashing its process";

    public static int Run(string subject)
    {
        var program = Programs.ById.TryGetValue(subject, out var exercise) ? exercise : BrokenCode.ById[subject];
        foreach (var call in SpecCalls(subject).Prepend(program))
        {
            using (new VirtualWorld().Enter())
            {
                try
                {
                    call();
                }
                catch (Exception)
                {
                    // An exception is no crash: the specs report it in-process, with more to say.
                }
            }
        }

        Console.WriteLine(Finished);
        return 0;
    }

    /// <summary>
    /// The calls the exercise's specs make beyond its program, so that a crash only some input causes
    /// (a recursion without a base case for an empty range, an exit on a missing name) is caught here too.
    /// </summary>
    private static IEnumerable<Action> SpecCalls(string subject) => subject switch
    {
        "01-sequential-sum" =>
        [
            () => SequentialSum.Sum("A", 1, 5), () => SequentialSum.Sum("Z", 7, 8), () => SequentialSum.Sum("A", 3, 3),
            () => SequentialSum.Sum("A", 5, 1), () => SequentialSum.Sum("N", -3, 1), () => SequentialSum.Sum("A", int.MaxValue, int.MaxValue + 2L),
            () => SequentialSum.Sum("A", long.MaxValue - 2, long.MaxValue), () => SequentialSum.Sum(null!, 1, 5), () => SequentialSum.Sum("", 1, 5),
        ],
        "02-thread-subclass" =>
        [
            () => _ = new SumThread(null!, 1, 5), () => _ = new SumThread("", 1, 5),
            () => Output.Print($"{new SumThread("A", 1, 5).Name}"),
        ],
        _ => [],
    };
}
