using TelesalesQa.Analysis.Rules;
using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Analysis.Detectors;

/// <summary>
/// Clause 5.4.1 as a dialogue rule: once the customer has refused, each later agent turn that keeps
/// pitching is an <c>ignored_refusal</c>. A polite close, or a turn that accepts the refusal, is not;
/// and a customer who invites the pitch again ("ok, tell me more") lifts the refusal.
/// </summary>
public sealed class IgnoredRefusalDetector(Func<CallContext, int, bool> isRefusal) : IDetector
{
    public string Name => "rules/ignored-refusal@1";

    /// <summary>Uses the refusal phrase rule to decide which customer turns are refusals.</summary>
    public static IgnoredRefusalDetector WithPhraseRules { get; } =
        new((call, i) => call.Turns[i].Speaker == Speaker.Customer && Lexicon.Refusal.Match(call.Keys[i]) is not null);

    public IEnumerable<Detection> Detect(CallContext call)
    {
        var refused = false;
        for (var i = 0; i < call.Turns.Count; i++)
        {
            var turn = call.Turns[i];
            var key = call.Keys[i];
            if (turn.Speaker == Speaker.Customer)
            {
                if (isRefusal(call, i))
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

            var push = Lexicon.Pushing.Match(key);
            if (push is null)
            {
                continue;
            }

            // "Understood, shall I take you off our list?" accepts the refusal even if it says "offer" somewhere.
            var accepts = Lexicon.AcceptsRefusal.Match(key) is not null;
            if (!accepts)
            {
                yield return new Detection(FindingTypes.IgnoredRefusal, i, 0.8, turn.Text);
            }
        }
    }
}
