using System.Text;
using Kata.Tests.Support.Judging;
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

    /// <summary>" It was thrown in AsyncSum.SumAsync, line 17." when the exception left the exercise's own code.</summary>
    private static string ThrownIn(Thrown thrown) => thrown.In is not { } method ? ""
        : " " + (thrown.Line > 0
            ? Language.Format(SpecMessages.ExplorationThrownAt, method, thrown.Line)
            : Language.Format(SpecMessages.ExplorationThrownIn, method));

    /// <summary>What a program threw, in the learner's words: the exception and where the exercise threw it (NUnit's own result exceptions named as such).</summary>
    private static string Explain(Thrown thrown) =>
        (thrown.Is<ResultStateException>()
            ? Language.Format(SpecMessages.LearnerThrewResult, thrown.Name)
            : Language.Format(SpecMessages.ExplorationThrew, thrown.Name, thrown.LearnerMessage)) + ThrownIn(thrown);

    /// <summary>What broke a check: its own sentence, or an exception the check did not expect.</summary>
    private static string Explain(Exception failure) =>
        failure is Expectation expectation ? expectation.Message : Explain(Thrown.Of(failure));
}
