using Kata.Text;

namespace Kata.Tests.Support;

/// <summary>Points a failing spec at the lesson section to read, in both languages.</summary>
internal sealed class Lesson(string exerciseId)
{
    public Exercise Exercise { get; } = Manifest.Find(exerciseId);

    /// <summary>"Lesson: docs/en/ID.md#section" (or docs/ko, by <see cref="Language"/>); the section must be listed in exercises.json.</summary>
    public LessonLink At(string section)
    {
        if (!Exercise.Sections.Contains(section))
        {
            throw new ArgumentException($"Section '{section}' is not listed for {Exercise.Id} in {Manifest.FileName}.", nameof(section));
        }

        return new LessonLink(Exercise, section);
    }
}

/// <summary>
/// A spec's link to its lesson section. A failure that knows its own section better (a deadlock, a lock of each step's own)
/// takes that one instead, when the exercise's lesson has it (<see cref="Or"/>).
/// </summary>
/// <param name="Exercise">The exercise whose lesson it is; null for a link given as text, which keeps its section.</param>
/// <param name="Section">The section, or the whole line when <paramref name="Exercise"/> is null.</param>
internal sealed record LessonLink(Exercise? Exercise, string Section)
{
    /// <summary>This link at <paramref name="section"/> when the exercise's lesson has that section; otherwise this link.</summary>
    public LessonLink Or(string? section) =>
        Exercise is { } exercise && section is not null && exercise.Sections.Contains(section) ? this with { Section = section } : this;

    public override string ToString() =>
        Exercise is { } exercise ? Language.Format(SpecMessages.LessonAt, $"{exercise.Lesson(Language.Code)}#{Section}") : Section;

    public static implicit operator string(LessonLink link) => link.ToString();
}
