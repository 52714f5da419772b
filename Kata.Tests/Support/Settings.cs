using System.Globalization;
using Kata.Tests.Support.Containment;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Support;

/// <summary>
/// The run's settings, read from the environment once, before any learner code loads (<see cref="HostSetUp"/> and
/// <see cref="EntryPoint"/> call <see cref="Fix"/> first). Learner code that changes the environment later, from a
/// module initializer or a static constructor, changes nothing about how it is judged; and a static readonly field
/// cannot be set by reflection once its type is initialized.
/// </summary>
internal static class Settings
{
    /// <summary>The seed of the one interleaving to replay (<see cref="Variables.Seed"/>), if set.</summary>
    public static readonly uint? Seed = Number(Variables.Seed);

    /// <summary>The interleavings per exploration (<see cref="Variables.Iterations"/>), if lowered.</summary>
    public static readonly uint? Iterations = Number(Variables.Iterations);

    /// <summary>
    /// The token this process, a spec child, puts before each line it reports (<see cref="Variables.SpecToken"/>). Read before
    /// any learner code loads, and taken out of the environment then, so that learner code cannot find it there.
    /// </summary>
    public static readonly string SpecToken = TakeSpecToken();

    /// <summary>True in a process that is itself the containment (the watch's child, mutation testing): no crash probe.</summary>
    public static readonly bool Contained = Environment.GetEnvironmentVariable(Variables.Contained) == "1";

    /// <summary>
    /// True in the watch's child (<c>--specs</c>): the watch compiles the learner's code into a copy of its own, so a replay
    /// line there must build, where after <c>dotnet test</c> it need not.
    /// </summary>
    public static readonly bool Watched = Environment.GetCommandLineArgs().Contains(SpecChild.WatchFlag, StringComparer.Ordinal);

    /// <summary>Reads the settings now, if they were not read yet.</summary>
    public static void Fix()
    {
    }

    private static string TakeSpecToken()
    {
        var token = Environment.GetEnvironmentVariable(Variables.SpecToken) ?? "";
        Environment.SetEnvironmentVariable(Variables.SpecToken, null);
        return token;
    }

    private static uint? Number(string variable) =>
        uint.TryParse(Environment.GetEnvironmentVariable(variable), CultureInfo.InvariantCulture, out var value) ? value : null;
}
