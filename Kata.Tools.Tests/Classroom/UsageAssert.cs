using Kata.Classroom;

namespace Kata.Tools.Tests.Classroom;

/// <summary>A command line the tool refuses: exit code 2, the reason and the help on the error output, nothing on the output.</summary>
internal static class UsageAssert
{
    public static void AssertUsage(string reason, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        Assert.That(Commands.Run(args, output, errors), Is.EqualTo(2));
        // System.CommandLine writes its own words in the language of the run: only the kata's are checked.
        Assert.That(errors.ToString(), Does.Contain(reason).And.Contain("--help"), "the reason, then the help");
        Assert.That(output.ToString(), Is.Empty);
    }
}
