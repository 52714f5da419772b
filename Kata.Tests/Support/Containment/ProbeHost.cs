using System.Reflection;
using Kata.Machinery;
using Kata.Tests.Mistakes;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Support.Containment;

/// <summary>The child side of <see cref="CrashProbe"/>: a spec child asked <c>probe &lt;subject&gt;</c> runs that subject here.</summary>
internal static class ProbeHost
{
    /// <summary>What starts a probe's request line: an exercise id never does.</summary>
    public const string Asked = "probe ";

    /// <summary>The child's answer once the subject has run without crashing its process.</summary>
    public const string Answered = "probed";

    /// <summary>Runs <paramref name="subject"/> (an exercise's program and specs, or a broken program) and swallows what it throws.</summary>
    public static void RunOne(string subject)
    {
        var calls = Programs.ById.TryGetValue(subject, out var program) ? SpecCalls(subject).Prepend(program) : [BrokenCode.ById[subject]];
        foreach (var call in calls)
        {
            using (new VirtualWorld().Enter())
            {
                try
                {
                    call();
                }
                catch (Exception)
                {
                    // A failed spec or an exception is no crash: the specs report it in-process, with more to say.
                }
            }
        }
    }

    /// <summary>
    /// Every spec of the exercise, with each test case's arguments, so that a crash only some input causes
    /// (a recursion without a base case for an empty range, an exit on a missing name) is caught here too.
    /// <see cref="CrashProbe"/> sets <see cref="Variables.Seed"/>, so each exploration runs one interleaving.
    /// </summary>
    public static IEnumerable<Action> SpecCalls(string exerciseId) =>
        typeof(ProbeHost).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<ExerciseAttribute>()?.Name == exerciseId)
            .SelectMany(fixture =>
            {
                var specs = Activator.CreateInstance(fixture)!;
                return fixture.GetMethods().SelectMany(method =>
                    method.GetCustomAttributes<TestAttribute>().Select(_ => (object?[]?)null)
                        .Concat(method.GetCustomAttributes<TestCaseAttribute>().Select(testCase => testCase.Arguments))
                        .Select(arguments => (Action)(() => method.Invoke(specs, arguments))));
            });
}
