using System.Globalization;
using CliWrap;
using CliWrap.Buffered;

namespace Kata.Classroom;

/// <summary>The few git operations the gradebook needs, run with the machine's git.</summary>
public static class Git
{
    public static bool IsRemote(string source) => source.Contains("://", StringComparison.Ordinal) || source.StartsWith("git@", StringComparison.Ordinal);

    /// <summary>"alice" for a local ".../alice"; "org/alice" for "https://host/org/alice.git" or "git@host:org/alice.git".</summary>
    public static string Name(string source)
    {
        var parts = source.TrimEnd('/', '\\').Replace(':', '/').Replace('\\', '/').Split('/');
        var name = Path.GetFileNameWithoutExtension(parts[^1]);
        return IsRemote(source) && parts.Length > 1 ? $"{parts[^2]}/{name}" : name;
    }

    /// <summary>
    /// A checkout of the learner to grade: the pinned commit, else the last commit before <paramref name="before"/> (their
    /// deadline, late days included), else the repository as it is (a local folder without a pin or a deadline is graded
    /// where it lies, unless <paramref name="into"/> asks for a copy). Returns the folder, the commit graded and its
    /// committer time ("" and none for a folder that is not a git checkout).
    /// </summary>
    /// <param name="into">An empty folder to clone into; a fresh scratch folder when none is given.</param>
    public static (string Folder, string Commit, DateTimeOffset? Time) Fetch(LearnerRepository learner, DateTimeOffset? before, string? into = null)
    {
        if (into is null && !IsRemote(learner.Source) && learner.Commit is null && before is null)
        {
            return (learner.Source, Head(learner.Source), CommitTime(learner.Source));
        }

        var folder = into ?? Directory.CreateTempSubdirectory("kata-learner-").FullName;
        var source = IsRemote(learner.Source) ? learner.Source : Path.GetFullPath(learner.Source);
        // A pin or a deadline needs the history; otherwise the last commit is enough.
        string[] depth = learner.Commit is null && before is null ? ["--depth", "1"] : [];
        Require(Workspace.Run("git", Path.GetTempPath(), ["clone", "--quiet", .. depth, source, Path.GetFullPath(folder)]).ExitCode, $"git clone {learner.Source}");
        var commit = learner.Commit ?? (before is { } due ? LastCommitBefore(folder, due) : null);
        if (commit is not null)
        {
            Require(Workspace.Run("git", folder, "checkout", "--quiet", commit).ExitCode, $"git checkout {commit}");
        }

        return (folder, Head(folder), CommitTime(folder));
    }

    /// <summary>
    /// The last commit on HEAD committed before <paramref name="deadline"/> (by its committer date, which the learner's
    /// machine sets). None is a learner <see cref="NotGraded"/>: nothing was handed in by then.
    /// </summary>
    public static string LastCommitBefore(string repository, DateTimeOffset deadline)
    {
        var (exitCode, printed) = Workspace.Run("git", repository, "rev-list", "-1", $"--before={deadline.ToUnixTimeSeconds()}", "HEAD");
        Require(exitCode, "git rev-list");
        return printed.Trim() is { Length: > 0 } commit ? commit : throw new NotGraded(NotGraded.NothingInTime, $"No commit before {Times.Text(deadline)}.");
    }

    /// <summary>The committer time of the commit checked out in <paramref name="folder"/> (the time late days count from), or none where it is not a git checkout.</summary>
    public static DateTimeOffset? CommitTime(string folder) =>
        Path.Exists(Path.Combine(folder, ".git")) && Workspace.Run("git", folder, "log", "-1", "--format=%cI", "HEAD") is (0, var printed)
            ? DateTimeOffset.Parse(printed.Trim(), CultureInfo.InvariantCulture)
            : null;

    /// <summary>The commit checked out in <paramref name="folder"/>, or "" where it is not a git checkout.</summary>
    public static string Head(string folder) =>
        Path.Exists(Path.Combine(folder, ".git")) && Workspace.Run("git", folder, "rev-parse", "HEAD") is (0, var printed) ? printed.Trim() : "";

    /// <summary>A clean checkout of <paramref name="commit"/> of the template (a local clone or a git URL).</summary>
    public static string Checkout(string template, string commit)
    {
        var folder = Directory.CreateTempSubdirectory("kata-template-").FullName;
        // git runs in another folder: a local template's path must not be relative.
        var source = IsRemote(template) ? template : Path.GetFullPath(template);
        Require(Workspace.Run("git", Path.GetTempPath(), "clone", "--quiet", "--no-checkout", source, folder).ExitCode, $"git clone {template}");
        Require(Workspace.Run("git", folder, "checkout", "--quiet", commit).ExitCode, $"git checkout {commit}");
        return folder;
    }

    /// <summary>The files git tracks under <paramref name="root"/>, or null where it is not a git checkout.</summary>
    public static IReadOnlySet<string>? TrackedFiles(string root)
    {
        if (!Path.Exists(Path.Combine(root, ".git")))
        {
            return null;
        }

        // Not Workspace.Run, which echoes what it reads: the listing is the whole tree.
        var listed = Cli.Wrap("git").WithArguments(["ls-files", "-z"]).WithWorkingDirectory(root).WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync().GetAwaiter().GetResult();
        Require(listed.ExitCode, "git ls-files");
        return listed.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }

    private static void Require(int exitCode, string what)
    {
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed with exit code {exitCode}.");
        }
    }
}
