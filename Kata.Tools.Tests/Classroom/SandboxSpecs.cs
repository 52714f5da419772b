using Kata.Classroom;

namespace Kata.Tools.Tests.Classroom;

/// <summary>
/// Where a learner's run goes on the grading paths: a process group ended whole with the run, and on Linux with user
/// namespaces, the <see cref="Sandbox"/> (file systems read-only but its scratch folder, its own processes, all ended with it).
/// </summary>
[TestFixture]
[Category("machinery")]
public sealed class SandboxSpecs
{
    private DirectoryInfo folder = null!;

    [SetUp]
    public void MakeTheFolder() => folder = Directory.CreateTempSubdirectory("kata-sandbox-spec-");

    [TearDown]
    public void RemoveTheFolder() => folder.Delete(recursive: true);

    [Test]
    public void A_process_a_learner_run_left_behind_ends_with_the_run()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("Process groups are ended on Linux only.");
        }

        var (_, printed) = Workspace.Run("/bin/sh", folder.FullName, group: true, "-c", "sleep 600.25 >/dev/null 2>&1 & echo $!");

        Assert.That(() => Alive("600.25"), Is.Empty.After(5000, 20), $"the process {printed.Trim()} left behind");
    }

    [Test]
    public void In_the_sandbox_only_the_scratch_folder_can_be_written_only_its_own_processes_are_seen_and_none_outlives_it()
    {
        if (!Sandbox.Contained)
        {
            Assert.Ignore(Sandbox.Description);
        }

        var template = Path.Combine(folder.FullName, "exercises.json");
        File.WriteAllText(template, "trusted");
        Sandbox.Settings(folder.FullName);
        var scratch = Path.Combine(folder.FullName, "scratch");

        var (exitCode, printed) = Workspace.Run("/bin/sh", folder.FullName, group: true, Path.Combine(folder.FullName, "sandbox.sh"), scratch, "/bin/sh", "-c",
            "echo forged > exercises.json; echo kept > scratch/note; setsid sleep 600.5 >/dev/null 2>&1 & ls /proc | grep -c '^[0-9]'");

        Assert.That((exitCode, File.ReadAllText(template), File.ReadAllText(Path.Combine(scratch, "note")).Trim()), Is.EqualTo((0, "trusted", "kept")));
        Assert.That(int.Parse(printed.Trim(), System.Globalization.CultureInfo.InvariantCulture), Is.LessThan(6), "the processes it sees: its own");
        Assert.That(Alive("600.5"), Is.Empty, "a process that left the group, ended with the namespace");
    }

    /// <summary>The processes of this machine whose command line ends with <paramref name="argument"/>.</summary>
    private static List<string> Alive(string argument) =>
        [.. Directory.EnumerateDirectories("/proc").Where(process => char.IsAsciiDigit(Path.GetFileName(process)[0]) && Running(process, argument))];

    private static bool Running(string process, string argument)
    {
        try
        {
            var line = File.ReadAllText(Path.Combine(process, "cmdline")).TrimEnd('\0');
            return line.EndsWith("\0" + argument, StringComparison.Ordinal) && !File.ReadAllText(Path.Combine(process, "stat")).Split(") ", 2)[1].StartsWith('Z');
        }
        catch (IOException)
        {
            // It ended while it was read.
            return false;
        }
    }
}
