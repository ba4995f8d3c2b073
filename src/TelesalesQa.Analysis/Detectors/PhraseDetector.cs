using TelesalesQa.Analysis.Rules;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Analysis.Detectors;

/// <summary>A rule-layer detector: one finding type, one speaker, one phrase rule, fixed confidence.</summary>
public sealed class PhraseDetector : IDetector
{
    private readonly string _type;
    private readonly Speaker _speaker;
    private readonly PhraseRule _rule;
    private readonly double _confidence;

    private PhraseDetector(string type, Speaker speaker, PhraseRule rule, double confidence, string name)
    {
        _type = type;
        _speaker = speaker;
        _rule = rule;
        _confidence = confidence;
        Name = name;
    }

    public string Name { get; }

    // Confidence values are the precision these phrase lists measured on the labelled calls in
    // tests/; they are not calibrated probabilities (issue 5 replaces them with calibrated models).
    public static PhraseDetector ExaggeratedClaim { get; } =
        new(Core.Findings.FindingTypes.ExaggeratedClaim, Speaker.Agent, Lexicon.ExaggeratedClaim, 0.9, "rules/exaggerated-claim@1");

    public static PhraseDetector Rudeness { get; } =
        new(Core.Findings.FindingTypes.Rudeness, Speaker.Agent, Lexicon.Rudeness, 0.85, "rules/rudeness@1");

    public static PhraseDetector Refusal { get; } =
        new(Core.Findings.FindingTypes.Refusal, Speaker.Customer, Lexicon.Refusal, 0.9, "rules/refusal@1");

    public IEnumerable<Detection> Detect(CallContext call)
    {
        for (var i = 0; i < call.Turns.Count; i++)
        {
            // Mono recordings without attribution give "unknown" turns: judge them too rather than miss the violation.
            var speaker = call.Turns[i].Speaker;
            if (speaker != _speaker && speaker != Speaker.Unknown)
            {
                continue;
            }

            var hit = _rule.Match(call.Keys[i]);
            if (hit is not null)
            {
                yield return new Detection(_type, i, speaker == Speaker.Unknown ? _confidence * 0.8 : _confidence, call.Turns[i].Text);
            }
        }
    }
}
