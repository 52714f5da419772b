namespace Kata.Tools.Tests.Course;

/// <summary>The compiler's errors as grading and the watch show them.</summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
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

        var expected = Enumerable.Range(1, 5).Select(line => $"{Path.Combine("Kata", "Exercises", "Sum.cs")}({line},5): error CS1002: ; expected")
            .Append("… and 2 more error(s), left out: fix these first.");
        Assert.That(BuildOutput.Errors(printed, root), Is.EqualTo(expected));
        Assert.That(BuildOutput.Errors(printed, root + Path.DirectorySeparatorChar), Is.EqualTo(expected), "a root given with its trailing separator");
    }

    [Test]
    public void A_build_without_compiler_errors_shows_none() =>
        Assert.That(BuildOutput.Errors("Build FAILED.\nerror MSB1009: Project file does not exist.", "/kata"), Is.Empty);

    [Test]
    public void The_commonest_errors_carry_the_katas_own_hint_once()
    {
        var errors = BuildOutput.ForLearner(
        [
            "Kata/Exercises/AsyncSum.cs(17,13): error CS4032: The 'await' operator can only be used within an async method. Consider marking this method with the 'async' modifier and changing its return type to 'Task<Task<BigInteger>>'.",
            "Kata/Exercises/AsyncSum.cs(20,13): error CS4032: The 'await' operator can only be used within an async method.",
            "Kata/Exercises/StartJoinOrder.cs(9,11): error CS0122: 'KataThread.Run()' is inaccessible due to its protection level",
            "Kata/Exercises/SequentialSum.cs(5,19): error CS0246: The type or namespace name 'BigInteger' could not be found (are you missing a using directive or an assembly reference?)",
            "Kata/Exercises/SequentialSum.cs(9,9): error CS0103: The name 'totl' does not exist in the current context",
        ]);

        Assert.That(errors.Where(line => line.StartsWith("  hint: ", StringComparison.Ordinal)).Select(line => line.Split(':')[1].Trim()), Is.EqualTo(new[]
        {
            "await works only inside a method marked async. Write the stub's signature with async added, for example `public static async Task<BigInteger> SumAsync(…)`; keep its return type (the compiler's advice to change it to Task<Task<…>> is not what the kata wants).",
            "Run() is protected",
            "the compiler does not know this name",
        }));
        Assert.That(errors, Has.Count.EqualTo(8), "five errors and three hints, the typo (CS0103) without one");
    }
}
