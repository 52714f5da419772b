using Kata.Text;

namespace Kata.Machinery;

/// <summary>Real seconds, a real clock, a real console and OS threads: what <c>dotnet run --project Kata</c> uses.</summary>
internal sealed class RealWorld(TimeProvider time, TextWriter output, TextWriter errors) : World
{
    public static RealWorld Console => new(TimeProvider.System, System.Console.Out, System.Console.Error);

    public override TimeProvider Time => time;

    public override void Sleep(TimeSpan duration) => Thread.Sleep(duration);

    public override void Print(string line) => output.WriteLine(line);

    internal override WorldThread CreateThread(string name, Action body) => new OsThread(new Thread(() => body()));

    internal override WorldLock CreateLock(string name) => new OsLock();

    internal override void ReportFailure(string threadName, Exception exception) =>
        errors.WriteLine($"Exception in thread {threadName}:{Environment.NewLine}{Unwritten.Describe(exception)}");

    private sealed class OsLock : WorldLock
    {
        private readonly Lock gate = new();

        public override void Acquire() => gate.Enter();

        public override void Release() => gate.Exit();
    }

    private sealed class OsThread(Thread thread) : WorldThread
    {
        public override bool IsAlive => thread.IsAlive;

        public override void Start() => thread.Start();

        public override void Join() => thread.Join();

        public override bool Join(TimeSpan timeout) => thread.Join(timeout);
    }
}
