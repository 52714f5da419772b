using Kata.Text;

namespace Kata.Machinery;

/// <summary>
/// Python's <c>threading.Thread</c> for the kata (<see cref="Thread"/> is sealed): subclass it, do the
/// work in <see cref="Run"/>, call <see cref="Start"/> to run it on a thread of its own and
/// <see cref="Join()"/> to wait for its end. Python's rules hold: a thread starts once, cannot be
/// joined before it starts, and cannot join itself. An exception that escapes <see cref="Run"/>
/// ends the thread and is reported; the program goes on, as in Python.
/// </summary>
public abstract class KataThread
{
    private static readonly AsyncLocal<KataThread?> Running = new();

    private readonly World world;
    private WorldThread? thread;
    private int startCalls;

    /// <param name="name">The thread's name; Python's Thread-1, Thread-2, … when none is given.</param>
    protected KataThread(string? name = null)
    {
        world = World.Current;
        Name = string.IsNullOrEmpty(name) ? world.NextThreadName() : name;
    }

    public string Name { get; }

    /// <summary>True from <see cref="Start"/> until <see cref="Run"/> ends.</summary>
    public bool IsAlive => thread?.IsAlive ?? false;

    public void Start()
    {
        if (Interlocked.Increment(ref startCalls) > 1)
        {
            throw new InvalidOperationException(
                Language.Format(Messages.ThreadStartedTwice, Name, GetType().Name));
        }

        thread = world.CreateThread(Name, RunAsThread);
        thread.Start();
    }

    /// <summary>Waits until the thread ends.</summary>
    public void Join() => Joinable().Join();

    /// <summary>Waits at most <paramref name="timeout"/>; true if the thread ended.</summary>
    public bool Join(TimeSpan timeout) => Joinable().Join(timeout);

    /// <summary>The thread's work; <see cref="Start"/> calls it on the new thread.</summary>
    protected abstract void Run();

    private WorldThread Joinable()
    {
        if (ReferenceEquals(Running.Value, this))
        {
            throw new InvalidOperationException(
                Language.Format(Messages.ThreadJoinsItself, Name));
        }

        return thread ?? throw new InvalidOperationException(
            Language.Format(Messages.ThreadJoinedBeforeStart, Name));
    }

    private void RunAsThread()
    {
        Running.Value = this;
        try
        {
            Run();
        }
        catch (Exception exception) when (exception is not ThreadInterruptedException)
        {
            world.ReportFailure(Name, exception);
        }
    }
}
