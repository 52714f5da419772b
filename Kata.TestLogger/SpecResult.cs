using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace Kata.TestLogger;

/// <summary>
/// What the summary needs of one spec's result. A skipped spec has neither passed nor failed; an inconclusive one
/// (VSTest's outcome None: its code waited for something no kata primitive sees) is shown as failing, with its message,
/// and is <see cref="Undecided"/>: of the kata's own specs, those are assumptions that hold only in the reference build.
/// </summary>
public sealed record SpecResult(string Name, IReadOnlyList<string> Categories, bool Passed, bool Failed, string Source, string ClassName, string MethodName,
    string Message = "", bool Undecided = false)
{
    /// <summary>NUnit3TestAdapter's property for <c>[Category]</c>, the one <c>--filter TestCategory=…</c> reads.</summary>
    public const string CategoryProperty = "NUnit.TestCategory";

    public static SpecResult From(TestResult result)
    {
        var test = result.TestCase;
        return new SpecResult(test.DisplayName, Property(test, CategoryProperty, Array.Empty<string>()),
            result.Outcome == TestOutcome.Passed, result.Outcome is TestOutcome.Failed or TestOutcome.None, test.Source, Property(test, "NUnit.ClassName", ""), Property(test, "NUnit.MethodName", ""),
            result.ErrorMessage ?? "", result.Outcome == TestOutcome.None);
    }

    private static T Property<T>(TestCase test, string id, T absent)
    {
        var property = test.Properties.FirstOrDefault(candidate => candidate.Id == id);
        return property is null ? absent : test.GetPropertyValue(property, absent)!;
    }
}
