using System.Globalization;

namespace Kata.Classroom;

/// <summary>
/// Where a learner's code runs while it is graded. On Linux with user namespaces (the grader's own account, no root
/// needed), the test host, the only process that loads the learner's code, starts through <see cref="Script"/>: in user,
/// mount and PID namespaces of its own, with every file system read-only but one fresh scratch folder, its own /proc,
/// and no capabilities left. The trusted template, the built copy, the results and the gradebook cannot be written,
/// processes outside cannot be seen or signalled, and every process it starts ends with it (the namespace's first
/// process ends them all). Where namespaces are missing (macOS, Windows, or a Linux that forbids them, such as Ubuntu
/// 24.04's AppArmor default until <c>kernel.apparmor_restrict_unprivileged_userns=0</c>), the run is only a process
/// group, ended whole after the run: <see cref="Description"/> says which, and the grade reports it.
/// </summary>
public static class Sandbox
{
    /// <summary>
    /// The test host's launcher: <c>sandbox.sh SCRATCH PROGRAM ARGS…</c>. The first process of the new PID namespace is
    /// a shell that waits for the program (VSTest's test host checks that its parent lives, and the parent VSTest gave
    /// it is outside, so it is told to watch this shell instead); VSTest ends the launcher, and with it the namespace,
    /// when the run ends.
    /// </summary>
    public const string Script = """
        #!/bin/sh
        # The path mountinfo shows: a temp folder reached through a symbolic link (macOS's /tmp, some CI images) is not it.
        scratch=$(realpath "$1") || exit 97
        shift
        exec unshare --user --map-root-user --mount --pid --fork --kill-child --mount-proc /bin/sh -c '
          scratch=$1
          shift
          mount --bind "$scratch" "$scratch" || exit 97
          # Every other mount read-only (proc, sys and dev are not files of anyone), keeping the flags it has.
          awk -v scratch="$scratch" '"'"'$5 !~ /^\/(proc|sys|dev)(\/|$)/ && $5 != scratch && $6 ~ /^rw/ { sub(/^rw/, "ro", $6); print $6 " " $5 }'"'"' /proc/self/mountinfo |
            while read -r options target; do mount -o "remount,bind,$options" "$target" || exit 97; done || exit 97
          previous=
          for argument in "$@"; do
            if [ "$previous" = --parentprocessid ]; then argument=1; fi
            set -- "$@" "$argument"
            previous=$argument
            shift
          done
          TMPDIR=$scratch setpriv --bounding-set -all --inh-caps -all --no-new-privs "$@"
        ' sandbox "$scratch" "$@"

        """;

    private static readonly Lazy<string?> Missing = new(Probe);

    /// <summary>True when learner code runs in namespaces of its own on this machine.</summary>
    public static bool Contained => Missing.Value is null;

    /// <summary>What containment learner code gets on this machine, in a line for the grader's output.</summary>
    public static string Description => Missing.Value is { } why
        ? $"learner code ran in a process group of its own, ended with the run, and could write what this account can: {why}"
        : "learner code ran in namespaces of its own: file systems read-only but its scratch folder, its own processes only, all ended with the run";

    /// <summary>Writes the launcher and the run settings that make VSTest start its test host through it, into <paramref name="folder"/>; returns the settings file.</summary>
    public static string Settings(string folder)
    {
        var settings = Path.Combine(folder, "grading.runsettings");
        if (!Contained || !OperatingSystem.IsLinux())
        {
            // No progress logger while grading either way: it would load the learner's Kata.dll into the process that writes the trx.
            File.WriteAllText(settings, "<RunSettings />");
            return settings;
        }

        var scratch = Directory.CreateDirectory(Path.Combine(folder, "scratch")).FullName;
        var script = Path.Combine(folder, "sandbox.sh");
        File.WriteAllText(script, Script.Replace("\r", "", StringComparison.Ordinal));
        var host = Path.Combine(folder, "dotnet-host");
        File.WriteAllText(host, $"#!/bin/sh\nexec /bin/sh {Quoted(script)} {Quoted(scratch)} {Quoted(Dotnet)} \"$@\"\n");
        File.SetUnixFileMode(host, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        File.WriteAllText(settings, string.Create(CultureInfo.InvariantCulture,
            $"<RunSettings><RunConfiguration><DotNetHostPath>{System.Security.SecurityElement.Escape(host)}</DotNetHostPath></RunConfiguration></RunSettings>"));
        return settings;
    }

    /// <summary>The dotnet that runs this tool, which runs the test host too.</summary>
    private static string Dotnet => Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    private static string Quoted(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Null when the launcher works here (tried once, on <c>true</c>); else why not.</summary>
    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "no Linux namespaces on this system";
        }

        var folder = Directory.CreateTempSubdirectory("kata-sandbox-");
        try
        {
            var script = Path.Combine(folder.FullName, "sandbox.sh");
            File.WriteAllText(script, Script.Replace("\r", "", StringComparison.Ordinal));
            var scratch = Directory.CreateDirectory(Path.Combine(folder.FullName, "scratch")).FullName;
            // Inside, the scratch folder is writable and the launcher's own folder is not.
            var (exitCode, printed) = Workspace.Run("/bin/sh", folder.FullName, script, scratch, "/bin/sh", "-c", $"touch {Quoted(Path.Combine(scratch, "w"))} && ! touch {Quoted(script)} 2>/dev/null");
            return exitCode == 0 ? null : $"user namespaces are not available here (exit code {exitCode}{(printed.Length > 0 ? ": " + printed.Trim() : "")})";
        }
        catch (Exception failure) when (failure is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"user namespaces are not available here ({failure.Message})";
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
