using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kata.Classroom;

/// <summary>
/// The points of one spec: all of them if it passed, none otherwise. A spec left <see cref="Undecided"/> by two runs (it
/// timed out on this machine) is not graded: it counts in neither the points nor the maximum.
/// </summary>
public sealed record SpecGrade(string Name, int Points, int Max, bool Passed, string Message, bool Undecided = false);

public sealed record ExerciseGrade(string Id, IReadOnlyList<SpecGrade> Specs)
{
    public int Points => Specs.Sum(spec => spec.Points);

    public int Max => Specs.Where(spec => !spec.Undecided).Sum(spec => spec.Max);
}

/// <summary>
/// A learner's grade from the points table of <c>exercises.json</c> and the specs' outcomes, with the
/// files the learner changed outside <c>Kata/Exercises/</c> (reported, never used). A learner whose
/// code could not be graded gets 0 with its <see cref="Status"/> and the <see cref="Reason"/> in full.
/// </summary>
public sealed record Grade(IReadOnlyList<ExerciseGrade> Exercises, IReadOnlyList<string> Tampered, string Status = Grade.Graded, string Reason = "")
{
    public const string NotRun = "not run";

    public const string Graded = "graded";

    /// <summary>The status of a grade some of whose specs stayed undecided: the rest are graded, those are not.</summary>
    public const string TimedOutHere = "timed out on this machine";

    /// <summary>What an undecided spec says instead of a verdict.</summary>
    public const string NotGradedHere = "not graded: timed out on this machine";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public int Points => Exercises.Sum(exercise => exercise.Points);

    public int Max => Exercises.Sum(exercise => exercise.Max);

    public static Grade From(IReadOnlyList<Exercise> course, IReadOnlyList<SpecOutcome> outcomes, IReadOnlyList<string> tampered)
    {
        var byName = outcomes.GroupBy(outcome => outcome.Name).ToDictionary(group => group.Key, group => group.First());
        var exercises = course.Select(exercise => new ExerciseGrade(exercise.Id, [.. exercise.Specs.Select(spec =>
            byName.TryGetValue(spec.Key, out var outcome)
                ? outcome.Decided
                    ? new SpecGrade(spec.Key, outcome.Passed ? spec.Value : 0, spec.Value, outcome.Passed, outcome.Passed ? "" : FirstLine(outcome.Message))
                    : new SpecGrade(spec.Key, 0, spec.Value, false, $"{NotGradedHere} ({FirstLine(outcome.Message)})", Undecided: true)
                : new SpecGrade(spec.Key, 0, spec.Value, false, NotRun))])).ToList();
        var undecided = exercises.SelectMany(exercise => exercise.Specs).Where(spec => spec.Undecided).Select(spec => spec.Name).ToList();
        return undecided.Count == 0
            ? new Grade(exercises, tampered)
            : new Grade(exercises, tampered, TimedOutHere, $"{NotGradedHere}, twice: {string.Join(", ", undecided)}");
    }

    /// <summary>No spec counted (the code does not build, stands in for the specs' names, the repository could not be read): 0 points, the reason on each spec.</summary>
    public static Grade Failed(IReadOnlyList<Exercise> course, NotGraded why, IReadOnlyList<string> tampered) =>
        new([.. course.Select(exercise => new ExerciseGrade(exercise.Id, [.. exercise.Specs.Select(spec =>
            new SpecGrade(spec.Key, 0, spec.Value, false, FirstLine(why.Message)))]))], tampered, why.Status, why.Message);

    /// <summary>The job summary: a line per exercise, then every spec with its points and, if it failed, why.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Kata grade: {Points} / {Max}");
        text.AppendLine();
        if (Status != Graded)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{(Status == TimedOutHere ? "Some specs not graded" : "Not graded")} ({Status}):");
            text.AppendLine();
            foreach (var line in Reason.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {Cell(line)}");
            }

            text.AppendLine();
        }

        text.AppendLine("| exercise | points |");
        text.AppendLine("|---|---|");
        foreach (var exercise in Exercises)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {exercise.Id} | {exercise.Points} / {exercise.Max} |");
        }

        text.AppendLine();
        text.AppendLine("| exercise | spec | points | message |");
        text.AppendLine("|---|---|---|---|");
        foreach (var exercise in Exercises)
        {
            foreach (var spec in exercise.Specs)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {exercise.Id} | {spec.Name} | {spec.Points} / {spec.Max} | {Cell(spec.Message)} |");
            }
        }

        if (Tampered.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Changed outside `Kata/Exercises/` (reported, not used for grading):");
            text.AppendLine();
            foreach (var path in Tampered)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {Cell(path)}");
            }
        }

        return text.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(new
    {
        points = Points,
        max = Max,
        status = Status,
        reason = Reason,
        exercises = Exercises.Select(exercise => new { id = exercise.Id, points = exercise.Points, max = exercise.Max, specs = exercise.Specs }),
        tampered = Tampered,
    }, Json);

    /// <summary>
    /// The result a classroom-resources grader hands to autograding-grading-reporter (base64 JSON, one
    /// test per spec with its score), which prints the "Points X/Y" notice that platforms read.
    /// </summary>
    public string ToClassroomResult()
    {
        var result = new
        {
            version = 1,
            status = Points == Max ? "pass" : "fail",
            max_score = Max,
            tests = Exercises.SelectMany(exercise => exercise.Specs.Select(spec => new
            {
                name = $"{exercise.Id}: {spec.Name}",
                status = spec.Passed ? "pass" : "fail",
                message = spec.Message,
                line_no = 0,
                score = spec.Points,
            })),
        };
        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(result));
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    /// <summary>Text for one Markdown table cell or list item: learner-made text (file names, messages) cannot start a line, a heading or a code span.</summary>
    public static string Cell(string text) =>
        new string([.. text.Select(character => char.IsControl(character) ? ' ' : character)])
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("`", "'", StringComparison.Ordinal);
}
