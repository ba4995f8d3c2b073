using TelesalesQa.Analysis.Models;
using TelesalesQa.Analysis.Rules;
using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Analysis.Detectors;

/// <summary>
/// Clause 5.4.1 as a dialogue rule: once the customer has refused, each later agent turn that keeps
/// pitching is an <c>ignored_refusal</c>. A polite close, or a turn that accepts the refusal, is not;
/// and a customer who invites the pitch again ("ok, tell me more") lifts the refusal. Which turns
/// are refusals and which agent turns push is decided per turn by the <see cref="TurnJudge"/>.
/// </summary>
public sealed class IgnoredRefusalDetector(TurnJudge judge) : IDetector
{
    public string Name => $"dialogue/ignored-refusal@1 ({judge.DetectorName(TurnTask.Pushing)})";

    public IEnumerable<Detection> Detect(CallContext call)
    {
        var refused = false;
        for (var i = 0; i < call.Turns.Count; i++)
        {
            var turn = call.Turns[i];
            var key = call.Keys[i];
            if (turn.Speaker == Speaker.Customer)
            {
                if (judge.Score(TurnTask.Refusal, turn.Text, key) >= call.Policy.RuleFor(FindingTypes.Refusal).Threshold)
                {
                    refused = true;
                }
                else if (refused && Lexicon.ReEngages.Match(key) is not null)
                {
                    refused = false;
                }

                continue;
            }

            if (!refused || turn.Speaker != Speaker.Agent)
            {
                continue;
            }

            var push = judge.Score(TurnTask.Pushing, turn.Text, key);
            if (push >= TurnModelTraining.DecisionThreshold)
            {
                yield return new Detection(FindingTypes.IgnoredRefusal, i, push, turn.Text);
            }
        }
    }
}
