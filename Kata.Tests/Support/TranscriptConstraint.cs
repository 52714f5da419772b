using System.Text;
using Kata.Text;
using NUnit.Framework.Constraints;

namespace Kata.Tests.Support;

/// <summary>
/// Compares printed lines with the expected transcript and, when they differ, shows both side by
/// side with the first differing line marked.
/// </summary>
internal sealed class TranscriptConstraint(IReadOnlyList<string> expected) : Constraint
{
    public override string Description => Language.Format(SpecMessages.TranscriptDescription, expected.Count);

    public override ConstraintResult ApplyTo<TActual>(TActual actual)
    {
        var lines = actual as IEnumerable<string>
            ?? throw new ArgumentException($"Expected printed lines, got {typeof(TActual).Name}.", nameof(actual));
        var printed = lines.ToList();
        var length = Math.Max(expected.Count, printed.Count);
        var firstDifference = Enumerable.Range(0, length)
            .Cast<int?>()
            .FirstOrDefault(i => Line(expected, i!.Value) != Line(printed, i!.Value));
        return new Result(this, printed, expected, firstDifference);
    }

    private static string? Line(IReadOnlyList<string> lines, int index) => index < lines.Count ? lines[index] : null;

    private sealed class Result(IConstraint constraint, IReadOnlyList<string> printed, IReadOnlyList<string> expected, int? firstDifference)
        : ConstraintResult(constraint, printed, firstDifference is null)
    {
        public override void WriteMessageTo(MessageWriter writer)
        {
            var line = firstDifference!.Value;
            var width = Math.Max(Width(SpecMessages.TranscriptExpected), Width(SpecMessages.TranscriptPrinted)) + 1;
            writer.WriteLine(Language.Format(SpecMessages.TranscriptDiffer, line + 1));
            writer.WriteLine($"  {Pad(SpecMessages.TranscriptExpected + ":", width)} {Show(Line(expected, line))}");
            writer.WriteLine($"  {Pad(SpecMessages.TranscriptPrinted + ":", width)} {Show(Line(printed, line))}");
            writer.WriteLine();
            writer.Write(SideBySide(line));
        }

        private string SideBySide(int marked)
        {
            var width = Math.Max(Width(SpecMessages.TranscriptExpected), expected.Select(text => Width(Show(text))).DefaultIfEmpty(0).Max());
            var table = new StringBuilder();
            table.AppendLine($"       {Pad(SpecMessages.TranscriptExpected, width)}   {SpecMessages.TranscriptPrinted}");
            for (var i = 0; i < Math.Max(expected.Count, printed.Count); i++)
            {
                var marker = i == marked ? ">" : " ";
                table.AppendLine($"  {marker}{i + 1,3}  {Pad(Show(Line(expected, i)), width)}   {Show(Line(printed, i))}");
            }

            return table.ToString();
        }

        /// <summary>Columns on a terminal: Hangul and other wide characters take two.</summary>
        private static int Width(string text) => DisplayWidth.Of(text);

        private static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - Width(text)));

        private static string Show(string? text) => text is null ? SpecMessages.TranscriptNothing : $"\"{text}\"";
    }
}

/// <summary><c>Assert.That(world.Transcript, Prints.Exactly(...))</c>.</summary>
internal static class Prints
{
    public static TranscriptConstraint Exactly(params IReadOnlyList<string> lines) => new(lines);

    public static TranscriptConstraint Nothing => new([]);

    /// <summary>Lines printed at these seconds, shown line by line as a transcript is: <c>Assert.That(Prints.Times(world.Lines), Prints.AtSeconds(1, 2))</c>.</summary>
    public static TranscriptConstraint AtSeconds(params int[] seconds) => new([.. seconds.Select(second => $"+{second}s")]);

    /// <summary>The moment of each printed line, as <see cref="AtSeconds"/> shows it.</summary>
    public static IEnumerable<string> Times(IEnumerable<Kata.Machinery.PrintedLine> lines) =>
        lines.Select(line => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"+{line.At.TotalSeconds:0.###}s"));
}

/// <summary>The columns a text takes in a terminal: Hangul and other wide characters take two, so that Korean cells line up.</summary>
internal static class DisplayWidth
{
    public static int Of(string text) => text.Sum(character => character is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uFF00' and <= '\uFF60' ? 2 : 1);

    /// <summary><paramref name="text"/> followed by spaces up to <paramref name="width"/> columns.</summary>
    public static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));
}
