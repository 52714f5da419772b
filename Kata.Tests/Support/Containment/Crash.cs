using Kata.Text;

namespace Kata.Tests.Support.Containment;

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
        CrashKind.StackOverflow => Messages.CrashStackOverflow,
        CrashKind.Exit => Language.Format(Messages.CrashExit, Detail),
        CrashKind.FailFast => Messages.CrashFailFast + Environment.NewLine + Detail,
        CrashKind.UnhandledException => Messages.CrashUnhandled + Environment.NewLine + Detail,
        _ => Language.Format(Messages.CrashBusySpin, Math.Round(After?.TotalSeconds ?? 0)),
    };

    public string Describe(Exercise exercise) =>
        Language.Format(Messages.CrashInExercise, exercise.Id, Reason) + Environment.NewLine + Messages.CrashOthersStillReport;
}
