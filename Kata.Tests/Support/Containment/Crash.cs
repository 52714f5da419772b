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
        CrashKind.StackOverflow => SpecMessages.CrashStackOverflow,
        CrashKind.Exit => Language.Format(SpecMessages.CrashExit, Detail),
        CrashKind.FailFast => SpecMessages.CrashFailFast + Environment.NewLine + Detail,
        CrashKind.UnhandledException => SpecMessages.CrashUnhandled + Environment.NewLine + Detail,
        _ => Language.Format(SpecMessages.CrashBusySpin, Math.Round(After?.TotalSeconds ?? 0)),
    };

    public string Describe(Exercise exercise) =>
        Language.Format(SpecMessages.CrashInExercise, exercise.Id, Reason) + Environment.NewLine + SpecMessages.CrashOthersStillReport;
}
