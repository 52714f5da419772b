using System.Runtime.ExceptionServices;
using Kata.Machinery;

namespace Kata.Tests.Support;

/// <summary>
/// Runs a learner's code in a virtual world on a thread of its own, so that code which never
/// returns fails its spec after a bounded real time instead of hanging the whole run.
/// </summary>
public static class Learner
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static T Run<T>(VirtualWorld world, Func<T> code)
    {
        T result = default!;
        ExceptionDispatchInfo? error = null;
        var worker = new Thread(() =>
        {
            using var entered = world.Enter();
            try
            {
                result = code();
            }
            catch (Exception exception)
            {
                error = ExceptionDispatchInfo.Capture(exception);
            }
        })
        {
            IsBackground = true,
        };
        worker.Start();
        if (!worker.Join(Limit))
        {
            Assert.Fail($"The code did not return within {Limit.TotalSeconds:0} s of real time, though every sleep is virtual: " +
                        "look for a loop that never ends.");
        }

        error?.Throw();
        return result;
    }

    public static void Run(VirtualWorld world, Action code) => Run(world, () =>
    {
        code();
        return true;
    });
}
