using TelesalesQa.Analysis.Models;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Analysis.Detectors;

/// <summary>
/// A single-turn finding (exaggerated claim, rudeness, refusal): each turn of the task's speaker is
/// scored by the <see cref="TurnJudge"/> (trained model plus precise rules); turns at or above the
/// policy threshold for the type become findings, with the score as their confidence.
/// </summary>
public sealed class TurnTaskDetector(TurnTask task, TurnJudge judge) : IDetector
{
    /// <summary>Turns of unknown speaker (mono recordings) are judged too, with confidence discounted for the doubt about who spoke.</summary>
    private const double UnknownSpeakerFactor = 0.8;

    public string Name => judge.DetectorName(task);

    public IEnumerable<Detection> Detect(CallContext call)
    {
        var type = task.FindingType ?? throw new InvalidOperationException($"{task.Name} is not a finding type");
        var threshold = call.Policy.RuleFor(type).Threshold;
        for (var i = 0; i < call.Turns.Count; i++)
        {
            var turn = call.Turns[i];
            if (turn.Speaker != task.Speaker && turn.Speaker != Speaker.Unknown)
            {
                continue;
            }

            var score = judge.Score(task, turn.Text, call.Keys[i]) * (turn.Speaker == Speaker.Unknown ? UnknownSpeakerFactor : 1);
            if (score >= threshold)
            {
                yield return new Detection(type, i, score, turn.Text);
            }
        }
    }
}
