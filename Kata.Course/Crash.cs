using Kata.Text;

namespace Kata;

public enum CrashKind
{
    StackOverflow,
    Exit,
    FailFast,
    UnhandledException,
    BusySpin,
}

/// <summary>How a program ended its whole process, in words for the learner.</summary>
public sealed record Crash(CrashKind Kind, TimeSpan? After, string Detail)
{
    public string Reason => Kind switch
    {
        CrashKind.StackOverflow => CourseMessages.CrashStackOverflow,
        CrashKind.Exit => Language.Format(CourseMessages.CrashExit, Detail),
        CrashKind.FailFast => CourseMessages.CrashFailFast + Environment.NewLine + Detail,
        CrashKind.UnhandledException => CourseMessages.CrashUnhandled + Environment.NewLine + Detail,
        _ => Language.Format(CourseMessages.CrashBusySpin, Math.Round(After?.TotalSeconds ?? 0)),
    };

    public string Describe(Exercise exercise) => Describe(exercise, CourseMessages.CrashOthersStillReport);

    /// <summary>The crash in <paramref name="exercise"/>, then <paramref name="after"/>: what became of the exercise's other specs.</summary>
    public string Describe(Exercise exercise, string after) =>
        Language.Format(CourseMessages.CrashInExercise, exercise.Id, Reason) + Environment.NewLine + after;

    /// <summary>How a child process that ran learner code ended its run, from its exit code and error output.</summary>
    public static Crash Classify(int exitCode, string errors)
    {
        var firstLines = string.Join(Environment.NewLine, errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(3)).TrimEnd();
        if (errors.Contains("Stack overflow", StringComparison.Ordinal))
        {
            return new Crash(CrashKind.StackOverflow, null, "");
        }

        if (errors.Contains("Unhandled exception", StringComparison.Ordinal))
        {
            return new Crash(CrashKind.UnhandledException, null, firstLines);
        }

        return errors.Contains("Process terminated", StringComparison.Ordinal)
            ? new Crash(CrashKind.FailFast, null, firstLines)
            : new Crash(CrashKind.Exit, null, exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
