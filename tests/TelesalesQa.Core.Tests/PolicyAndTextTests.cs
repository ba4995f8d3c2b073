using TelesalesQa.Core.Cases;
using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Policy;
using TelesalesQa.Core.Text;

namespace TelesalesQa.Core.Tests;

public sealed class PolicyAndTextTests
{
    [Theory]
    [InlineData(FindingTypes.ExaggeratedClaim, "5.2.1", Severity.Severe)]
    [InlineData(FindingTypes.Rudeness, "5.1.1", Severity.Severe)]
    [InlineData(FindingTypes.Refusal, "5.4.1", Severity.Info)]
    [InlineData(FindingTypes.IgnoredRefusal, "5.4.1", Severity.Severe)]
    [InlineData(FindingTypes.MissingGreeting, "4.2", Severity.Minor)]
    [InlineData(FindingTypes.Interruption, "5.1.3", Severity.Minor)]
    [InlineData(FindingTypes.CallingHours, "5.4.2", Severity.Severe)]
    [InlineData(FindingTypes.DoNotCall, "5.4.3", Severity.Severe)]
    public void DefaultPolicy_CitesTheClauseAndSeverity_OfTheConductCode(string type, string clause, Severity severity)
    {
        var rule = ConductPolicy.Default.RuleFor(type);
        Assert.Equal(clause, rule.Clause);
        Assert.Equal(severity, rule.Severity);
    }

    [Fact]
    public void DefaultPolicy_HasARule_ForEveryFindingType()
    {
        Assert.All(FindingTypes.All, t => Assert.True(ConductPolicy.Default.Rules.ContainsKey(t), t));
    }

    [Theory]
    [InlineData("穩賺不賠，保證收益", "稳赚不赔 保证收益")]
    [InlineData("請不要再打來了！", "请不要再打来了")]
    public void MatchText_FoldsTraditionalToSimplified_AndDropsPunctuation(string text, string expectedCore)
    {
        Assert.Equal($" {expectedCore} ", MatchText.Normalize(text));
    }

    [Fact]
    public void MatchText_LowercasesEnglish_AndPadsWords()
    {
        Assert.Equal(" it's completely risk free ", MatchText.Normalize("It's COMPLETELY risk-free!"));
    }

    [Fact]
    public void ChineseScript_LeavesSimplifiedAndLatinTextUnchanged()
    {
        const string text = "您好，我是小李 hello";
        Assert.Same(text, ChineseScript.ToSimplified(text));
    }

    [Fact]
    public void ReviewCase_RecordsEveryStep_InItsHistory()
    {
        var now = new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);
        var c = ReviewCase.File(Guid.NewGuid(), 40, Severity.Severe, "written warning", now);
        c.Assign("sup-1", "admin", now);
        c.Close("coached", "sup-1", now);
        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal(["filed", "assigned", "closed"], c.History.Select(h => h.Action));
        Assert.Throws<InvalidOperationException>(() => c.Assign("sup-2", "admin", now));
    }
}
