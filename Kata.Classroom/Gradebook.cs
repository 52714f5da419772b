using System.Globalization;
using System.Text;

namespace Kata.Classroom;

public sealed record GradebookRow(string Learner, Grade Grade);

/// <summary>Every learner graded the same way against one trusted template, as CSV and Markdown.</summary>
public static class Gradebook
{
    public static string ToCsv(IReadOnlyList<GradebookRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", ["learner", .. Ids(rows), "total", "max", "tampered"]));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(",", [
                Quote(row.Learner), .. row.Grade.Exercises.Select(exercise => Number(exercise.Points)),
                Number(row.Grade.Points), Number(row.Grade.Max), Quote(string.Join("; ", row.Grade.Tampered))]));
        }

        return text.ToString();
    }

    public static string ToMarkdown(IReadOnlyList<GradebookRow> rows)
    {
        var ids = Ids(rows);
        var text = new StringBuilder();
        text.AppendLine(string.Join(" | ", ["| learner", .. ids, "total", "tampered |"]));
        text.AppendLine(string.Concat(Enumerable.Repeat("|---", ids.Count + 3)) + "|");
        foreach (var row in rows)
        {
            var tampered = row.Grade.Tampered.Count == 0 ? "—" : string.Join("<br>", row.Grade.Tampered.Select(Grade.Cell));
            text.AppendLine(string.Join(" | ", [
                $"| {Grade.Cell(row.Learner)}", .. row.Grade.Exercises.Select(exercise => $"{exercise.Points} / {exercise.Max}"),
                $"{row.Grade.Points} / {row.Grade.Max}", $"{tampered} |"]));
        }

        return text.ToString();
    }

    private static List<string> Ids(IReadOnlyList<GradebookRow> rows) =>
        rows.Count == 0 ? [] : [.. rows[0].Grade.Exercises.Select(exercise => exercise.Id)];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text) => text.IndexOfAny([',', '"', '\r', '\n']) >= 0
        ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : text;
}
