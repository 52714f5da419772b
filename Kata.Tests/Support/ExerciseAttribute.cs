using Kata.Tests.Support.Containment;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Kata.Tests.Support;

/// <summary>
/// Marks a fixture as specs of one exercise: its NUnit category is the exercise's id in exercises.json
/// (so <c>dotnet test --filter TestCategory=NN-name</c> runs it), and <see cref="ExerciseSpecs"/>
/// reads the id from here. Fixtures run in the manifest's order, as a learner reads the progress. Where the specs run in
/// subjects (<see cref="Subjects"/>), each spec here ends with its subject's result (or, in a <see cref="Judged"/> fixture,
/// runs here on what a subject saw), and the fixtures run two at a time.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ExerciseAttribute(string id) : CategoryAttribute(id), IApplyToTest, ITestAction
{
    public ActionTargets Targets => ActionTargets.Test;

    public new void ApplyToTest(Test test)
    {
        base.ApplyToTest(test);
        var position = Manifest.Exercises.Select(exercise => exercise.Id).ToList().IndexOf(Name);
        if (position >= 0)
        {
            test.Properties.Set(PropertyNames.Order, position);
        }

        if (Subjects.Enabled)
        {
            test.Properties.Set(PropertyNames.ParallelScope, ParallelScope.Self);
        }
    }

    /// <summary>
    /// The exercise's specs run here and check what a subject saw its learner code do (<see cref="Judging.Acts"/>), instead of
    /// ending with the result a subject reported for them.
    /// </summary>
    public bool Judged { get; init; }

    public void BeforeTest(ITest test)
    {
        if (Subjects.Enabled && !Judged)
        {
            Subjects.Report(test, Name);
        }
    }

    public void AfterTest(ITest test)
    {
    }
}
