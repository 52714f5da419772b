namespace Kata.Machinery;

/// <summary>Real seconds, a real clock and a real console: what <c>dotnet run --project Kata</c> uses.</summary>
public sealed class RealWorld(TimeProvider time, TextWriter output) : World
{
    public static RealWorld Console => new(TimeProvider.System, System.Console.Out);

    public override TimeProvider Time => time;

    public override void Sleep(TimeSpan duration) => Thread.Sleep(duration);

    public override void Print(string line) => output.WriteLine(line);
}
