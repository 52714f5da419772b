using Kata.Text;

namespace Kata.Tests.Course;

[TestFixture]
[Category("machinery")]
public sealed class LocalizedSpecs
{
    [Test]
    public void A_localized_text_is_read_in_the_language_asked_for()
    {
        var title = new Localized("Sequential sum", "순차 합계");

        Assert.That(title.In("ko"), Is.EqualTo("순차 합계"));
        Assert.That(title.In("en"), Is.EqualTo("Sequential sum"));
    }

    [Test]
    public void Pinning_a_language_switches_every_message()
    {
        var before = Language.Code;
        try
        {
            Language.Use("ko");
            var korean = Messages.ThreadNothingPrinted;
            Language.Use("en");
            var english = Messages.ThreadNothingPrinted;

            Assert.That((korean, english), Is.EqualTo(("아무것도 출력되지 않았습니다.", "Nothing was printed.")));
        }
        finally
        {
            Language.Use(before);
        }
    }
}
