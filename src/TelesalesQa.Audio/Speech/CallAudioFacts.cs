using TelesalesQa.Audio.Decoding;

namespace TelesalesQa.Audio.Speech;

/// <summary>Speech facts of one speaker channel.</summary>
public sealed record SpeakerFacts(IReadOnlyList<SpeechSegment> SpeechSegments, double TalkSeconds, double RmsDbfs, double PeakDbfs, double ClippedFraction);

/// <summary>
/// What the audio stage learned about a call: format, per-speaker speech, talk-over and dead air,
/// and problems worth flagging (one channel silent). Mono calls have a single <c>unknown</c> speaker.
/// </summary>
public sealed record CallAudioFacts(
    AudioFormatInfo Format,
    IReadOnlyDictionary<string, SpeakerFacts> Speakers,
    IReadOnlyList<SpeechSegment> Overlaps,
    IReadOnlyList<SpeechSegment> Silences,
    IReadOnlyList<string> Problems)
{
    /// <summary>Per speaker: min/max peaks for the web player.</summary>
    public IReadOnlyDictionary<string, WaveformPeaks> Waveforms { get; init; } = new Dictionary<string, WaveformPeaks>();

    /// <summary>Per speaker: energy per 100 ms, for loudness over any span (turn levels).</summary>
    public IReadOnlyDictionary<string, EnergyEnvelope> Envelopes { get; init; } = new Dictionary<string, EnergyEnvelope>();

    /// <summary>Agent share of all talk time, or null for a mono call.</summary>
    public double? AgentTalkRatio =>
        Speakers.TryGetValue("agent", out var a) && Speakers.TryGetValue("customer", out var c) && a.TalkSeconds + c.TalkSeconds > 0
            ? a.TalkSeconds / (a.TalkSeconds + c.TalkSeconds)
            : null;
}
