using System.Globalization;

namespace Kata.Text;

/// <summary>
/// The language of every learner-facing message: the machine's UI culture, as .NET apps do (ko-* is
/// Korean, anything else English), unless <c>KATA_LANG=ko</c> or <c>KATA_LANG=en</c> pins it. Messages
/// live in several assemblies (the course's, the machinery's, the specs'), each read in the UI culture
/// of the thread that reads it, so the language is applied as the process's UI culture.
/// </summary>
public static class Language
{
    public static CultureInfo Culture { get; private set; } = Choose(Environment.GetEnvironmentVariable(Variables.Language), CultureInfo.CurrentUICulture);

    /// <summary>"ko" or "en": the folder of the lessons under <c>docs/</c>.</summary>
    public static string Code => Culture.TwoLetterISOLanguageName;

    public static CultureInfo Choose(string? pinned, CultureInfo ui)
    {
        var wanted = string.IsNullOrWhiteSpace(pinned) ? ui.Name : pinned.Trim();
        return CultureInfo.GetCultureInfo(wanted.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? "ko" : "en");
    }

    public static string Format(string format, params object?[] values) => string.Format(Culture, format, values);

    /// <summary>Makes every message of this process speak <see cref="Culture"/>, on this thread and on threads started later: each entry point calls it first.</summary>
    public static void Apply()
    {
        ApplyToCourse();
        CultureInfo.DefaultThreadCurrentUICulture = Culture;
        CultureInfo.CurrentUICulture = Culture;
    }

    /// <summary>
    /// Makes only the course's own messages (the progress summary) speak <see cref="Culture"/>: for code that
    /// runs in another program's process, such as the logger inside VSTest, whose own output keeps its language.
    /// </summary>
    public static void ApplyToCourse() => CourseMessages.Culture = Culture;

    /// <summary>Pins the language for the rest of the process, whatever the machine says.</summary>
    public static void Use(string language)
    {
        Culture = Choose(language, CultureInfo.InvariantCulture);
        Apply();
    }
}
