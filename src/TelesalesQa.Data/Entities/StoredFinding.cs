using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Data.Entities;

/// <summary>One finding of one call; a row per finding so the review queue and scorecards can filter by type and clause.</summary>
public sealed class StoredFinding
{
    public long Id { get; set; }

    public Guid CallId { get; set; }

    public required string Type { get; set; }

    public required string Clause { get; set; }

    public Severity Severity { get; set; }

    public int? TurnIndex { get; set; }

    public Speaker Speaker { get; set; }

    public double Start { get; set; }

    public double End { get; set; }

    public double Confidence { get; set; }

    public required string Evidence { get; set; }

    public required string Detector { get; set; }

    public static StoredFinding From(Guid callId, Finding f) => new()
    {
        CallId = callId,
        Type = f.Type,
        Clause = f.Clause,
        Severity = f.Severity,
        TurnIndex = f.TurnIndex,
        Speaker = f.Speaker,
        Start = f.Start,
        End = f.End,
        Confidence = f.Confidence,
        Evidence = f.Evidence,
        Detector = f.Detector,
    };

    public Finding ToFinding() => new(Type, Clause, Severity, TurnIndex, Speaker, Start, End, Confidence, Evidence, Detector);
}
