using Kata.Text;

namespace Kata.Machinery;

/// <summary>The world's transcript: every printed line, with the thread that printed it and the moment on that thread's clock.</summary>
internal sealed partial class VirtualWorld
{
    public const int MaxLines = 10_000;

    private readonly List<PrintedLine> lines = [];

    public IReadOnlyList<PrintedLine> Lines => Snapshot(lines);

    public IReadOnlyList<string> Transcript => [.. Lines.Select(line => line.Text)];

    public override void Print(string line)
    {
        var current = CurrentTimeline;
        lock (gate)
        {
            if (lines.Count == MaxLines)
            {
                throw new RunawayException(
                    Language.Format(Messages.RunawayPrinted, current.Name, MaxLines));
            }

            var printed = new PrintedLine(current.Elapsed, Foreign(current) ? UnknownThread : current.Name, line);
            lines.Add(printed);
            events.Add(printed);
        }
    }
}

/// <summary>One line printed in a <see cref="VirtualWorld"/>: when (on the printing thread's clock), by whom, what.</summary>
internal sealed record PrintedLine(TimeSpan At, string Thread, string Text) : WorldEvent(At, Thread);
