using NUnit.Framework.Constraints;
using Kata.Machinery;
using Kata.Text;
using NUnit.Framework.Internal;

namespace Kata.Tests.Support.Systematic;

/// <summary>
/// A broken expectation inside an explored run. NUnit's Assert cannot be used there (it would fail
/// the NUnit test from inside Coyote's iteration), so checks throw this and the spec reports it.
/// </summary>
/// <param name="line">The printed line (0-based) where the expectation broke, marked in the picture.</param>
/// <param name="access">The shared access where it broke (a write that wiped out another thread's update), marked in the picture.</param>
/// <param name="section">The lesson section that discusses this failure, when it is not the spec's own (a lock of each step's own).</param>
internal sealed class Expectation(string message, int? line = null, SharedAccess? access = null, string? section = null) : Exception(message)
{
    public int? Line { get; } = line;

    public SharedAccess? Access { get; } = access;

    public string? Section { get; } = section;

    public static void That(bool holds, string message, int? line = null, SharedAccess? access = null, string? section = null)
    {
        if (!holds)
        {
            throw new Expectation(message, line, access, section);
        }
    }

    /// <summary>An NUnit constraint, checked without NUnit's Assert; its failure text becomes the message.</summary>
    public static void That<T>(T actual, IResolveConstraint constraint, string message, int? line = null, string? section = null)
    {
        if (Failure(actual, constraint, () => message) is { } failure)
        {
            throw new Expectation(failure, line, section: section);
        }
    }

    /// <summary>Null when <paramref name="actual"/> meets <paramref name="constraint"/>; otherwise <see cref="Describe"/>'s text of the failure.</summary>
    public static string? Failure<T>(T actual, IResolveConstraint constraint, Func<string> message) =>
        constraint.Resolve().ApplyTo(actual) is { IsSuccess: false } result ? Describe(result, message()) : null;

    /// <summary>A constraint's failure after <paramref name="message"/>, with NUnit's "Expected:" and "But was:" in the language of the run.</summary>
    public static string Describe(ConstraintResult result, string message)
    {
        var writer = new TextMessageWriter(message);
        result.WriteMessageTo(writer);
        return string.Join('\n', writer.ToString().Split('\n').Select(Labelled));
    }

    private static string Labelled(string line) =>
        line.StartsWith(TextMessageWriter.Pfx_Expected, StringComparison.Ordinal) ? Relabelled(line, TextMessageWriter.Pfx_Expected, SpecMessages.ExpectedLabel)
        : line.StartsWith(TextMessageWriter.Pfx_Actual, StringComparison.Ordinal) ? Relabelled(line, TextMessageWriter.Pfx_Actual, SpecMessages.ActualLabel)
        : line;

    /// <summary>The label padded as NUnit pads its own, so that expected and actual values stay in one column.</summary>
    private static string Relabelled(string line, string prefix, string label) =>
        $"  {label.PadRight(Math.Max(SpecMessages.ExpectedLabel.Length, SpecMessages.ActualLabel.Length) + 1)}{line[prefix.Length..]}";
}
