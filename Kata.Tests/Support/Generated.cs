namespace Kata.Tests.Support;

/// <summary>
/// The parts of the docs that code writes (README's exercise table, the guide's zoo and checklist) are checked, never
/// pasted: with <c>KATA_WRITE_TABLES=1</c> the spec writes its part instead of comparing it.
/// </summary>
internal static class Generated
{
    public static void Check(GeneratedPart part, string expected, string spec)
    {
        expected = expected.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(Variables.WriteTables) == "1")
        {
            part.Write(Repository.Root.FullName, expected);
        }

        Assert.That(part.Read(Repository.Root.FullName) ?? "(no part between the markers)", Is.EqualTo(expected),
            $"{part.Path}, between {part.Start} and {part.End}, is generated: {Variables.WriteTables}=1 dotnet test --filter Name~{spec} writes it");
    }
}
