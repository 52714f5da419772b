using NUnit.Framework.Constraints;
using NUnit.Framework.Internal;

namespace Kata.Tests.Support.Systematic;

/// <summary>
/// A broken expectation inside an explored run. NUnit's Assert cannot be used there (it would fail
/// the NUnit test from inside Coyote's iteration), so checks throw this and the spec reports it.
/// </summary>
/// <param name="line">The printed line (0-based) where the expectation broke, marked in the picture.</param>
public sealed class Expectation(string message, int? line = null) : Exception(message)
{
    public int? Line { get; } = line;

    public static void That(bool holds, string message, int? line = null)
    {
        if (!holds)
        {
            throw new Expectation(message, line);
        }
    }

    /// <summary>An NUnit constraint, checked without NUnit's Assert; its failure text becomes the message.</summary>
    public static void That<T>(T actual, IResolveConstraint constraint, string message, int? line = null)
    {
        var result = constraint.Resolve().ApplyTo(actual);
        if (!result.IsSuccess)
        {
            var writer = new TextMessageWriter(message);
            result.WriteMessageTo(writer);
            throw new Expectation(writer.ToString(), line);
        }
    }
}
