using Kata.Tests.Support;
using Kata.Tests.Support.Containment;
using Kata.Text;

// The kata's own specs share process-wide state on purpose (the language, the unhandled-exception handler, static
// fields of the zoo and the broken code): they carry no [Parallelizable], so they run one at a time. Only the
// exercises' fixtures run two at a time, and only where they run no learner code here but wait for their subjects.
[assembly: LevelOfParallelism(2)]

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

    /// <summary>The subjects and the crash probe's child wait for more: they end with the run.</summary>
    [OneTimeTearDown]
    public void EndTheChildren()
    {
        CrashProbe.Stop();
        Subjects.Stop();
    }
}
