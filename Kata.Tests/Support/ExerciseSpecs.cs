using System.Reflection;
using Kata.Tests.Support.Containment;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;
using NUnit.Framework.Constraints;

namespace Kata.Tests.Support;

/// <summary>
/// What every fixture of an exercise's specs shares: its exercise from the manifest, its lesson, and
/// the crash probe that runs before any of its specs. Derive from it and mark the class
/// <c>[Exercise("NN-name")]</c>; <c>ManifestSpecs</c> checks that every exercise fixture does both.
/// </summary>
public abstract class ExerciseSpecs
{
    protected ExerciseSpecs()
    {
        var exercise = GetType().GetCustomAttribute<ExerciseAttribute>()
            ?? throw new InvalidOperationException($"{GetType().Name} derives from {nameof(ExerciseSpecs)} but has no [Exercise] attribute.");
        Lesson = new Lesson(exercise.Name);
    }

    private protected Lesson Lesson { get; }

    protected string Id => Lesson.Exercise.Id;

    [OneTimeSetUp]
    public void The_program_does_not_crash_the_test_run()
    {
        // In a subject's test host, learner code runs in the subjects; here, the crash probe runs it first in a child.
        if (!Subjects.Enabled)
        {
            CrashProbe.Ensure(Id);
        }
    }

    /// <summary>The exercise's program in a world of its own, where learner code runs, once nothing is wrong with how it ended (<see cref="Judge.Returned"/>).</summary>
    private protected Observation RunProgram() => Judge.Returned(ProgramAct(Id));

    /// <summary>Act: exercise <paramref name="exerciseId"/>'s program (<see cref="Programs.ById"/>) in a world of its own (<see cref="Acts"/>).</summary>
    internal static Observation ProgramAct(string exerciseId) =>
        Acts.Observe(typeof(ExerciseSpecs), nameof(ProgramAct), [exerciseId], () => Learner.Observe(() =>
        {
            Programs.ById[exerciseId]();
            return true;
        }, _ => null));

    /// <summary>A failure message: what the spec expects, then where in the lesson to read about it.</summary>
    protected string Because(string message, string section) => $"{message} {Lesson.At(section)}";

    /// <summary>
    /// <c>Assert.That</c> as a learner reads it: the spec's message, then what was expected and what happened, in the
    /// language of the run, without NUnit's echo of the spec's own source line.
    /// </summary>
    protected static void Expect<T>(T actual, IResolveConstraint constraint, string because) => Expect(actual, constraint, () => because);

    protected static void Expect<T>(T actual, IResolveConstraint constraint, Func<string> because)
    {
        if (Expectation.Failure(actual, constraint, because) is { } failure)
        {
            Assert.Fail(failure);
        }
    }

    /// <summary><see cref="Expect{T}(T, IResolveConstraint, string)"/> for code expected to throw.</summary>
    protected static void Expect(Action code, IResolveConstraint constraint, string because) => Expect<Action>(code, constraint, because);
}
