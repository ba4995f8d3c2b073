using TelesalesQa.Analysis.Rules;
using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Analysis.Detectors;

/// <summary>Clause 4.2: the agent opens with a greeting and ends with a courtesy, within the policy's window of agent turns.</summary>
public sealed class GreetingClosingDetector : IDetector
{
    public string Name => "rules/greeting-closing@1";

    public IEnumerable<Detection> Detect(CallContext call)
    {
        var agentTurns = Enumerable.Range(0, call.Turns.Count).Where(i => call.Turns[i].Speaker == Speaker.Agent).ToArray();
        if (agentTurns.Length == 0)
        {
            yield break; // Nothing to judge: a mono call without attribution, or a customer-only fragment.
        }

        var window = Math.Max(1, call.Policy.GreetingWindowTurns);
        var opening = agentTurns.Take(window).ToArray();
        if (!opening.Any(i => Lexicon.Greeting.Match(call.Keys[i]) is not null))
        {
            yield return new Detection(FindingTypes.MissingGreeting, opening[0], 0.8, call.Turns[opening[0]].Text);
        }

        var closing = agentTurns.TakeLast(window).ToArray();
        if (!closing.Any(i => Lexicon.Closing.Match(call.Keys[i]) is not null))
        {
            yield return new Detection(FindingTypes.MissingClosing, closing[^1], 0.8, call.Turns[closing[^1]].Text);
        }
    }
}
