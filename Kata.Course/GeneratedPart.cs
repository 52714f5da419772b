namespace Kata;

/// <summary>A part of a text file that code writes, between two marker lines: generated, never pasted.</summary>
public sealed record GeneratedPart(string Path, string Start, string End)
{
    /// <summary>The part as the file has it, or null when its markers are missing.</summary>
    public string? Read(string root)
    {
        var text = File.ReadAllText(System.IO.Path.Combine(root, Path)).ReplaceLineEndings("\n");
        var (start, end) = (text.IndexOf(Start, StringComparison.Ordinal), text.IndexOf(End, StringComparison.Ordinal));
        return start >= 0 && end > start ? text[(start + Start.Length)..end].Trim('\n') : null;
    }

    /// <summary>Writes <paramref name="content"/> between the markers, in place of what was there.</summary>
    public void Write(string root, string content)
    {
        var path = System.IO.Path.Combine(root, Path);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var (start, end) = (text.IndexOf(Start, StringComparison.Ordinal), text.IndexOf(End, StringComparison.Ordinal));
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"{Path} lacks the lines {Start} and {End} around its generated part.");
        }

        File.WriteAllText(path, text[..(start + Start.Length)] + "\n" + content.ReplaceLineEndings("\n") + "\n" + text[end..]);
    }
}
