using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Kata.Tests.Support.Containment;

/// <summary>
/// An exception that escapes a thread nobody catches would end the test host and lose every result.
/// .NET 10 lets one handler per process keep the host alive; the exception is charged to the
/// <see cref="Learner.Run{T}"/> whose code started that thread (the thread inherits its context).
/// </summary>
internal static class UnhandledExceptions
{
    private static readonly AsyncLocal<StrongBox<Exception?>> Current = new();

    private static readonly Lazy<bool> Kept = new(() =>
    {
        ExceptionHandling.SetUnhandledExceptionHandler(exception =>
        {
            if (Current.Value is { } box)
            {
                box.Value ??= exception;
            }

            return true;
        });
        return true;
    });

    /// <summary>
    /// Sets the process's one handler, the first time it is asked: the test host's setup (<see cref="HostSetUp"/>), and a
    /// subject before its first act or exploration.
    /// </summary>
    public static void KeepTheHostAlive() => _ = Kept.Value;

    /// <summary>Collects what escapes the threads that code on the calling thread starts from here on.</summary>
    public static StrongBox<Exception?> Collect() => Current.Value = new StrongBox<Exception?>();
}
