using Kata.Machinery;
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

    [Test]
    public void A_constraints_expected_and_actual_values_are_labelled_in_the_language_of_the_run()
    {
        var before = Language.Code;
        try
        {
            var failure = Is.EqualTo(14).ApplyTo(5);
            Language.Use("ko");
            var korean = Kata.Tests.Support.Systematic.Expectation.Describe(failure, "틀렸습니다.");
            Language.Use("en");
            var english = Kata.Tests.Support.Systematic.Expectation.Describe(failure, "Wrong.");

            Assert.That(korean, Is.EqualTo("  틀렸습니다.\n  기댓값:  14\n  실제 값: 5\n"));
            Assert.That(english, Is.EqualTo("  Wrong.\n  Expected: 14\n  But was:  5\n"));
        }
        finally
        {
            Language.Use(before);
        }
    }

    [Test]
    public void A_stub_not_written_yet_reads_in_the_language_of_the_run_and_any_other_exception_as_it_is()
    {
        var before = Language.Code;
        try
        {
            var stub = new NotImplementedException("SumThread.Run is not written yet. Read docs/en/07-x.md (한국어: docs/ko/07-x.md).");
            var constructor = new NotImplementedException("SumThread's constructor is not written yet. Read docs/en/07-x.md (한국어: docs/ko/07-x.md).");
            var other = new NotImplementedException("Not written yet. Read docs/en/07-x.md.");
            Language.Use("ko");
            var korean = (Unwritten.MessageOf(stub), Unwritten.MessageOf(constructor), Unwritten.MessageOf(other), Unwritten.Localized(stub).Message);
            Language.Use("en");
            var english = (Unwritten.MessageOf(stub), Unwritten.Localized(constructor), Unwritten.MessageOf(other));

            Assert.That(korean, Is.EqualTo((
                "SumThread.Run 코드를 아직 작성하지 않았습니다. docs/ko/07-x.md 레슨을 읽으세요(English: docs/en/07-x.md).",
                "SumThread 생성자 코드를 아직 작성하지 않았습니다. docs/ko/07-x.md 레슨을 읽으세요(English: docs/en/07-x.md).",
                "Not written yet. Read docs/en/07-x.md.",
                "SumThread.Run 코드를 아직 작성하지 않았습니다. docs/ko/07-x.md 레슨을 읽으세요(English: docs/en/07-x.md).")));
            Assert.That(english, Is.EqualTo((stub.Message, constructor, other.Message)), "in English the stub's own exception, unchanged");
        }
        finally
        {
            Language.Use(before);
        }
    }

    [Test]
    public void The_real_program_reports_a_stub_thrown_on_a_thread_in_the_language_of_the_run_with_its_stack_trace()
    {
        var before = Language.Code;
        try
        {
            Language.Use("ko");
            using var errors = new StringWriter();
            var world = new RealWorld(TimeProvider.System, TextWriter.Null, errors);
            using (world.Enter())
            {
                var thread = new Stub("A");
                thread.Start();
                thread.Join();
            }

            Assert.That(errors.ToString(), Does.StartWith(
                "Exception in thread A:" + Environment.NewLine +
                "System.NotImplementedException: SumThread.Run 코드를 아직 작성하지 않았습니다. docs/ko/07-x.md 레슨을 읽으세요(English: docs/en/07-x.md)." +
                Environment.NewLine).And.Contains("Stub.Run()"), "the stub's own stack trace follows");
        }
        finally
        {
            Language.Use(before);
        }
    }

    private sealed class Stub(string name) : KataThread(name)
    {
        protected override void Run() =>
            throw new NotImplementedException("SumThread.Run is not written yet. Read docs/en/07-x.md (한국어: docs/ko/07-x.md).");
    }
}
