using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Policy;

namespace TelesalesQa.Core.Scoring;

/// <summary>
/// Turns findings into a score. Start at 100 and subtract a weight per finding by severity; info
/// findings (refusals) cost nothing. Any severe finding always opens a review case (clause 9.2); minor ones do when the score falls
/// below the policy threshold.
/// </summary>
public static class CallScorer
{
    public static CallScore Score(IReadOnlyCollection<Finding> findings, ConductPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(policy);

        var penalty = 0.0;
        Severity? worst = null;
        foreach (var f in findings)
        {
            penalty += f.Severity switch
            {
                Severity.Severe => policy.SevereWeight,
                Severity.Minor => policy.MinorWeight,
                _ => 0,
            };
            if (worst is null || f.Severity > worst)
            {
                worst = f.Severity;
            }
        }

        var score = Math.Clamp(100 - penalty, 0, 100);
        var needsReview = worst == Severity.Severe || (worst == Severity.Minor && score < policy.CaseScoreThreshold);
        return new CallScore(score, worst, needsReview, SuggestAction(findings));
    }

    /// <summary>Clauses 9.1 and 9.2: what a supervisor should consider doing.</summary>
    private static string? SuggestAction(IReadOnlyCollection<Finding> findings)
    {
        var severe = findings.Where(f => f.Severity == Severity.Severe).Select(f => f.Type).Distinct().ToArray();
        if (severe.Length > 0)
        {
            return $"severe ({string.Join(", ", severe)}): written warning or more under clause 9.2, depending on repeats";
        }

        var minor = findings.Where(f => f.Severity == Severity.Minor).Select(f => f.Type).Distinct().ToArray();
        return minor.Length > 0
            ? $"minor ({string.Join(", ", minor)}): verbal warning and coaching under clause 9.1"
            : null;
    }
}
