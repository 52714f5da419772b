using Kata.Tests.Support.Containment;

namespace Kata.Tests.Machinery;

[TestFixture]
[Category("machinery")]
public sealed class SubjectSpecs
{
    [Test]
    public void A_subject_reports_every_spec_of_each_exercise_it_is_given_by_the_name_the_test_host_knows()
    {
        var exercise = Manifest.Exercises[0];

        using var child = new SpecChild(typeof(Subjects).Assembly.Location, SpecChild.SubjectFlag);

        var first = child.Run(exercise.Id, Subjects.Watch);
        var again = child.Run(exercise.Id, Subjects.Watch);

        Assert.That((first.Crash, child.Alive), Is.EqualTo(((Crash?)null, true)), "one child serves one exercise after another");
        Assert.That(first.Results.Select(result => result.Name), Is.EquivalentTo(exercise.Specs.Keys));
        Assert.That(again.Results.Select(result => result.Name), Is.EquivalentTo(exercise.Specs.Keys));
    }

    [Test]
    public void A_cancelled_run_ends_its_child_and_reports_no_crash()
    {
        using var child = new SpecChild(typeof(Subjects).Assembly.Location, SpecChild.WatchFlag);

        var run = child.Run(Manifest.Exercises[0].Id, Subjects.Watch, new CancellationToken(canceled: true));

        Assert.That((run.Crash, run.Stalled, child.Alive), Is.EqualTo(((Crash?)null, false, false)));
    }
}
