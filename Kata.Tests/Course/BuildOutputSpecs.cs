namespace Kata.Tests.Course;

/// <summary>The compiler's errors as grading and the watch show them.</summary>
[TestFixture]
[Category("machinery")]
public sealed class BuildOutputSpecs
{
    [Test]
    public void The_first_five_distinct_errors_are_shown_relative_to_the_kata_without_their_project()
    {
        var root = Path.Combine(Path.GetTempPath(), "kata");
        var file = Path.Combine(root, "Kata", "Exercises", "Sum.cs");
        var printed = string.Join('\n',
        [
            "  Kata.Course -> built",
            .. Enumerable.Range(1, 7).Select(line => $"  {file}({line},5): error CS1002: ; expected [{Path.Combine(root, "Kata", "Kata.csproj")}]"),
            $"{file}(1,5): error CS1002: ; expected [{Path.Combine(root, "Kata", "Kata.csproj")}]",
            $"{file}(9,1): warning CS0162: Unreachable code detected",
        ]);

        var expected = Enumerable.Range(1, 5).Select(line => $"{Path.Combine("Kata", "Exercises", "Sum.cs")}({line},5): error CS1002: ; expected");
        Assert.That(BuildOutput.Errors(printed, root), Is.EqualTo(expected));
        Assert.That(BuildOutput.Errors(printed, root + Path.DirectorySeparatorChar), Is.EqualTo(expected), "a root given with its trailing separator");
    }

    [Test]
    public void A_build_without_compiler_errors_shows_none() =>
        Assert.That(BuildOutput.Errors("Build FAILED.\nerror MSB1009: Project file does not exist.", "/kata"), Is.Empty);
}
