namespace Kata.Tests.Machinery;

/// <summary>The failure a learner reads when the printed lines differ from the expected ones.</summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class TranscriptConstraintSpecs
{
    [Test]
    public void A_difference_shows_both_transcripts_side_by_side_with_the_first_differing_line_marked()
    {
        var result = Prints.Exactly("[A] total = 1", "[A] total = 3").ApplyTo(new[] { "[A] total = 1", "[A] total = 2", "[A] total = 4" });
        var message = new NUnit.Framework.Internal.TextMessageWriter();
        result.WriteMessageTo(message);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(message.ToString(), Is.EqualTo(string.Join(Environment.NewLine,
            "The printed lines differ from the expected ones at line 2:",
            "  expected: \"[A] total = 3\"",
            "  printed:  \"[A] total = 2\"",
            "",
            "       expected          printed",
            "     1  \"[A] total = 1\"   \"[A] total = 1\"",
            "  >  2  \"[A] total = 3\"   \"[A] total = 2\"",
            "     3  (nothing)         \"[A] total = 4\"",
            "")));
        Assert.That(Prints.Exactly("x", "y").Description, Is.EqualTo("a transcript of 2 lines"));
    }

    [Test]
    public void The_same_lines_match()
    {
        Assert.That(Prints.Exactly("a", "b").ApplyTo(new[] { "a", "b" }).IsSuccess, Is.True);
        Assert.That(Prints.Nothing.ApplyTo(Array.Empty<string>()).IsSuccess, Is.True);
    }
}
