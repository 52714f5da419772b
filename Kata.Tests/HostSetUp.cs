using Kata.Tests.Support.Containment;
using Kata.Text;

/// <summary>Once per test run, for every spec (a setup fixture outside any namespace).</summary>
[SetUpFixture]
public sealed class HostSetUp
{
    [OneTimeSetUp]
    public void SetUpTheHost()
    {
        Language.Apply();
        UnhandledExceptions.KeepTheHostAlive();
    }
}
