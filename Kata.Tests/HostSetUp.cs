using Kata.Tests.Support;
using Kata.Tests.Support.Containment;
using Kata.Text;

// The specs share process-wide state on purpose (the language, the unhandled-exception handler, static
// fields of the zoo and the broken code): they run one at a time, and one worker keeps it so even if a
// fixture is marked [Parallelizable] later.
[assembly: NonParallelizable]
[assembly: LevelOfParallelism(1)]

/// <summary>Once per test run, for every spec (a setup fixture outside any namespace).</summary>
[SetUpFixture]
public sealed class HostSetUp
{
    [OneTimeSetUp]
    public void SetUpTheHost()
    {
        Settings.Fix();
        Language.Apply();
        UnhandledExceptions.KeepTheHostAlive();
    }

    /// <summary>A filtered run leaves the crash probe's child probing exercises nobody asked for: it ends with the run.</summary>
    [OneTimeTearDown]
    public void EndTheCrashProbe() => CrashProbe.Stop();
}
