using Kata.Text;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Client;

namespace Kata.TestLogger;

/// <summary>
/// Prints the kata's progress when a <c>dotnet test</c> run completes: each exercise with its passed
/// specs, and what to do next. Turned on for every run by <c>Kata.Tests.runsettings</c>.
/// </summary>
[FriendlyName(FriendlyName)]
[ExtensionUri(ExtensionUri)]
public sealed class ProgressLogger : ITestLogger
{
    public const string FriendlyName = "kata";
    public const string ExtensionUri = "logger://kata/progress";

    private readonly List<SpecResult> results = [];

    public void Initialize(TestLoggerEvents events, string testRunDirectory)
    {
        Language.ApplyToCourse();
        events.TestResult += (_, e) =>
        {
            lock (results)
            {
                results.Add(SpecResult.From(e.Result));
            }
        };
        events.TestRunComplete += (_, e) => Complete(e.IsAborted || e.IsCanceled);
    }

    private void Complete(bool aborted)
    {
        List<SpecResult> reported;
        lock (results)
        {
            reported = [.. results];
        }

        // The manifest is copied beside the test assembly; a run of some other assembly has none.
        var source = reported.Select(result => result.Source).FirstOrDefault(path => File.Exists(Path.Join(Path.GetDirectoryName(path), Manifest.FileName)));
        if (source is null)
        {
            return;
        }

        var exercises = Manifest.Parse(File.ReadAllText(Path.Join(Path.GetDirectoryName(source), Manifest.FileName)));
        Console.WriteLine();
        Console.Write(Progress.Summarize(exercises, reported, aborted, DeclarationOrder.Of(source)).Render());
    }
}
