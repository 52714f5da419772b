namespace Kata.Tests.Support;

/// <summary>Points a failing spec at the lesson section to read, in both languages.</summary>
public sealed class Lesson(string exerciseId)
{
    public Exercise Exercise { get; } = Manifest.Find(exerciseId);

    /// <summary>"Lesson: docs/en/ID.md#section (한국어: docs/ko/ID.md#section)"; the section must be listed in exercises.json.</summary>
    public string At(string section)
    {
        if (!Exercise.Sections.Contains(section))
        {
            throw new ArgumentException($"Section '{section}' is not listed for {Exercise.Id} in {Manifest.FileName}.", nameof(section));
        }

        return $"Lesson: {Exercise.Lesson("en")}#{section} (한국어: {Exercise.Lesson("ko")}#{section})";
    }
}
