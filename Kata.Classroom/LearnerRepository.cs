using System.Text.RegularExpressions;

namespace Kata.Classroom;

/// <summary>
/// One line of the learners file: the repository (a local clone or a git URL), optionally pinned to a commit as
/// <c>source@commit</c> (7 to 40 hex digits after the last '@', so that <c>git@host:org/x.git</c> stays a URL), then
/// named fields separated by spaces: <c>student=</c> the LMS user name, <c>section=</c>, and <c>deadline=</c> this
/// learner's own deadline (an extension). A line of the repository alone is a learner named after it.
/// </summary>
public sealed partial record LearnerRepository(string Source, string? Commit = null, string? Student = null, string Section = "", DateTimeOffset? Deadline = null)
{
    /// <summary>The fields a line may carry after the repository, each at most once.</summary>
    public static readonly IReadOnlyList<string> Fields = ["student", "section", "deadline"];

    /// <summary>The student as the gradebook names them: the LMS user name, else the repository's name.</summary>
    public string Name => Student ?? Git.Name(Source);

    public static LearnerRepository Parse(string line)
    {
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            throw new FormatException("An empty line names no learner.");
        }

        var at = words[0].LastIndexOf('@');
        var learner = at > 0 && CommitPattern().IsMatch(words[0][(at + 1)..])
            ? new LearnerRepository(words[0][..at], words[0][(at + 1)..])
            : new LearnerRepository(words[0]);
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words[1..])
        {
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? word[..equals] : "";
            var value = word[(equals + 1)..];
            if (!Fields.Contains(name))
            {
                throw new FormatException($"\"{word}\" is not a field: after the repository come {FieldList}, each as name=value without spaces.");
            }

            if (!given.Add(name) || value.Length == 0)
            {
                throw new FormatException(value.Length == 0 ? $"{name}= has no value." : $"{name}= is given twice.");
            }

            learner = name switch
            {
                "student" => learner with { Student = value },
                "section" => learner with { Section = value },
                _ => learner with { Deadline = Times.Parse(value, word) },
            };
        }

        return learner;
    }

    /// <summary>
    /// The learners a file names: blank lines and <c>#</c> comments left out; a line that does not read is named by its
    /// number, and so is a student on two lines (a gradebook row is one student's).
    /// </summary>
    public static IReadOnlyList<LearnerRepository> ParseAll(IEnumerable<string> lines)
    {
        var learners = new List<(LearnerRepository Learner, int Line)>();
        foreach (var (line, number) in lines.Select((line, index) => (line, index + 1)))
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            try
            {
                learners.Add((Parse(line), number));
            }
            catch (FormatException failure)
            {
                throw new FormatException($"line {number}: {failure.Message}", failure);
            }
        }

        if (learners.GroupBy(learner => learner.Learner.Name, StringComparer.Ordinal).FirstOrDefault(student => student.Count() > 1) is { } twice)
        {
            throw new FormatException($"student {twice.Key} is on lines {string.Join(" and ", twice.Select(learner => learner.Line))}: one line per student.");
        }

        return [.. learners.Select(learner => learner.Learner)];
    }

    /// <summary>
    /// The learners one run grades: the students named (a regrade) and those in the sections named (a TA's share); all
    /// of them when neither is given. A name or section that matches no line is an error, not an empty gradebook.
    /// </summary>
    public static IReadOnlyList<LearnerRepository> Select(IReadOnlyList<LearnerRepository> learners, IReadOnlyCollection<string> students, IReadOnlyCollection<string> sections)
    {
        var unknown = students.Where(student => !learners.Any(learner => learner.Name == student))
            .Select(student => $"no student {student}")
            .Concat(sections.Where(section => !learners.Any(learner => learner.Section == section)).Select(section => $"no section {section}"))
            .ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"The learners file has {string.Join(", ", unknown)}.");
        }

        var selected = learners.Where(learner => (students.Count == 0 || students.Contains(learner.Name)) && (sections.Count == 0 || sections.Contains(learner.Section))).ToList();
        return selected.Count > 0 || students.Count == 0 || sections.Count == 0 ? selected
            : throw new FormatException($"No student of the learners file is both among {string.Join(", ", students)} and in section {string.Join(", ", sections)}.");
    }

    /// <summary>Part <paramref name="part"/> of <paramref name="of"/> (from 0), dealt in turn: the share of one job of gradebook.yml.</summary>
    public static IReadOnlyList<LearnerRepository> Part(IReadOnlyList<LearnerRepository> learners, int part, int of) =>
        [.. learners.Where((_, index) => index % of == part)];

    /// <summary>This learner as a line of the learners file, which <see cref="Parse"/> reads back as it was.</summary>
    public string ToLine()
    {
        string[] words =
        [
            Commit is null ? Source : $"{Source}@{Commit}",
            .. Student is null ? Array.Empty<string>() : [$"student={Student}"],
            .. Section.Length == 0 ? Array.Empty<string>() : [$"section={Section}"],
            .. Deadline is { } due ? [$"deadline={Times.Text(due)}"] : Array.Empty<string>(),
        ];
        return words.Any(word => word.Length == 0 || word.Any(char.IsWhiteSpace))
            ? throw new FormatException($"{Source}: a learners line cannot hold a space or an empty repository.")
            : string.Join(' ', words);
    }

    private static string FieldList => string.Join(", ", Fields.Select(name => name + "="));

    [GeneratedRegex("^[0-9a-fA-F]{7,40}$")]
    private static partial Regex CommitPattern();
}
