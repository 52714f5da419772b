namespace Kata.Tools.Tests.Course;

/// <summary>The line of JSON each spec's result travels in, from the watch's child to the watch.</summary>
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
}
