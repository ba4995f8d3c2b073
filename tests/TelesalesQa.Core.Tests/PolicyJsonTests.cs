using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Policy;

namespace TelesalesQa.Core.Tests;

public sealed class PolicyJsonTests
{
    [Fact]
    public void Parse_OverlaysTheFile_OnTheDefaults()
    {
        var policy = PolicyJson.Parse("""
            { // compliance's edits
              "rules": { "rudeness": { "threshold": 0.7 }, "missing_closing": { "enabled": false, "severity": "info" } },
              "callingWindows": [ { "from": "08:30", "to": "20:00" } ],
              "caseScoreThreshold": 80
            }
            """);
        Assert.Equal(0.7, policy.RuleFor(FindingTypes.Rudeness).Threshold);
        Assert.Equal("5.1.1", policy.RuleFor(FindingTypes.Rudeness).Clause); // untouched fields keep their default
        Assert.False(policy.RuleFor(FindingTypes.MissingClosing).Enabled);
        Assert.Equal(Severity.Info, policy.RuleFor(FindingTypes.MissingClosing).Severity);
        Assert.Equal([new TimeWindow(new TimeOnly(8, 30), new TimeOnly(20, 0))], policy.CallingWindows);
        Assert.Equal(80, policy.CaseScoreThreshold);
        Assert.Equal(ConductPolicy.Default.SevereWeight, policy.SevereWeight);
    }

    [Fact]
    public void SerializeThenParse_GivesTheSamePolicy()
    {
        var again = PolicyJson.Parse(PolicyJson.Serialize(ConductPolicy.Default));
        Assert.Equal(ConductPolicy.Default.Rules.Values.OrderBy(r => r.Type), again.Rules.Values.OrderBy(r => r.Type));
        Assert.Equal(ConductPolicy.Default.CallingWindows, again.CallingWindows);
        Assert.Equal(ConductPolicy.Default.MaxAgentRmsDbfs, again.MaxAgentRmsDbfs);
    }

    [Theory]
    [InlineData("""{"rules": {"rudeness": {"severity": "terrible"}}}""", "rules.rudeness.severity must be info, minor or severe")]
    [InlineData("""{"rules": {"rudeness": {"threshold": 3}}}""", "rules.rudeness.threshold must be between 0 and 1")]
    [InlineData("""{"callingWindows": [{"from": "9am", "to": "12:00"}]}""", "callingWindows[0].from must be a time")]
    [InlineData("""{"minorWeight": "eight"}""", "minorWeight must be a number")]
    [InlineData("""[1]""", "must be a JSON object")]
    public void Parse_NamesTheWrongField(string json, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => PolicyJson.Parse(json));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
