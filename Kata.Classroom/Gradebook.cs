using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kata.Classroom;

/// <summary>Every student graded the same way against one trusted template, as CSV, Markdown and JSON, and the merge of parts graded apart.</summary>
public static class Gradebook
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The columns before the points: who, what was graded, on which terms, and whether it was.</summary>
    public static readonly IReadOnlyList<string> Terms = ["student", "section", "commit", "commit time", "deadline", "late", "template commit", "status", "reason"];

    public static string ToCsv(IReadOnlyList<GradebookRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", [.. Terms, .. Ids(rows), "total", "max", "tampered"]));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(",", [
                .. TermsOf(row).Select(Quote), .. row.Grade.Exercises.Select(exercise => Number(exercise.Points)),
                Number(row.Grade.Points), Number(row.Grade.Max), Quote(string.Join("; ", row.Grade.Tampered))]));
        }

        return text.ToString();
    }

    /// <summary>The same rows for scripts, and for <see cref="FromJson"/>: each student's terms, points per exercise and spec, total, max and tampered files.</summary>
    public static string ToJson(IReadOnlyList<GradebookRow> rows) => JsonSerializer.Serialize(rows.Select(row => new
    {
        student = row.Learner.Name,
        section = row.Learner.Section,
        commit = row.Commit,
        commitTime = Times.Text(row.CommitTime),
        deadline = Times.Text(row.Learner.Deadline),
        late = Times.Text(row.Late),
        templateCommit = row.TemplateCommit,
        status = row.Grade.Status,
        reason = row.Grade.Reason,
        points = row.Grade.Points,
        max = row.Grade.Max,
        exercises = row.Grade.Exercises.Select(exercise => new { id = exercise.Id, points = exercise.Points, max = exercise.Max, specs = exercise.Specs }),
        tampered = row.Grade.Tampered,
    }), Json);

    /// <summary>The rows <see cref="ToJson"/> wrote, as they were (<c>late</c> follows from the times). A row read back has no source: it is never fetched again.</summary>
    public static IReadOnlyList<GradebookRow> FromJson(string json) =>
        [.. (JsonSerializer.Deserialize<List<RowJson>>(json, Json) ?? throw new InvalidDataException("A gradebook.json holds a list of rows."))
            .Select(row => new GradebookRow(
                new LearnerRepository("", Student: row.Student, Section: row.Section ?? "", Deadline: Time(row.Deadline)),
                row.Commit ?? "", Time(row.CommitTime), row.TemplateCommit ?? "",
                new Grade([.. row.Exercises.Select(exercise => new ExerciseGrade(exercise.Id, exercise.Specs))], row.Tampered, row.Status, row.Reason)))];

    /// <summary>
    /// One gradebook from parts graded apart (the jobs of gradebook.yml, the sections of TAs, a regrade), taken in order:
    /// a student's row in a later part takes the place of their row in an earlier one. Parts graded on different
    /// template commits are refused, each commit named with its parts: their points do not compare.
    /// </summary>
    public static IReadOnlyList<GradebookRow> Merge(IReadOnlyList<(string Name, IReadOnlyList<GradebookRow> Rows)> parts)
    {
        var templates = parts.SelectMany(part => part.Rows.Select(row => (row.TemplateCommit, part.Name))).Distinct()
            .GroupBy(part => part.TemplateCommit, part => part.Name).ToList();
        if (templates.Count > 1)
        {
            throw new InvalidOperationException("The parts were graded on different template commits, so their points do not compare: "
                + string.Join("; ", templates.Select(template => $"{(template.Key.Length > 0 ? template.Key : "no commit (not a git checkout)")} in {string.Join(", ", template)}"))
                + ". Grade them again on one commit (gradebook --commit).");
        }

        var byStudent = new Dictionary<string, GradebookRow>(StringComparer.Ordinal);
        foreach (var row in parts.SelectMany(part => part.Rows))
        {
            byStudent[row.Learner.Name] = row;
        }

        return InStudentOrder(byStudent.Values);
    }

    /// <summary>Rows ordered by student, so that a class graded in one run, in sections or in jobs gives the same gradebook.</summary>
    public static IReadOnlyList<GradebookRow> InStudentOrder(IEnumerable<GradebookRow> rows) => [.. rows.OrderBy(row => row.Learner.Name, StringComparer.Ordinal)];

    /// <summary>Writes gradebook.csv, .md and .json into <paramref name="folder"/>.</summary>
    public static void Write(IReadOnlyList<GradebookRow> rows, string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "gradebook.csv"), ToCsv(rows));
        File.WriteAllText(Path.Combine(folder, "gradebook.md"), ToMarkdown(rows));
        File.WriteAllText(Path.Combine(folder, "gradebook.json"), ToJson(rows));
    }

    private sealed record RowJson(string? Student, string? Section, string? Commit, string? CommitTime, string? Deadline, string? TemplateCommit,
        string Status, string Reason, IReadOnlyList<ExerciseJson> Exercises, IReadOnlyList<string> Tampered);

    private sealed record ExerciseJson(string Id, IReadOnlyList<SpecGrade> Specs);

    public static string ToMarkdown(IReadOnlyList<GradebookRow> rows)
    {
        var ids = Ids(rows);
        var text = new StringBuilder();
        if (rows.Count > 0 && rows[0].TemplateCommit.Length > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Graded on the template at {rows[0].TemplateCommit}.");
            text.AppendLine();
        }

        text.AppendLine(string.Join(" | ", ["| student", "section", .. ids, "total", "commit", "late", "status", "tampered |"]));
        text.AppendLine(string.Concat(Enumerable.Repeat("|---", ids.Count + 7)) + "|");
        foreach (var row in rows)
        {
            var tampered = row.Grade.Tampered.Count == 0 ? "—" : string.Join("<br>", row.Grade.Tampered.Select(Grade.Cell));
            text.AppendLine(string.Join(" | ", [
                $"| {Grade.Cell(row.Learner.Name)}", Grade.Cell(row.Learner.Section), .. row.Grade.Exercises.Select(exercise => $"{exercise.Points} / {exercise.Max}"),
                $"{row.Grade.Points} / {row.Grade.Max}", row.Commit[..Math.Min(7, row.Commit.Length)], Times.Text(row.Late), Grade.Cell(Status(row.Grade)), $"{tampered} |"]));
        }

        return text.ToString();
    }

    private static IEnumerable<string> TermsOf(GradebookRow row) =>
    [
        row.Learner.Name, row.Learner.Section, row.Commit, Times.Text(row.CommitTime), Times.Text(row.Learner.Deadline), Times.Text(row.Late),
        row.TemplateCommit, row.Grade.Status, row.Grade.Reason.Replace('\n', ' '),
    ];

    private static DateTimeOffset? Time(string? text) => string.IsNullOrEmpty(text) ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>"graded", or the status with the first line of its reason.</summary>
    private static string Status(Grade grade) =>
        grade.Status == Grade.Graded ? grade.Status : $"{grade.Status}: {grade.Reason.Split('\n', 2)[0]}";

    private static List<string> Ids(IReadOnlyList<GradebookRow> rows) =>
        rows.Count == 0 ? [] : [.. rows[0].Grade.Exercises.Select(exercise => exercise.Id)];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A CSV field; learner-made text that a spreadsheet would read as a formula (=, +, -, @) starts with a quote mark instead.</summary>
    private static string Quote(string text)
    {
        var safe = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' ? "'" + text : text;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
