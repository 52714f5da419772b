using System.Xml.Linq;

namespace Kata.Classroom;

/// <summary>
/// One spec's outcome as a VSTest trx file records it. A spec that neither passed nor failed (NUnit's inconclusive, which
/// the harness gives code that waited past its real-time backstop with nothing running; not executed; timed out) is not
/// <see cref="Decided"/>: it says something about the machine, not the learner's code.
/// </summary>
public sealed record SpecOutcome(string Name, bool Passed, string Message, bool Decided = true);

/// <summary>Reads the outcomes of a <c>dotnet test --logger trx</c> run.</summary>
public static class TrxResults
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public static IReadOnlyList<SpecOutcome> Read(string trx) =>
        [.. XDocument.Parse(trx).Descendants(Trx + "UnitTestResult").Select(result => new SpecOutcome(
            (string?)result.Attribute("testName") ?? "",
            (string?)result.Attribute("outcome") == "Passed",
            result.Descendants(Trx + "Message").FirstOrDefault()?.Value.Trim() ?? "",
            (string?)result.Attribute("outcome") is "Passed" or "Failed" or "Error"))];

    /// <summary>The specs a run left undecided, to run once more (<see cref="Again"/>).</summary>
    public static IReadOnlyList<string> Undecided(IReadOnlyList<SpecOutcome> outcomes) =>
        [.. outcomes.Where(outcome => !outcome.Decided).Select(outcome => outcome.Name).Distinct()];

    /// <summary>The first run's outcomes with those of a second run of some of its specs in their place.</summary>
    public static IReadOnlyList<SpecOutcome> Again(IReadOnlyList<SpecOutcome> first, IReadOnlyList<SpecOutcome> second) =>
        [.. first.Where(outcome => second.All(again => again.Name != outcome.Name)), .. second];
}
