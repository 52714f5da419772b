using Kata.Exercises;

namespace Kata;

/// <summary>The runnable program of each exercise, by manifest id.</summary>
public static class Programs
{
    public static IReadOnlyDictionary<string, Action> ById { get; } = new Dictionary<string, Action>
    {
        ["01-sequential-sum"] = SequentialSum.RunProgram,
    };
}
