using System.Numerics;
using System.Reflection;
using Kata.Exercises;
using Kata.Machinery;
using Kata.Text;

namespace Kata;

/// <summary>
/// The runnable program of each exercise, by manifest id. By convention it is the static <c>RunProgram()</c> of the
/// exercise's class, named after its id (<see cref="ClassOf"/>); <see cref="Own"/> lists the exercises whose program
/// is more than that.
/// </summary>
public static class Programs
{
    public static IReadOnlyDictionary<string, Action> Own { get; } = new Dictionary<string, Action>
    {
        ["02-thread-subclass"] = OneThread,
        ["04-shared-total"] = SharedTotalParts,
        ["05-async-sum"] = () => World.Current.Run(AsyncSumAtScale),
    };

    /// <summary>Every exercise of the manifest that has a program: its own, or its class's by convention.</summary>
    public static IReadOnlyDictionary<string, Action> ById { get; } = Manifest.Exercises
        .Select(exercise => (exercise.Id, Program: Own.GetValueOrDefault(exercise.Id) ?? ByConvention(exercise.Id)))
        .Where(found => found.Program is not null)
        .ToDictionary(found => found.Id, found => found.Program!);

    /// <summary>The exercise's class: <c>06-two-words</c> is <c>Kata.Exercises.TwoWords</c>.</summary>
    public static string ClassOf(string id) => "Kata.Exercises." + Exercise.ClassName(id);

    /// <summary>The exercise class's public static <c>RunProgram()</c>, if it has one (an async program runs itself on <c>World.Current.Run</c>).</summary>
    internal static Action? ByConvention(string id) =>
        typeof(Programs).Assembly.GetType(ClassOf(id))?.GetMethod("RunProgram", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes) is { } run
        && run.ReturnType == typeof(void)
            ? run.CreateDelegate<Action>()
            : null;

    /// <summary>How many sums exercise 05's program runs at once after the notebook's three.</summary>
    public const int ManySums = 10_000;

    /// <summary>Exercise 05's program: the three sums as tasks, then <see cref="ManySums"/> of them at once with their lines muted.</summary>
    private static async Task AsyncSumAtScale()
    {
        await AsyncSum.RunProgramAsync();
        var started = Clock.Now;
        BigInteger total;
        using (Output.Mute())
        {
            total = await AsyncSum.SumManyAsync(ManySums);
        }

        Output.Print(Language.Format(Messages.ProgramManySums, ManySums, total, (Clock.Now - started).TotalSeconds));
    }

    /// <summary>
    /// Exercise 04's program: A(1, 5), B(5, 10) and C(10, 15) each run <paramref name="add"/> on a thread of
    /// their own, all three started before the first is joined; then main prints <c>total = N</c>.
    /// </summary>
    public static void ThreeAdders(Action<string, int, int> add, Func<long> total)
    {
        KataThread[] threads = [.. Notebook.Sums.Select(sum => new Adder(sum.Name, sum.Low, sum.High, add))];
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Output.Print($"total = {total()}");
    }

    /// <summary>Exercise 04's three parts, one after another, each on a total of its own.</summary>
    private static void SharedTotalParts()
    {
        foreach (var part in new Func<SharedTotal, Action<string, int, int>>[]
            { shared => shared.AddWithoutLock, shared => shared.AddLockingTheSleep, shared => shared.AddLockingTheUpdate })
        {
            var shared = new SharedTotal();
            var started = Clock.Now;
            ThreeAdders(part(shared), () => shared.Total);
            Output.Print(Language.Format(Messages.ProgramPartSeconds, (Clock.Now - started).TotalSeconds));
        }
    }

    private sealed class Adder(string name, int low, int high, Action<string, int, int> add) : KataThread(name)
    {
        protected override void Run() => add(Name, low, high);
    }

    /// <summary>Exercise 02's thread on its own: started, joined, then its total.</summary>
    private static void OneThread()
    {
        var a = new SumThread(Notebook.A.Name, Notebook.A.Low, Notebook.A.High);
        a.Start();
        a.Join();
        Output.Print($"joined {a.Name}: total = {a.Total}");
    }
}
