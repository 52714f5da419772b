namespace Kata.Classroom;

/// <summary>The few git operations the gradebook needs, run with the machine's git.</summary>
public static class Git
{
    public static bool IsRemote(string source) => source.Contains("://", StringComparison.Ordinal) || source.StartsWith("git@", StringComparison.Ordinal);

    /// <summary>"alice" for ".../alice", ".../alice.git" or "https://host/org/alice.git".</summary>
    public static string Name(string source) => Path.GetFileNameWithoutExtension(source.TrimEnd('/', '\\'));

    public static string Clone(string url)
    {
        var folder = Directory.CreateTempSubdirectory("kata-learner-").FullName;
        Require(Workspace.Run("git", Path.GetTempPath(), "clone", "--quiet", "--depth", "1", url, folder), $"git clone {url}");
        return folder;
    }

    /// <summary>A clean checkout of <paramref name="commit"/> of the template (a local clone or a git URL).</summary>
    public static string Checkout(string template, string commit)
    {
        var folder = Directory.CreateTempSubdirectory("kata-template-").FullName;
        Require(Workspace.Run("git", Path.GetTempPath(), "clone", "--quiet", "--no-checkout", template, folder), $"git clone {template}");
        Require(Workspace.Run("git", folder, "checkout", "--quiet", commit), $"git checkout {commit}");
        return folder;
    }

    private static void Require(int exitCode, string what)
    {
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed with exit code {exitCode}.");
        }
    }
}
