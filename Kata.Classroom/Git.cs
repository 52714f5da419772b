using System.Diagnostics;

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

    public static string Clone(string url)
    {
        var folder = Directory.CreateTempSubdirectory("kata-learner-").FullName;
        Require(Workspace.Run("git", Path.GetTempPath(), "clone", "--quiet", "--depth", "1", url, folder).ExitCode, $"git clone {url}");
        return folder;
    }

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

        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("ls-files");
        start.ArgumentList.Add("-z");
        using var git = Process.Start(start) ?? throw new InvalidOperationException("Could not start git.");
        var listed = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Require(git.ExitCode, "git ls-files");
        return listed.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }

    private static void Require(int exitCode, string what)
    {
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed with exit code {exitCode}.");
        }
    }
}
