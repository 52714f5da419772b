using System.Globalization;
using System.Text;
using Kata.Text;

namespace Kata.TestLogger;

/// <summary>One exercise's specs in a run: how many passed, and the first one to fix.</summary>
public sealed record ExerciseProgress(Exercise Exercise, int Passed, int Total, string? FirstFailing)
{
    public bool Solved => Total > 0 && Passed == Total;
}

/// <summary>The kata's progress after a run, in the manifest's order.</summary>
public sealed record Progress(IReadOnlyList<ExerciseProgress> Exercises, int KataFailures, bool Aborted)
{
    /// <summary>The first exercise with a failing spec: the one to work on.</summary>
    public ExerciseProgress? Next => Exercises.FirstOrDefault(exercise => exercise.Total > 0 && !exercise.Solved);

    public static Progress Summarize(IReadOnlyList<Exercise> exercises, IReadOnlyCollection<SpecResult> results, bool aborted,
        IReadOnlyDictionary<string, int> declarationOrder)
    {
        var ids = exercises.Select(exercise => exercise.Id).ToHashSet();
        var progress = exercises.Select(exercise =>
        {
            var specs = results.Where(result => result.Categories.Contains(exercise.Id)).ToList();
            // Specs are declared most basic first, so the first failing one declared is the one to fix first.
            var firstFailing = specs.Where(spec => !spec.Passed)
                .OrderBy(spec => declarationOrder.GetValueOrDefault($"{spec.ClassName}.{spec.MethodName}", int.MaxValue))
                .ThenBy(spec => spec.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            return new ExerciseProgress(exercise, specs.Count(spec => spec.Passed), specs.Count, firstFailing?.Name);
        }).ToList();
        var kataFailures = results.Count(result => result.Failed && !result.Categories.Any(ids.Contains));
        return new Progress(progress, kataFailures, aborted);
    }

    public string Render()
    {
        var language = Language.Code;
        var text = new StringBuilder();
        text.AppendLine(CourseMessages.ProgressTitle);
        foreach (var exercise in Exercises)
        {
            var mark = exercise.Total == 0 ? "·" : exercise.Solved ? "✓" : "✗";
            var count = exercise.Total == 0 ? CourseMessages.ProgressNotRun : $"{exercise.Passed}/{exercise.Total}";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {mark} {exercise.Exercise.Id,-22} {count,-8} {exercise.Exercise.Title.In(language)}");
        }

        if (Aborted)
        {
            var missing = Exercises.Where(exercise => exercise.Total == 0).Select(exercise => exercise.Exercise.Id);
            text.AppendLine(Language.Format(CourseMessages.ProgressAborted, string.Join(", ", missing)));
        }

        if (KataFailures > 0)
        {
            text.AppendLine(Language.Format(CourseMessages.ProgressKataFailures, KataFailures));
        }

        if (Next is { } next)
        {
            var id = next.Exercise.Id;
            text.AppendLine(Language.Format(CourseMessages.ProgressNext, id, next.Exercise.Title.In(language)));
            text.AppendLine(Language.Format(CourseMessages.ProgressFirstFailing, next.FirstFailing));
            text.AppendLine(Language.Format(CourseMessages.ProgressLesson, next.Exercise.Lesson(language)));
            text.AppendLine(Language.Format(CourseMessages.ProgressHint, next.Exercise.Hint.In(language)));
            text.AppendLine(Language.Format(CourseMessages.ProgressRunOnly, $"dotnet test --filter TestCategory={id}"));
        }
        else if (Exercises.All(exercise => exercise.Solved))
        {
            text.AppendLine(Language.Format(CourseMessages.ProgressAllSolved, Exercises.Count));
        }

        return text.ToString();
    }
}
