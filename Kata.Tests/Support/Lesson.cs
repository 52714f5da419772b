using Kata.Text;

namespace Kata.Tests.Support;

/// <summary>Points a failing spec at the lesson section to read, in both languages.</summary>
public sealed class Lesson(string exerciseId)
{
    public Exercise Exercise { get; } = Manifest.Find(exerciseId);

    /// <summary>"Lesson: docs/en/ID.md#section" (or docs/ko, by <see cref="Language"/>); the section must be listed in exercises.json.</summary>
    public string At(string section)
    {
        if (!Exercise.Sections.Contains(section))
        {
            throw new ArgumentException($"Section '{section}' is not listed for {Exercise.Id} in {Manifest.FileName}.", nameof(section));
        }

        return Language.Format(SpecMessages.LessonAt, $"{Exercise.Lesson(Language.Code)}#{section}");
    }
}
