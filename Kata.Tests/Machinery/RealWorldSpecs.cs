using Kata.Machinery;

namespace Kata.Tests.Machinery;

[TestFixture]
[Category("machinery")]
public sealed class RealWorldSpecs
{
    [Test]
    public void Printing_writes_one_line_to_the_output()
    {
        using var output = new StringWriter();
        var world = new RealWorld(TimeProvider.System, output, TextWriter.Null);

        world.Print("[A] total = 1");

        Assert.That(output.ToString(), Is.EqualTo("[A] total = 1" + Environment.NewLine));
    }

    [Test]
    public void Time_is_the_given_provider()
    {
        var world = new RealWorld(TimeProvider.System, TextWriter.Null, TextWriter.Null);

        Assert.That(world.Time, Is.SameAs(TimeProvider.System));
    }

    [Test]
    public void Sleeping_is_a_real_thread_sleep()
    {
        var world = new RealWorld(TimeProvider.System, TextWriter.Null, TextWriter.Null);

        // Thread.Sleep's own argument check proves the call reaches it, without waiting.
        Assert.That(() => world.Sleep(TimeSpan.FromMilliseconds(-2)), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void The_console_world_writes_to_the_console()
    {
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            RealWorld.Console.Print("Done!");
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.That(output.ToString(), Is.EqualTo("Done!" + Environment.NewLine));
    }
}
