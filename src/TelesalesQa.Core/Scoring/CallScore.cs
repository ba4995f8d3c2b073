using TelesalesQa.Core.Findings;

namespace TelesalesQa.Core.Scoring;

/// <summary>A call's quality score (0–100), its worst severity, and whether it needs a review case.</summary>
public sealed record CallScore(double Score, Severity? WorstSeverity, bool NeedsReview, string? SuggestedAction)
{
    public string SeverityWire => WorstSeverity?.ToWire() ?? "none";
}
