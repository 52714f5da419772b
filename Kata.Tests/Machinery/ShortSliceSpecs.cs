using Kata.Machinery;

namespace Kata.Tests.Machinery;

[TestFixture]
[Category("machinery")]
public sealed class ShortSliceSpecs
{
    [Test]
    public void A_thread_that_enters_a_virtual_world_asks_for_the_shortest_time_slice()
    {
        Assume.That(OperatingSystem.IsLinux() && Environment.OSVersion.Version >= new Version(6, 12), Is.True,
            "Linux keeps a thread's own time slice from 6.12 on");
        ulong? before = null, inside = null;
        var thread = new Thread(() =>
        {
            // A new thread inherits its creator's slice, which an earlier spec's world may have shortened.
            ShortSlice.ForThisThread(3_000_000);
            before = ShortSlice.SliceOfThisThread();
            using (new VirtualWorld().Enter())
            {
                inside = ShortSlice.SliceOfThisThread();
            }
        });

        thread.Start();
        thread.Join();

        Assert.That(before, Is.EqualTo(3_000_000UL), "a thread that asked for 3 ms");
        Assert.That(inside, Is.EqualTo(ShortSlice.Nanoseconds), "once in the world");
    }
}
