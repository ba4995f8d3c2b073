namespace TelesalesQa.Analysis.Detectors;

/// <summary>
/// A detector's raw result: which type, where, how sure, and why. The analyser turns it into a
/// <see cref="Core.Findings.Finding"/> with the clause and severity the policy gives that type.
/// </summary>
public sealed record Detection(string Type, int? TurnIndex, double Confidence, string Evidence);
