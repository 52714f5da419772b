using Kata.Tests.Support.Containment;

namespace Kata.Tests.Machinery;

[TestFixture]
[Category("machinery")]
public sealed class SubjectSpecs
{
    [Test]
    public void A_subject_reports_every_spec_of_its_exercise_by_the_name_the_test_host_knows()
    {
        var exercise = Manifest.Exercises[0];

        var run = SpecRun.Start(Path.GetDirectoryName(typeof(Subjects).Assembly.Location)!, exercise.Id, Subjects.Watch, CancellationToken.None,
            flag: SpecRun.SubjectFlag);

        Assert.That(run.Crash, Is.Null);
        Assert.That(run.Results.Select(result => result.Name), Is.EquivalentTo(exercise.Specs.Keys));
    }
}
