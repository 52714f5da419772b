using Kata.Tests.Support.Containment;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Kata.Tests.Support;

/// <summary>
/// Marks a fixture as specs of one exercise: its NUnit category is the exercise's id in exercises.json
/// (so <c>dotnet test --filter TestCategory=NN-name</c> runs it), and <see cref="ExerciseSpecs"/>
/// reads the id from here. Fixtures run in the manifest's order, as a learner reads the progress. Where learner code runs
/// in subjects (<see cref="Subjects"/>), the fixtures run two at a time: their specs mostly wait for a subject's answer.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ExerciseAttribute(string id) : CategoryAttribute(id), IApplyToTest
{
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
}
