using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Kata.Text;

namespace Kata.Tests.Course;

[TestFixture]
[Category("machinery")]
public sealed partial class LanguageSpecs
{
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko");

    [TestCase(null, "ko-KR", "ko", TestName = "A_Korean_machine_reads_Korean")]
    [TestCase(null, "en-US", "en", TestName = "An_English_machine_reads_English")]
    [TestCase(null, "fr-FR", "en", TestName = "Any_other_machine_reads_English")]
    [TestCase("", "ko-KR", "ko", TestName = "An_empty_KATA_LANG_leaves_the_machine_to_choose")]
    [TestCase("en", "ko-KR", "en", TestName = "KATA_LANG_en_pins_English_on_a_Korean_machine")]
    [TestCase(" KO-kr ", "en-US", "ko", TestName = "KATA_LANG_ko_pins_Korean_on_an_English_machine")]
    public void The_language_follows_the_UI_culture_unless_KATA_LANG_pins_it(string? pinned, string ui, string expected)
    {
        Assert.That(Language.Choose(pinned, CultureInfo.GetCultureInfo(ui)).Name, Is.EqualTo(expected));
    }

    /// <summary>Every message file of the course, the machinery and the specs: each class generated from a .resx.</summary>
    private static IEnumerable<TestCaseData> MessageFiles() =>
        new[] { typeof(Messages), typeof(CourseMessages), typeof(LanguageSpecs) }.Select(type => type.Assembly)
            .SelectMany(assembly => assembly.GetTypes())
            .Select(type => type.GetProperty(nameof(Messages.ResourceManager), BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(null))
            .OfType<ResourceManager>()
            .Select(manager => new TestCaseData(manager).SetArgDisplayNames(manager.BaseName));

    [Test]
    public void Messages_live_in_the_course_the_machinery_the_harness_and_each_exercise()
    {
        Assert.That(MessageFiles().Count(), Is.EqualTo(3 + Manifest.Exercises.Count));
    }

    [TestCaseSource(nameof(MessageFiles))]
    public void Every_message_has_a_Korean_translation_with_the_same_placeholders(ResourceManager messages)
    {
        var english = Entries(messages, CultureInfo.InvariantCulture);
        var korean = Entries(messages, Korean);

        Assert.That(english, Is.Not.Empty);
        Assert.That(korean.Keys, Is.EquivalentTo(english.Keys), $"{messages.BaseName}: the Korean file has exactly the keys of the English one.");
        Assert.Multiple(() =>
        {
            foreach (var (key, text) in english)
            {
                Assert.That(Placeholders(korean[key]), Is.EquivalentTo(Placeholders(text)), $"{key}: the Korean text uses the same {{n}} placeholders.");
                Assert.That(korean[key], Is.Not.EqualTo(text).Or.Not.Match("[a-z]{4,} [a-z]{4,} [a-z]{4,}"), $"{key} is translated.");
            }
        });
    }

    [Test]
    public void One_failure_reads_in_both_languages()
    {
        string Ended(CultureInfo culture) =>
            string.Format(culture, SpecMessages.ResourceManager.GetString(nameof(SpecMessages.ThreadEnded), culture)!, "A", "FormatException", "bad input");

        Assert.That(Ended(CultureInfo.InvariantCulture), Is.EqualTo("Thread 'A' ended with FormatException: bad input"));
        Assert.That(Ended(Korean), Is.EqualTo("'A' 쓰레드가 FormatException 예외로 끝났습니다: bad input"));
    }

    private static Dictionary<string, string> Entries(ResourceManager messages, CultureInfo culture) =>
        messages.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(match => match.Value).Distinct();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
