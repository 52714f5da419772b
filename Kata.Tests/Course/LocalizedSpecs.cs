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
    public void Specs_and_the_threads_they_start_read_messages_in_the_language_of_the_run()
    {
        var onThread = "";
        var thread = new Thread(() => onThread = System.Globalization.CultureInfo.CurrentUICulture.Name);
        thread.Start();
        thread.Join();

        Assert.That((System.Globalization.CultureInfo.CurrentUICulture.Name, onThread), Is.EqualTo((Language.Culture.Name, Language.Culture.Name)));
    }

    [Test]
    public void Pinning_a_language_switches_every_message()
    {
        var before = Language.Code;
        try
        {
            Language.Use("ko");
            var korean = Messages.RunawaySlept;
            Language.Use("en");
            var english = Messages.RunawaySlept;

            Assert.That(korean, Does.StartWith("'{0}' 쓰레드가 가상 시간으로"));
            Assert.That(english, Does.StartWith("Thread '{0}' slept past"));
        }
        finally
        {
            Language.Use(before);
        }
    }
}
