using TelesalesQa.Analysis.Detectors;
using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Scoring;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Analysis;

/// <summary>The result of analysing one call: its findings in turn order and its score.</summary>
public sealed record AnalysisResult(IReadOnlyList<Finding> Findings, CallScore Score);

/// <summary>
/// Runs every detector over a call, keeps what the policy enables and what clears the type's threshold,
/// stamps each finding with its clause and severity from the policy, and scores the call.
/// Thread-safe: detectors are stateless.
/// </summary>
public sealed class CallAnalyzer(IEnumerable<IDetector> detectors)
{
    private readonly IDetector[] _detectors = detectors.ToArray();

    /// <summary>The rule-layer detector set (the embedded default until trained models are installed).</summary>
    public static CallAnalyzer CreateDefault() => new(DefaultDetectors());

    public static IReadOnlyList<IDetector> DefaultDetectors() =>
    [
        PhraseDetector.ExaggeratedClaim,
        PhraseDetector.Rudeness,
        PhraseDetector.Refusal,
        IgnoredRefusalDetector.WithPhraseRules,
        new GreetingClosingDetector(),
        new CallingHoursDetector(),
        new SpeechBehaviourDetector(),
    ];

    public AnalysisResult Analyze(CallContext call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var findings = new List<Finding>();
        foreach (var detector in _detectors)
        {
            foreach (var d in detector.Detect(call))
            {
                var rule = call.Policy.RuleFor(d.Type);
                if (!rule.Enabled || d.Confidence < rule.Threshold)
                {
                    continue;
                }

                var turn = d.TurnIndex is { } i ? call.Turns[i] : null;
                findings.Add(new Finding(
                    d.Type,
                    rule.Clause,
                    rule.Severity,
                    d.TurnIndex,
                    turn?.Speaker ?? Speaker.Unknown,
                    turn?.Start ?? 0,
                    turn?.End ?? 0,
                    Math.Round(d.Confidence, 3),
                    d.Evidence,
                    detector.Name));
            }
        }

        var ordered = findings.OrderBy(f => f.TurnIndex ?? -1).ThenBy(f => f.Type, StringComparer.Ordinal).ToArray();
        return new AnalysisResult(ordered, CallScorer.Score(ordered, call.Policy));
    }
}
