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

    /// <summary>
    /// Every message rendered in Korean (its placeholders filled) has no English word outside code: what remains once code
    /// spans, quoted lines and the names of code (the kata's types and members, the .NET types the lessons use, and the
    /// few names listed in <see cref="NamesOfCode"/>) are taken out.
    /// </summary>
    [TestCaseSource(nameof(MessageFiles))]
    public void Every_Korean_message_is_Korean_outside_the_names_of_code(ResourceManager messages)
    {
        var names = CodeNames.Value;
        Assert.Multiple(() =>
        {
            foreach (var (key, text) in Entries(messages, Korean))
            {
                // A message with no placeholder is shown as it is (its braces are not doubled): render only the others.
                var rendered = FormatItem().IsMatch(text) ? string.Format(Korean, text, [.. Enumerable.Range(0, 10).Select(n => (object)n)]) : text;
                var english = Words(rendered).Where(word => !names.Contains(word)).ToList();
                Assert.That(english, Is.Empty, $"{key}: English outside code in \"{rendered}\"");
            }
        });
    }

    /// <summary>
    /// No Korean particle right after a placeholder or a closing quote in a Korean message: "B (35)이", "35"이 read wrong
    /// because the particle must agree with a value the sentence cannot know (이/가, 을/를, 은/는, 와/과, 으로/로 …).
    /// </summary>
    [TestCaseSource(nameof(MessageFiles))]
    public void No_Korean_message_puts_a_particle_right_after_a_placeholder_or_a_closing_quote(ResourceManager messages)
    {
        Assert.Multiple(() =>
        {
            foreach (var (key, text) in Entries(messages, Korean))
            {
                Assert.That(ParticlesAfterValues(text), Is.Empty, $"{key}: a particle follows a value in \"{text}\"");
            }
        });
    }

    [TestCase("합계가 {0}입니다.", ExpectedResult = new[] { "{0}입니다" })]
    [TestCase("\"Done!\"이 출력되지 않았습니다.", ExpectedResult = new[] { "\"이" })]
    [TestCase("'A' 쓰레드가 {0}초 동안 {1}개를 출력했습니다(값 {2}).", ExpectedResult = new string[0])]
    public string[] A_particle_after_a_value_is_found(string text) => [.. ParticlesAfterValues(text)];

    /// <summary>The particles (and the copula) whose form depends on the word before them, alone or stacked.</summary>
    private static readonly HashSet<string> Particles =
    [
        "이", "가", "을", "를", "은", "는", "와", "과", "의", "에", "에서", "에게", "으로", "로", "도", "만", "이나", "나", "라고", "이라고",
        "라는", "이라는", "란", "이란", "까지", "부터", "보다", "처럼", "입니다", "이다", "이고", "이며", "였", "였습니다", "이었습니다", "예요",
        "이에요", "에는", "에서는", "로는", "으로는", "에서도", "에도", "로도", "으로도", "까지는", "부터는", "만큼", "과는", "와는", "이지만", "인",
        "이면", "면", "이라면", "라면", "이므로", "이니", "이어서", "이어야", "여야", "입니까", "인가요", "인지", "일", "이라", "라",
    ];

    private static IEnumerable<string> ParticlesAfterValues(string text)
    {
        foreach (Match match in ValueThenHangul().Matches(text))
        {
            if (Particles.Contains(match.Groups["word"].Value))
            {
                yield return match.Value;
            }
        }

        // A quote closes where it is the second, fourth, … of its kind in the text.
        foreach (var quote in new[] { '\'', '"', '`' })
        {
            var seen = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == quote && seen++ % 2 == 1 && HangulWord().Match(text, i + 1) is { Success: true } word && word.Index == i + 1 &&
                    Particles.Contains(word.Value))
                {
                    yield return quote + word.Value;
                }
            }
        }
    }

    /// <summary>Names a Korean message may use as they are: the kata's code, the .NET code the lessons use, and these.</summary>
    private static readonly string[] NamesOfCode =
    [
        "dotnet", "run", "project", "test", "no-build", "Kata", "en", "ko", // the commands, options and settings a message quotes
        "for", "async", "await", "lock", "using", "void", "null", "static", "finally", "new", "ref", "readonly", "return", "var", "class",
        "private", "protected", "public", "try", "catch", "throw", "if", "while", "foreach", "long", "base", "this", // C#'s keywords
        "Coyote", "Ctrl-C", // a tool's name, a key
        "English", // the title's pointer to the English run: read by those who want it, so in English
        "watch", // the learner's loop, Kata.Watch
        "range", "int", "sleep", // Python's names, as the notebook writes them
        "main", "start", "finish", "total", "Done", "joined", // thread names and printed lines, as the programs print them
        "deadlock", // the term beside 교착 상태, for searching
        "yyyy-MM-dd", "HH", "mm", "ss", // a timestamp's format
    ];

    private static readonly Lazy<HashSet<string>> CodeNames = new(() =>
    {
        var types = typeof(Messages).Assembly.GetExportedTypes().Concat(typeof(Programs).Assembly.GetExportedTypes())
            .Concat([typeof(Task), typeof(Task<>), typeof(Thread), typeof(Monitor), typeof(Interlocked), typeof(Volatile), typeof(Lock), typeof(Console),
                typeof(ArgumentException), typeof(System.Numerics.BigInteger), typeof(TimeSpan), typeof(Environment), typeof(NotImplementedException)]);
        var names = new HashSet<string>(NamesOfCode, StringComparer.Ordinal);
        foreach (var type in types)
        {
            names.Add(type.Name.Split('`')[0]);
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                names.Add(member.Name);
                if (member is MethodBase method)
                {
                    names.UnionWith(method.GetParameters().Select(parameter => parameter.Name).OfType<string>());
                }
            }
        }

        return names;
    });

    /// <summary>The words of a text outside code spans, quoted lines, paths, and identifiers with a dot, an underscore, a digit or an inner capital.</summary>
    private static IEnumerable<string> Words(string text) =>
        LatinWord().Matches(CodeOrQuoted().Replace(text, " ")).Select(match => match.Value)
            .Where(word => word.Length > 1 && !CodeShaped().IsMatch(word));

    [GeneratedRegex(@"\{\d+[:}]")]
    private static partial Regex FormatItem();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}(?<word>[가-힣]+)")]
    private static partial Regex ValueThenHangul();

    [GeneratedRegex(@"[가-힣]+")]
    private static partial Regex HangulWord();

    [GeneratedRegex(@"`[^`]*`|""[^""]*""|\S*/\S*")]
    private static partial Regex CodeOrQuoted();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_\-]*(\.[A-Za-z0-9_]+)*")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[._0-9]|[a-z][A-Z]|^[A-Z]{2,}")]
    private static partial Regex CodeShaped();

    private static Dictionary<string, string> Entries(ResourceManager messages, CultureInfo culture) =>
        messages.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(match => match.Value).Distinct();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
