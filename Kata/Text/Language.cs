using System.Globalization;

namespace Kata.Text;

/// <summary>
/// The language of every learner-facing message: the machine's UI culture, as .NET apps do (ko-* is
/// Korean, anything else English), unless <c>KATA_LANG=ko</c> or <c>KATA_LANG=en</c> pins it.
/// </summary>
public static class Language
{
    public const string Variable = "KATA_LANG";

    public static CultureInfo Culture { get; private set; } = Choose(Environment.GetEnvironmentVariable(Variable), CultureInfo.CurrentUICulture);

    /// <summary>"ko" or "en": the folder of the lessons under <c>docs/</c>.</summary>
    public static string Code => Culture.TwoLetterISOLanguageName;

    public static CultureInfo Choose(string? pinned, CultureInfo ui)
    {
        var wanted = string.IsNullOrWhiteSpace(pinned) ? ui.Name : pinned.Trim();
        return CultureInfo.GetCultureInfo(wanted.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? "ko" : "en");
    }

    public static string Format(string format, params object?[] values) => string.Format(Culture, format, values);

    /// <summary>Makes every message of this process speak <see cref="Culture"/>: each entry point calls it first.</summary>
    public static void Apply() => Messages.Culture = Culture;

    /// <summary>Pins the language for the rest of the process, whatever the machine says.</summary>
    public static void Use(string language)
    {
        Culture = Choose(language, CultureInfo.InvariantCulture);
        Apply();
    }
}
