using Kata.Machinery;

namespace Kata.Tests.Support;

/// <summary>A kata thread that runs the work it is given: the specs' way to start code on a thread of the world.</summary>
internal sealed class Worker(string name, Action work) : KataThread(name)
{
    protected override void Run() => work();
}
