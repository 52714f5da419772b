using System.Xml.Linq;

namespace Kata.Classroom;

/// <summary>One spec's outcome as a VSTest trx file records it.</summary>
public sealed record SpecOutcome(string Name, bool Passed, string Message);

/// <summary>Reads the outcomes of a <c>dotnet test --logger trx</c> run.</summary>
public static class TrxResults
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public static IReadOnlyList<SpecOutcome> Read(string trx) =>
        [.. XDocument.Parse(trx).Descendants(Trx + "UnitTestResult").Select(result => new SpecOutcome(
            (string?)result.Attribute("testName") ?? "",
            (string?)result.Attribute("outcome") == "Passed",
            result.Descendants(Trx + "Message").FirstOrDefault()?.Value.Trim() ?? ""))];
}
