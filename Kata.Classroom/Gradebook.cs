using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kata.Classroom;

/// <summary>One learner's grade, and the commit graded ("" for a folder that is not a git checkout).</summary>
public sealed record GradebookRow(string Learner, string Commit, Grade Grade);

/// <summary>Every learner graded the same way against one trusted template, as CSV and Markdown.</summary>
public static class Gradebook
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string ToCsv(IReadOnlyList<GradebookRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", ["learner", "commit", "status", "reason", .. Ids(rows), "total", "max", "tampered"]));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(",", [
                Quote(row.Learner), Quote(row.Commit), Quote(row.Grade.Status), Quote(row.Grade.Reason.Replace('\n', ' ')), .. row.Grade.Exercises.Select(exercise => Number(exercise.Points)),
                Number(row.Grade.Points), Number(row.Grade.Max), Quote(string.Join("; ", row.Grade.Tampered))]));
        }

        return text.ToString();
    }

    /// <summary>The same rows for scripts: each learner's points per exercise, total, max and tampered files.</summary>
    public static string ToJson(IReadOnlyList<GradebookRow> rows) => JsonSerializer.Serialize(rows.Select(row => new
    {
        learner = row.Learner,
        commit = row.Commit,
        status = row.Grade.Status,
        reason = row.Grade.Reason,
        points = row.Grade.Points,
        max = row.Grade.Max,
        exercises = row.Grade.Exercises.Select(exercise => new { id = exercise.Id, points = exercise.Points, max = exercise.Max, specs = exercise.Specs }),
        tampered = row.Grade.Tampered,
    }), Json);

    /// <summary>The rows <see cref="ToJson"/> wrote, as they were: the parts of a class graded apart merge into one gradebook.</summary>
    public static IReadOnlyList<GradebookRow> FromJson(string json) =>
        [.. (JsonSerializer.Deserialize<List<RowJson>>(json, Json) ?? throw new InvalidDataException("A gradebook.json holds a list of rows."))
            .Select(row => new GradebookRow(row.Learner, row.Commit,
                new Grade([.. row.Exercises.Select(exercise => new ExerciseGrade(exercise.Id, exercise.Specs))], row.Tampered, row.Status, row.Reason)))];

    /// <summary>Writes gradebook.csv, .md and .json into <paramref name="folder"/>.</summary>
    public static void Write(IReadOnlyList<GradebookRow> rows, string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "gradebook.csv"), ToCsv(rows));
        File.WriteAllText(Path.Combine(folder, "gradebook.md"), ToMarkdown(rows));
        File.WriteAllText(Path.Combine(folder, "gradebook.json"), ToJson(rows));
    }

    private sealed record RowJson(string Learner, string Commit, string Status, string Reason, IReadOnlyList<ExerciseJson> Exercises, IReadOnlyList<string> Tampered);

    private sealed record ExerciseJson(string Id, IReadOnlyList<SpecGrade> Specs);

    public static string ToMarkdown(IReadOnlyList<GradebookRow> rows)
    {
        var ids = Ids(rows);
        var text = new StringBuilder();
        text.AppendLine(string.Join(" | ", ["| learner", .. ids, "total", "status", "tampered |"]));
        text.AppendLine(string.Concat(Enumerable.Repeat("|---", ids.Count + 4)) + "|");
        foreach (var row in rows)
        {
            var tampered = row.Grade.Tampered.Count == 0 ? "—" : string.Join("<br>", row.Grade.Tampered.Select(Grade.Cell));
            text.AppendLine(string.Join(" | ", [
                $"| {Grade.Cell(row.Learner)}", .. row.Grade.Exercises.Select(exercise => $"{exercise.Points} / {exercise.Max}"),
                $"{row.Grade.Points} / {row.Grade.Max}", Grade.Cell(Status(row.Grade)), $"{tampered} |"]));
        }

        return text.ToString();
    }

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
