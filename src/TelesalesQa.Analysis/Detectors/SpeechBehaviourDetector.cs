using System.Globalization;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Analysis.Detectors;

/// <summary>
/// How the agent speaks (5.1.2, 5.1.3): talk-over measured in the audio becomes <c>interruption</c>,
/// dead air <c>long_silence</c>, and an agent turn spoken faster than the policy allows
/// (characters per minute in Chinese, words per minute in English) <c>fast_speech</c>, and an agent
/// turn louder than the policy's RMS level <c>loud_speech</c>.
/// </summary>
public sealed class SpeechBehaviourDetector : IDetector
{
    /// <summary>Turns shorter than this give rates too noisy to judge.</summary>
    private const double MinTurnSeconds = 3.0;

    public string Name => "acoustic/speech-behaviour@1";

    public IEnumerable<Detection> Detect(CallContext call)
    {
        foreach (var overlap in call.Acoustics.Interruptions)
        {
            var turn = AgentTurnAt(call, overlap.Start);
            yield return new Detection(
                FindingTypes.Interruption,
                turn,
                0.9,
                string.Create(CultureInfo.InvariantCulture, $"agent talked over the customer for {overlap.Duration:0.0} s at {overlap.Start:0.0} s"));
        }

        foreach (var silence in call.Acoustics.Silences)
        {
            yield return new Detection(
                FindingTypes.LongSilence,
                null,
                0.95,
                string.Create(CultureInfo.InvariantCulture, $"{silence.Duration:0.0} s of silence from {silence.Start:0.0} s"));
        }

        for (var i = 0; i < call.Turns.Count; i++)
        {
            var t = call.Turns[i];
            if (t.Speaker != Speaker.Agent)
            {
                continue;
            }

            if (call.Acoustics.Energy.TryGetValue(Speaker.Agent, out var energy) && energy.RmsDbfs(t.Start, t.End) is { } level && level > call.Policy.MaxAgentRmsDbfs)
            {
                yield return new Detection(
                    FindingTypes.LoudSpeech,
                    i,
                    0.8,
                    string.Create(CultureInfo.InvariantCulture, $"agent at {level:0.0} dBFS RMS{PeakNote(energy.PeakDbfs(t.Start, t.End))} (limit {call.Policy.MaxAgentRmsDbfs:0} dBFS)"));
            }

            if (t.Duration < MinTurnSeconds)
            {
                continue;
            }

            var (rate, unitName) = Rate(t, call.Language);
            var limit = call.Language == Language.En ? call.Policy.MaxWordsPerMinuteEn : call.Policy.MaxCharsPerMinuteZh;
            if (rate > limit)
            {
                yield return new Detection(
                    FindingTypes.FastSpeech,
                    i,
                    0.7,
                    string.Create(CultureInfo.InvariantCulture, $"{rate:0} {unitName}/min (limit {limit:0})"));
            }
        }
    }

    /// <summary>Speech rate of a turn: words per minute in English, characters per minute in Chinese.</summary>
    public static (double Rate, string Unit) Rate(Turn turn, Language language)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var minutes = Math.Max(turn.Duration, 0.001) / 60;
        return language == Language.En
            ? (turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length / minutes, "words")
            : (turn.Text.Count(char.IsLetterOrDigit) / minutes, "characters");
    }

    private static string PeakNote(double? peak) => peak switch
    {
        null => "",
        >= -0.1 => ", peaks clipped at full scale",
        _ => string.Create(CultureInfo.InvariantCulture, $", peak {peak:0.0} dBFS"),
    };

    private static int? AgentTurnAt(CallContext call, double time)
    {
        int? best = null;
        var bestDistance = double.MaxValue;
        for (var i = 0; i < call.Turns.Count; i++)
        {
            var t = call.Turns[i];
            if (t.Speaker != Speaker.Agent)
            {
                continue;
            }

            var distance = time < t.Start ? t.Start - time : time > t.End ? time - t.End : 0;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = i;
            }
        }

        return best;
    }
}
