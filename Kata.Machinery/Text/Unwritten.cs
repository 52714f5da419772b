using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;

namespace Kata.Text;

/// <summary>
/// A stub's "not written yet" in the language of the run. Each stub throws a NotImplementedException in English,
/// "SequentialSum.Sum is not written yet. Read docs/en/NN-name.md (한국어: docs/ko/NN-name.md).",
/// so that the stub reads the same in every edition and for every learner; where the kata shows what a learner's
/// code threw, it shows that one message in the learner's language. Any other exception is shown as it is.
/// </summary>
public static class Unwritten
{
    // No [GeneratedRegex]: Kata.Watch compiles these sources without source generators.
    private static readonly Regex StubText = new(
        @"^(?<member>\S.*?) is not written yet\. Read (?<en>docs/en/[0-9]{2}-[a-z0-9-]+\.md) \(한국어: (?<ko>docs/ko/[0-9]{2}-[a-z0-9-]+\.md)\)\.$",
        RegexOptions.CultureInvariant);

    private const string Constructor = "'s constructor";

    /// <summary>The message of <paramref name="exception"/> as a learner reads it: a stub's in the language of the run.</summary>
    public static string MessageOf(Exception exception)
    {
        if (exception is not NotImplementedException || StubText.Match(exception.Message) is not { Success: true } stub)
        {
            return exception.Message;
        }

        var member = stub.Groups["member"].Value;
        if (member.EndsWith(Constructor, StringComparison.Ordinal))
        {
            member = Language.Format(Messages.StubConstructor, member[..^Constructor.Length]);
        }

        return Language.Format(Messages.StubNotWritten, member, stub.Groups["en"].Value, stub.Groups["ko"].Value);
    }

    /// <summary>
    /// <paramref name="exception"/> as its <see cref="Exception.ToString"/> reads, with a stub's message in the language of
    /// the run: for printing, where a <see cref="Localized"/> exception, never thrown, would end its trace with the runtime's
    /// "End of stack trace from previous location".
    /// </summary>
    public static string Describe(Exception exception) =>
        MessageOf(exception) is var message && message != exception.Message
            ? $"{exception.GetType().FullName}: {message}{Environment.NewLine}{exception.StackTrace}"
            : exception.ToString();

    /// <summary>
    /// A stub's exception with its message in the language of the run and its own stack trace, where that message reads
    /// otherwise (a Korean run); <paramref name="exception"/> itself where nothing changes.
    /// </summary>
    public static Exception Localized(Exception exception)
    {
        var message = MessageOf(exception);
        if (message == exception.Message)
        {
            return exception;
        }

        var localized = new NotImplementedException(message);
        return ExceptionDispatchInfo.SetRemoteStackTrace(localized, exception.StackTrace ?? "");
    }
}
