using TelesalesQa.Analysis.Detectors;
using TelesalesQa.Analysis.Models;
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

    /// <summary>The product's detector set with the trained models shipped beside the program (rules alone for any model that is missing).</summary>
    public static CallAnalyzer CreateDefault() => new(DefaultDetectors(new TurnJudge(TurnModels.Shipped)));

    /// <summary>The rule layer alone: the floor the models are measured against.</summary>
    public static CallAnalyzer CreateRulesOnly() => new(DefaultDetectors(TurnJudge.RulesOnly));

    public static IReadOnlyList<IDetector> DefaultDetectors(TurnJudge judge) =>
    [
        new TurnTaskDetector(TurnTask.ExaggeratedClaim, judge),
        new TurnTaskDetector(TurnTask.Rudeness, judge),
        new TurnTaskDetector(TurnTask.Refusal, judge),
        new IgnoredRefusalDetector(judge),
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
