namespace Kata.Tools.Tests.Course;

/// <summary>The line of JSON each spec's result travels in, from a spec child (the watch's, a learner's dotnet test's) to its parent.</summary>
[TestFixture]
[Category("machinery")]
public sealed class SpecLineSpecs
{
    [Test]
    public void A_result_survives_the_trip_through_its_line()
    {
        var result = new SpecLine("Sum_returns_10", "Kata.Tests.Exercises.SequentialSumSpecs", "Sum_returns_10", SpecLine.Failed, "Expected 10\n  but was 0");

        Assert.That(SpecLine.Parse(result.ToJson()), Is.EqualTo(result));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("[A] total = 1")]
    [TestCase(SpecLine.Finished)]
    [TestCase("{ not json")]
    public void Any_other_line_holds_no_result(string? line) => Assert.That(SpecLine.Parse(line), Is.Null);

    [Test]
    public void Only_a_line_with_its_runs_token_is_read_even_when_learner_code_prints_one_shaped_like_a_result()
    {
        var forged = new SpecLine("Sum_returns_10", "Kata.Tests.Exercises.SequentialSumSpecs", "Sum_returns_10", SpecLine.Passed, "").ToJson();

        Assert.That(
            (SpecLine.Unframed("5EC2E7", forged), SpecLine.Unframed("5EC2E7", SpecLine.Framed("5EC2E8", forged)), SpecLine.Unframed("5EC2E7", SpecLine.Framed("5EC2E7", forged))),
            Is.EqualTo(((string?)null, (string?)null, forged)));
    }
}
