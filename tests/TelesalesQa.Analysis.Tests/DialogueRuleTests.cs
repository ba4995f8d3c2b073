using System.Globalization;
using TelesalesQa.Analysis.Detectors;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Policy;
using TelesalesQa.Core.Transcripts;
using static TelesalesQa.Analysis.Tests.CallBuilder;

namespace TelesalesQa.Analysis.Tests;

public sealed class DialogueRuleTests
{
    [Fact]
    public void IgnoredRefusal_FlagsEachAgentTurnThatKeepsPushing_AfterARefusal()
    {
        var call = Call(Language.Zh,
            "A: 您好，我是华信理财的小李",
            "C: 我不需要，请不要再打给我了",
            "A: 您再考虑一下嘛，真的很划算",
            "C: 我说了不需要",
            "A: 就耽误您一分钟，很多客户一开始也说不需要",
            "C: 再见");
        var flagged = Findings(call, FindingTypes.IgnoredRefusal).Select(f => f.TurnIndex).ToArray();
        Assert.Equal([2, 4], flagged);
        Assert.All(Findings(call, FindingTypes.IgnoredRefusal), f => Assert.Equal(Severity.Severe, f.Severity));
    }

    [Fact]
    public void IgnoredRefusal_IsNotFlagged_WhenTheAgentClosesPolitely()
    {
        var call = Call(Language.Zh,
            "A: 您好，我是华信理财的小李，想跟您介绍一款理财产品",
            "C: 不需要，谢谢",
            "A: 好的，那我以后不再联系您，可以吗？",
            "C: 可以",
            "A: 好的，打扰您了，祝您生活愉快");
        Assert.Empty(Findings(call, FindingTypes.IgnoredRefusal));
    }

    [Fact]
    public void IgnoredRefusal_IsNotFlagged_BeforeAnyRefusal()
    {
        var call = Call(Language.En,
            "A: Hello, this is Anna from BrightNet, we have a special offer for you",
            "C: What kind of offer?",
            "A: Just hear me out, it's a great deal on fibre",
            "C: Okay, thanks, bye");
        Assert.Empty(Findings(call, FindingTypes.IgnoredRefusal));
    }

    [Fact]
    public void IgnoredRefusal_IsLifted_WhenTheCustomerInvitesThePitchAgain()
    {
        var call = Call(Language.En,
            "A: Hello, this is Anna from BrightNet",
            "C: No thanks, I'm not interested",
            "A: Understood. Just so you know, the offer is half price",
            "C: Half price? Okay, tell me more",
            "A: Sure, the deal includes free installation",
            "C: Thanks, bye");
        Assert.Equal([2], Findings(call, FindingTypes.IgnoredRefusal).Select(f => f.TurnIndex));
    }

    [Fact]
    public void GreetingAndClosing_AreMissing_WhenTheAgentNeitherGreetsNorThanks()
    {
        var call = Call(Language.Zh, "A: 我们有个新产品要介绍", "C: 什么产品", "A: 一款理财产品，收益不错", "C: 哦");
        Assert.Single(Findings(call, FindingTypes.MissingGreeting));
        Assert.Single(Findings(call, FindingTypes.MissingClosing));
    }

    [Fact]
    public void GreetingAndClosing_ArePresent_InAPoliteCall()
    {
        var call = Call(Language.En, "A: Good morning, this is Tom from Acme Insurance", "C: Hi", "A: Thank you for your time, have a nice day", "C: Bye");
        Assert.Empty(Findings(call, FindingTypes.MissingGreeting));
        Assert.Empty(Findings(call, FindingTypes.MissingClosing));
    }

    [Theory]
    [InlineData("2026-11-20T07:30:00+08:00", true)]
    [InlineData("2026-11-20T12:30:00+08:00", true)]
    [InlineData("2026-11-20T22:00:00+08:00", true)]
    [InlineData("2026-11-20T10:15:00+08:00", false)]
    [InlineData("2026-11-20T02:15:00+00:00", true)] // the same instant as 10:15+08:00, but 2 a.m. where this customer is
    public void CallingHours_UsesTheCallsOwnLocalTime(string startedAt, bool flagged)
    {
        var call = Call(Language.Zh, DateTimeOffset.Parse(startedAt, CultureInfo.InvariantCulture), "A: 您好", "C: 你好", "A: 谢谢，再见");
        Assert.Equal(flagged, Findings(call, FindingTypes.CallingHours).Count == 1);
    }

    [Fact]
    public void SpeechBehaviour_TurnsMeasuredTalkOverIntoInterruptions_OnTheAgentTurn()
    {
        var turns = new[]
        {
            new Turn(Speaker.Agent, 0, 3, "Hello, this is Tom"),
            new Turn(Speaker.Customer, 3.5, 8, "Well I was thinking that maybe"),
            new Turn(Speaker.Agent, 6.5, 10, "Yes yes but listen"),
        };
        var acoustics = new AcousticFacts([new TimeRange(6.5, 8)], [new TimeRange(10, 20)]);
        var result = CallAnalyzer.CreateDefault().Analyze(new CallContext(new Transcript(turns), Language.En, null, ConductPolicy.Default, acoustics));
        var interruption = Assert.Single(result.Findings, f => f.Type == FindingTypes.Interruption);
        Assert.Equal(2, interruption.TurnIndex);
        Assert.Equal("5.1.3", interruption.Clause);
        Assert.Single(result.Findings, f => f.Type == FindingTypes.LongSilence);
    }

    [Fact]
    public void SpeechBehaviour_FlagsFastSpeech_AboveThePolicyRate()
    {
        // 40 words in 8 s = 300 words/min, over the 220 limit; the same words in 20 s (120/min) are fine.
        var words = string.Join(' ', Enumerable.Repeat("word", 40));
        Transcript T(double seconds) => new([new Turn(Speaker.Agent, 0, seconds, words)]);
        var fast = CallAnalyzer.CreateDefault().Analyze(new CallContext(T(8), Language.En, null, ConductPolicy.Default));
        var calm = CallAnalyzer.CreateDefault().Analyze(new CallContext(T(20), Language.En, null, ConductPolicy.Default));
        Assert.Contains(fast.Findings, f => f.Type == FindingTypes.FastSpeech);
        Assert.DoesNotContain(calm.Findings, f => f.Type == FindingTypes.FastSpeech);
    }

    [Fact]
    public void Analyzer_DropsFindingsBelowThePolicyThreshold_AndDisabledTypes()
    {
        var turns = new Transcript([new Turn(Speaker.Agent, 0, 2, "您好"), new Turn(Speaker.Agent, 2, 4, "这都不懂，你烦不烦")]);
        var withDefaults = CallAnalyzer.CreateDefault().Analyze(new CallContext(turns, Language.Zh, null, ConductPolicy.Default));
        var rude = Assert.Single(withDefaults.Findings, f => f.Type == FindingTypes.Rudeness);
        Assert.Contains(withDefaults.Findings, f => f.Type == FindingTypes.MissingClosing);

        var rules = ConductPolicy.DefaultRules();
        rules[FindingTypes.Rudeness] = rules[FindingTypes.Rudeness] with { Threshold = rude.Confidence + 0.001 };
        rules[FindingTypes.MissingClosing] = rules[FindingTypes.MissingClosing] with { Enabled = false };
        var policy = ConductPolicy.Default with { Rules = rules };
        var result = CallAnalyzer.CreateDefault().Analyze(new CallContext(turns, Language.Zh, null, policy));
        Assert.DoesNotContain(result.Findings, f => f.Type == FindingTypes.Rudeness);
        Assert.DoesNotContain(result.Findings, f => f.Type == FindingTypes.MissingClosing);
    }

    [Fact]
    public void SpeechBehaviour_FlagsLoudAgentTurns_FromTheMeasuredEnergy()
    {
        // Agent energy: −30 dBFS for 0–3 s, −6 dBFS (shouting) for 3–6 s, in 100 ms frames.
        var frames = Enumerable.Range(0, 60).Select(f => f < 30 ? Math.Pow(10, -3.0) : Math.Pow(10, -0.6)).ToArray();
        var acoustics = new AcousticFacts([], []) { Energy = new Dictionary<Speaker, SpeakerEnergy> { [Speaker.Agent] = new(0.1, frames) } };
        var turns = new Transcript([new Turn(Speaker.Agent, 0, 2.9, "您好，我是小李"), new Turn(Speaker.Agent, 3.0, 6.0, "你听我说完")]);
        var result = CallAnalyzer.CreateDefault().Analyze(new CallContext(turns, Language.Zh, null, ConductPolicy.Default, acoustics));
        var loud = Assert.Single(result.Findings, f => f.Type == FindingTypes.LoudSpeech);
        Assert.Equal(1, loud.TurnIndex);
        Assert.Equal("5.1.2", loud.Clause);
        Assert.Contains("-6.0 dBFS", loud.Evidence, StringComparison.Ordinal);
    }
}
