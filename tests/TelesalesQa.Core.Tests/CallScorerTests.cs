using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Policy;
using TelesalesQa.Core.Scoring;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Core.Tests;

public sealed class CallScorerTests
{
    private static Finding F(string type, Severity severity) => new(type, "x", severity, 0, Speaker.Agent, 0, 1, 0.9, "e", "test");

    [Fact]
    public void Score_Is100WithoutReview_WhenThereAreNoFindings()
    {
        var s = CallScorer.Score([], ConductPolicy.Default);
        Assert.Equal(100, s.Score);
        Assert.Null(s.WorstSeverity);
        Assert.False(s.NeedsReview);
        Assert.Equal("none", s.SeverityWire);
    }

    [Fact]
    public void Score_AlwaysNeedsReview_WhenAnyFindingIsSevere()
    {
        var s = CallScorer.Score([F(FindingTypes.Rudeness, Severity.Severe)], ConductPolicy.Default);
        Assert.Equal(70, s.Score);
        Assert.Equal(Severity.Severe, s.WorstSeverity);
        Assert.True(s.NeedsReview);
        Assert.Contains("9.2", s.SuggestedAction, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NeedsReviewForMinorFindings_OnlyBelowTheThreshold()
    {
        var one = CallScorer.Score([F(FindingTypes.MissingClosing, Severity.Minor)], ConductPolicy.Default);
        Assert.Equal(92, one.Score);
        Assert.False(one.NeedsReview);
        Assert.Contains("9.1", one.SuggestedAction, StringComparison.Ordinal);

        var two = CallScorer.Score([F(FindingTypes.MissingClosing, Severity.Minor), F(FindingTypes.MissingGreeting, Severity.Minor)], ConductPolicy.Default);
        Assert.Equal(84, two.Score);
        Assert.True(two.NeedsReview);
    }

    [Fact]
    public void Score_CostsNothing_ForInfoFindings()
    {
        var s = CallScorer.Score([F(FindingTypes.Refusal, Severity.Info)], ConductPolicy.Default);
        Assert.Equal(100, s.Score);
        Assert.Equal(Severity.Info, s.WorstSeverity);
        Assert.False(s.NeedsReview);
    }

    [Fact]
    public void Score_FloorsAtZero()
    {
        var many = Enumerable.Repeat(F(FindingTypes.Rudeness, Severity.Severe), 10).ToArray();
        Assert.Equal(0, CallScorer.Score(many, ConductPolicy.Default).Score);
    }
}
