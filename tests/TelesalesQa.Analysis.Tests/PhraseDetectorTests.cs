using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Findings;
using static TelesalesQa.Analysis.Tests.CallBuilder;

namespace TelesalesQa.Analysis.Tests;

public sealed class PhraseDetectorTests
{
    [Theory]
    [InlineData("这个产品稳赚不赔，您放心")]
    [InlineData("我们是保本保息的，零风险")]
    [InlineData("這款基金穩賺不賠喔")]
    [InlineData("全网最低价，只剩最后三个名额了")]
    [InlineData("今天是最后一天，过了今天就没有了")]
    public void ExaggeratedClaim_FlagsGuaranteesSuperlativesAndFakeScarcity_InChinese(string text)
    {
        Assert.True(Flags(FindingTypes.ExaggeratedClaim, Language.Zh, agent: true, text));
    }

    [Theory]
    [InlineData("It's completely risk-free and we guarantee you a ten percent return.")]
    [InlineData("Honestly it's the best plan in the world, you can't lose.")]
    [InlineData("There are only two places left today.")]
    public void ExaggeratedClaim_FlagsGuaranteesSuperlativesAndFakeScarcity_InEnglish(string text)
    {
        Assert.True(Flags(FindingTypes.ExaggeratedClaim, Language.En, agent: true, text));
    }

    [Theory]
    [InlineData("去年收益大概百分之四，但过往业绩不代表未来表现")]
    [InlineData("我保证今天把资料发给您")]
    [InlineData("您最好下午再打给我们的热线")]
    [InlineData("我百分之百确认一下您的地址")]
    [InlineData("It returned about four percent last year, but past returns don't guarantee future results.")]
    [InlineData("I guarantee the email goes out today.")]
    [InlineData("What's the best time to call you back?")]
    public void ExaggeratedClaim_IgnoresHedgedFactsOwnPromisesAndInnocentSuperlatives(string text)
    {
        Assert.False(Flags(FindingTypes.ExaggeratedClaim, Language.Zh, agent: true, text));
    }

    [Fact]
    public void ExaggeratedClaim_IgnoresTheCustomer_SayingTheSameWords()
    {
        Assert.False(Flags(FindingTypes.ExaggeratedClaim, Language.Zh, agent: false, "你们不是说稳赚不赔吗"));
    }

    [Theory]
    [InlineData("你是不是听不懂人话？")]
    [InlineData("这么简单都不懂，爱买不买")]
    [InlineData("你是不是聽不懂人話")]
    [InlineData("Wow, genius, did you even finish school?")]
    [InlineData("Look, I don't have all day, this is a waste of my time.")]
    public void Rudeness_FlagsInsultsAndContempt_ByTheAgent(string text)
    {
        Assert.True(Flags(FindingTypes.Rudeness, Language.Zh, agent: true, text));
    }

    [Theory]
    [InlineData("不好意思打扰您了，我再解释一下")]
    [InlineData("I need to stop you there, sir, let me finish the terms.")]
    [InlineData("Sorry for the trouble, that's not a stupid question at all.")]
    public void Rudeness_IgnoresFirmButPoliteWording(string text)
    {
        Assert.False(Flags(FindingTypes.Rudeness, Language.Zh, agent: true, text));
    }

    [Fact]
    public void Rudeness_IgnoresTheCustomerBeingRude()
    {
        Assert.False(Flags(FindingTypes.Rudeness, Language.Zh, agent: false, "你有病吧，烦死了"));
    }

    [Theory]
    [InlineData("不需要，谢谢")]
    [InlineData("请不要再给我打电话了")]
    [InlineData("請不要再打來了")]
    [InlineData("No thanks, I'm not interested.")]
    [InlineData("Please take me off your list.")]
    public void Refusal_FlagsClearDeclines_ByTheCustomer_AsInfo(string text)
    {
        var call = Call(Language.Zh, "A: 您好", $"C: {text}", "A: 好的，打扰您了，再见");
        var refusal = Assert.Single(Findings(call, FindingTypes.Refusal));
        Assert.Equal(Severity.Info, refusal.Severity);
        Assert.Equal("5.4.1", refusal.Clause);
    }

    [Theory]
    [InlineData("不是，我不是业主本人")]
    [InlineData("让我考虑一下")]
    [InlineData("No, I don't have a pen.")]
    [InlineData("Call me next week, I'm driving.")]
    [InlineData("Can you send me the details by email?")]
    [InlineData("How much is it per month?")]
    public void Refusal_IgnoresHesitationQuestionsAndNoToASubQuestion(string text)
    {
        Assert.False(Flags(FindingTypes.Refusal, Language.Zh, agent: false, text));
    }
}
