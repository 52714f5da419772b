using System.Diagnostics;
using System.Text;
using Kata.Machinery;
using Kata.Text;

namespace Kata.Tests.Support.Systematic;

/// <summary>
/// A failure in the learner's words: what broke (a check's sentence, an exception and where the exercise threw it, or
/// Coyote's finding), the interleaving drawn, and the line that replays it.
/// </summary>
internal sealed partial class Exploration
{
    /// <summary>The failure as a learner reads it: what broke, the interleaving, and how to replay it.</summary>
    public string Describe(string lesson, string specName)
    {
        var text = new StringBuilder();
        text.AppendLine(Failure);
        text.AppendLine(lesson);
        text.AppendLine();
        if (BrokeInAll is { } all)
        {
            // The same failure in every interleaving: the thread order is not its cause, and a picture would suggest it is.
            text.AppendLine(Language.Format(SpecMessages.ExplorationBrokeInAll, all, Seed));
            return text.ToString();
        }

        text.AppendLine(Planned == 1
            ? Language.Format(SpecMessages.ExplorationBrokeReplayed, Seed)
            : Language.Format(SpecMessages.ExplorationBroke, Explored, Planned, Seed));
        text.Append(Interleaving.Draw(Events, MarkedLine, MarkedAccess, whole: Planned == 1));
        text.AppendLine();
        text.AppendLine(SpecMessages.ExplorationReplay);
        text.AppendLine(ReplayCommand(specName));
        return text.ToString();
    }

    /// <summary>
    /// The replay line. After <c>dotnet test</c> the build is the one that failed, so <c>--no-build</c> replays it at once; the
    /// watch compiles elsewhere (its copy), so there a replay must build.
    /// </summary>
    public string ReplayCommand(string specName) =>
        $"  {Variables.Seed}={ReplaySeed} dotnet test{(Settings.Watched ? "" : " --no-build")} --filter \"Name~{specName}\"";

    /// <summary>
    /// " It was thrown in AsyncSum.SumAsync, line 17." when the exception left the exercise's own code: a task has no
    /// name a learner gave it, so the method it ran names it (a state machine's type is nested in its method's class).
    /// </summary>
    private static string ThrownIn(Exception exception)
    {
        var frame = new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(frame => frame.GetMethod()?.DeclaringType is { } type && (type.DeclaringType ?? type).Namespace == ExerciseNamespace);
        if (frame?.GetMethod() is not { DeclaringType: { } type } method)
        {
            return "";
        }

        var owner = type.DeclaringType ?? type;
        var name = type.DeclaringType is not null && type.Name.StartsWith('<') ? type.Name[1..type.Name.IndexOf('>', StringComparison.Ordinal)] : method.Name;
        var line = frame.GetFileLineNumber();
        return " " + (line > 0
            ? Language.Format(SpecMessages.ExplorationThrownAt, $"{owner.Name}.{name}", line)
            : Language.Format(SpecMessages.ExplorationThrownIn, $"{owner.Name}.{name}"));
    }

    private const string ExerciseNamespace = "Kata.Exercises";

    /// <summary>
    /// The section that discusses an exception the kata throws at a mistake: a blocking wait in async code is one of the
    /// "common mistakes" of the async lesson. Linked only where the lesson has that section.
    /// </summary>
    private static string? SectionOf(Exception failure) => failure is BlockingWaitException ? "mistakes" : null;

    private static string Explain(Exception? failure, CoyoteFinding finding, bool spun, TimeSpan hangAfter) => failure switch
    {
        Expectation expectation => expectation.Message,
        not null => Language.Format(SpecMessages.ExplorationThrew, failure.GetType().Name, Unwritten.MessageOf(failure)) + ThrownIn(failure),
        _ => finding.Explain(spun, hangAfter),
    };
}
