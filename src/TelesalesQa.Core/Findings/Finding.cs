using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Core.Findings;

/// <summary>
/// Something a detector found in a call, citing the conduct-code clause it concerns.
/// <paramref name="TurnIndex"/> is null for call-level findings (e.g. calling hours).
/// </summary>
public sealed record Finding(
    string Type,
    string Clause,
    Severity Severity,
    int? TurnIndex,
    Speaker Speaker,
    double Start,
    double End,
    double Confidence,
    string Evidence,
    string Detector);
