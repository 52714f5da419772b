namespace Kata.Tests.Support;

/// <summary>The checkout the tests were built from, for specs that read its files.</summary>
internal static class Repository
{
    public static DirectoryInfo Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root.FullName, relativePath);

    private static DirectoryInfo FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kata.sln")))
            {
                return directory;
            }
        }

        throw new DirectoryNotFoundException($"No Kata.sln above {AppContext.BaseDirectory}.");
    }
}
