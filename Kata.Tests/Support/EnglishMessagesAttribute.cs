using Kata.Text;
using NUnit.Framework.Interfaces;

namespace Kata.Tests.Support;

/// <summary>
/// Pins the kata's messages to English for the duration of each spec of a fixture that asserts their
/// exact words, so that the kata's own specs pass in whatever language the learner reads
/// (<see cref="Language"/>). The specs run one at a time, so the pin never leaks into another spec.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class EnglishMessagesAttribute : Attribute, ITestAction
{
    private string? before;

    public ActionTargets Targets => ActionTargets.Test;

    public void BeforeTest(ITest test)
    {
        before = Language.Code;
        Language.Use("en");
    }

    public void AfterTest(ITest test) => Language.Use(before ?? "en");
}
