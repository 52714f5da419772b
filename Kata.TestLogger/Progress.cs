using System.Globalization;
using System.Text;
using Kata.Text;

namespace Kata.TestLogger;

/// <summary>
/// One exercise's specs in a run: how many of its <see cref="Total"/> specs (its points table) ran and
/// passed, and the failing ones, most basic first.
/// </summary>
public sealed record ExerciseProgress(Exercise Exercise, int Passed, int Run, IReadOnlyList<SpecResult> Failing)
{
    public int Total => Exercise.Specs.Count;

    public bool Solved => Passed == Total;
}

/// <summary>The kata's progress after a run, in the manifest's order.</summary>
public sealed record Progress(IReadOnlyList<ExerciseProgress> Exercises, int KataFailures, bool Aborted)
{
    private const string Indent = "      ";

    /// <summary>The first exercise with a failing spec: the one to work on.</summary>
    public ExerciseProgress? Next => Exercises.FirstOrDefault(exercise => exercise.Failing.Count > 0);

    public static Progress Summarize(IReadOnlyList<Exercise> exercises, IReadOnlyCollection<SpecResult> results, bool aborted,
        IReadOnlyDictionary<string, int> declarationOrder)
    {
        var ids = exercises.Select(exercise => exercise.Id).ToHashSet();
        var progress = exercises.Select(exercise =>
        {
            var specs = results.Where(result => result.Categories.Contains(exercise.Id)).ToList();
            // Specs are declared most basic first, so the first failing one declared is the one to fix first.
            var failing = specs.Where(spec => spec.Failed)
                .OrderBy(spec => declarationOrder.GetValueOrDefault($"{spec.ClassName}.{spec.MethodName}", int.MaxValue))
                .ThenBy(spec => spec.Name, StringComparer.Ordinal)
                .ToList();
            return new ExerciseProgress(exercise, specs.Count(spec => spec.Passed), specs.Count, failing);
        }).ToList();
        var kataFailures = results.Count(result => result.Failed && !result.Undecided && !result.Categories.Any(ids.Contains));
        return new Progress(progress, kataFailures, aborted);
    }

    /// <summary>
    /// True in a run that replays one interleaving (the replay line a failure prints sets KATA_SEED): its specs ran one
    /// interleaving each, so "0/7, 1 run" would misread as a score.
    /// </summary>
    public bool Replaying { get; init; } = uint.TryParse(Environment.GetEnvironmentVariable(Variables.Seed), CultureInfo.InvariantCulture, out _);

    public string Render()
    {
        var language = Language.Code;
        var text = new StringBuilder();
        text.AppendLine(CourseMessages.ProgressTitle);
        foreach (var exercise in Exercises)
        {
            var mark = exercise.Run == 0 ? "·" : exercise.Solved ? "✓" : "✗";
            var count = exercise.Run == 0 ? CourseMessages.ProgressNotRun
                : exercise.Run == exercise.Total ? $"{exercise.Passed}/{exercise.Total}"
                : Replaying ? Language.Format(CourseMessages.ProgressReplayed, exercise.Passed, exercise.Run)
                : Language.Format(CourseMessages.ProgressPartlyRun, exercise.Passed, exercise.Total, exercise.Run);
            text.AppendLine(CultureInfo.InvariantCulture, $"  {mark} {exercise.Exercise.Id,-22} {count,-8} {exercise.Exercise.Title.In(language)}");
        }

        if (Aborted)
        {
            var missing = Exercises.Where(exercise => exercise.Run == 0).Select(exercise => exercise.Exercise.Id);
            text.AppendLine(Language.Format(CourseMessages.ProgressAborted, string.Join(", ", missing)));
        }

        if (KataFailures > 0)
        {
            text.AppendLine(Language.Format(CourseMessages.ProgressKataFailures, KataFailures));
        }

        if (Next is { } next)
        {
            text.AppendLine();
            text.Append(Details(next));
        }
        else if (Exercises.All(exercise => exercise.Solved))
        {
            text.AppendLine(Language.Format(CourseMessages.ProgressAllSolved, Exercises.Count));
        }

        return text.ToString();
    }

    /// <summary>
    /// What to do next in an exercise with a failing spec (<see cref="Next"/>): its first failing spec in full, every other one in
    /// a line, its lesson, its hint and the command that runs it alone.
    /// </summary>
    public static string Details(ExerciseProgress next)
    {
        var language = Language.Code;
        var id = next.Exercise.Id;
        var text = new StringBuilder();
        text.AppendLine(Language.Format(CourseMessages.ProgressNext, id, next.Exercise.Title.In(language)));
        var first = next.Failing[0];
        text.AppendLine(Language.Format(CourseMessages.ProgressFirstFailing, first.Name));
        foreach (var line in Lines(first.Message))
        {
            text.AppendLine((Indent + line).TrimEnd());
        }

        if (next.Failing.Count > 1)
        {
            text.AppendLine(Language.Format(CourseMessages.ProgressAlsoFailing, next.Failing.Count - 1));
            foreach (var spec in next.Failing.Skip(1))
            {
                text.AppendLine($"{Indent}{spec.Name}");
            }
        }

        text.AppendLine(Language.Format(CourseMessages.ProgressLesson, next.Exercise.Lesson(language)));
        text.AppendLine(Language.Format(CourseMessages.ProgressHint, next.Exercise.Hint.In(language)));
        text.AppendLine(Language.Format(CourseMessages.ProgressRunOnly, $"dotnet test --filter TestCategory={id}"));
        return text.ToString();
    }

    /// <summary>A failure message's lines, without the blank ones at its ends.</summary>
    private static IEnumerable<string> Lines(string message) =>
        string.IsNullOrWhiteSpace(message) ? [] : message.ReplaceLineEndings("\n").Trim('\n').Split('\n').Select(line => line.TrimEnd());
}
