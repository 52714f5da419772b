using System.Text.Json;
using CliWrap;
using CliWrap.Buffered;

namespace Kata.Watch;

/// <summary>
/// Where the first build put what the watch starts from, asked of MSBuild (<c>-getProperty</c>, <c>-getItem</c>) instead of
/// assumed: the test output the watch copies, the files MSBuild generated for <c>Kata</c>, and the assemblies <c>Kata</c>
/// compiles against. A framework bump or a package added to <c>Kata</c> changes them here as it changes the build.
/// </summary>
public sealed record BuildPaths(string TestsOutput, string LearnerGenerated, IReadOnlyList<string> LearnerReferences)
{
    /// <summary>Asks MSBuild about the kata at <paramref name="root"/>, built once already; the two questions run side by side.</summary>
    public static BuildPaths Ask(string root)
    {
        var tests = Query(root, "Kata.Tests/Kata.Tests.csproj", "-getProperty:TargetDir", "-getProperty:TargetFileName");
        var learner = Query(root, "Kata/Kata.csproj", "-t:FindReferenceAssembliesForReferences", "-p:BuildProjectReferences=false",
            "-getProperty:ProjectDir", "-getProperty:IntermediateOutputPath", "-getItem:ReferencePathWithRefAssemblies");
        var (testsAnswer, learnerAnswer) = (tests.Result, learner.Result);
        return new(
            Property(testsAnswer, "TargetDir"),
            // MSBuild writes its default obj\ with a backslash on every platform.
            Path.GetFullPath(Property(learnerAnswer, "IntermediateOutputPath").Replace('\\', Path.DirectorySeparatorChar), Property(learnerAnswer, "ProjectDir")),
            [.. learnerAnswer.RootElement.GetProperty("Items").GetProperty("ReferencePathWithRefAssemblies").EnumerateArray()
                .Select(item => item.GetProperty("FullPath").GetString()!)]);
    }

    private static string Property(JsonDocument answer, string name) =>
        answer.RootElement.GetProperty("Properties").GetProperty(name).GetString() is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"MSBuild gave no {name}.");

    private static async Task<JsonDocument> Query(string root, string project, params string[] arguments)
    {
        var answer = await Cli.Wrap("dotnet").WithArguments(["msbuild", project, "-nologo", .. arguments]).WithWorkingDirectory(root)
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
        return answer.ExitCode == 0
            ? JsonDocument.Parse(answer.StandardOutput)
            : throw new InvalidOperationException($"dotnet msbuild {project} {string.Join(' ', arguments)} failed: {answer.StandardOutput}{answer.StandardError}");
    }
}
