using TelesalesQa.Audio.Decoding;
using TelesalesQa.Core.Calls;

namespace TelesalesQa.Audio.Speech;

/// <summary>A recording split into per-speaker 16 kHz mono audio, ready for a speech engine.</summary>
public sealed record PreparedAudio(CallAudioFacts Facts, IReadOnlyDictionary<string, float[]> Speakers16k);

/// <summary>
/// Splits a decoded recording into speakers by its channel layout, resamples each to 16 kHz, finds
/// speech, and derives talk time, interruptions (the agent starting while the customer is mid-utterance)
/// and silences. A wholly silent recording is refused; one silent channel is flagged.
/// </summary>
public sealed class CallAudioAnalyzer(IVoiceActivityDetector vad)
{
    public CallAudioAnalyzer()
        : this(new EnergyVad())
    {
    }

    public double MinInterruptionSeconds { get; init; } = 0.5;

    public double LongSilenceSeconds { get; init; } = 8;

    public PreparedAudio Prepare(DecodedAudio audio, ChannelLayout layout)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var speakers = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (audio.Channels.Length == 1 || layout == ChannelLayout.Mono)
        {
            speakers["unknown"] = Resampler.To(Mix(audio.Channels), audio.SampleRate);
        }
        else
        {
            var (agent, customer) = layout == ChannelLayout.AgentRight ? (1, 0) : (0, 1);
            speakers["agent"] = Resampler.To(audio.Channels[agent], audio.SampleRate);
            speakers["customer"] = Resampler.To(audio.Channels[customer], audio.SampleRate);
        }

        var facts = new Dictionary<string, SpeakerFacts>(StringComparer.Ordinal);
        foreach (var (name, samples) in speakers)
        {
            var segments = vad.Detect(samples, Resampler.TargetRate);
            facts[name] = Describe(samples, segments);
        }

        if (facts.Values.All(f => f.SpeechSegments.Count == 0))
        {
            throw new AudioReadException(AudioProblem.Silent, "no speech found: the recording is silent on every channel");
        }

        var problems = facts.Where(kv => kv.Value.SpeechSegments.Count == 0).Select(kv => $"{kv.Key} channel is silent").ToList();
        foreach (var (name, f) in facts)
        {
            if (f.ClippedFraction > 0.001)
            {
                problems.Add($"{name} channel is clipped ({f.ClippedFraction:P1} of samples at full scale)");
            }
        }

        var overlaps = facts.TryGetValue("agent", out var a) && facts.TryGetValue("customer", out var c)
            ? Interruptions(a.SpeechSegments, c.SpeechSegments, MinInterruptionSeconds)
            : [];
        var silences = Silences(facts.Values.SelectMany(f => f.SpeechSegments), audio.Info.DurationSeconds, LongSilenceSeconds);
        var facts16k = new CallAudioFacts(audio.Info, facts, overlaps, silences, problems)
        {
            Waveforms = speakers.ToDictionary(kv => kv.Key, kv => WaveformPeaks.Compute(kv.Value, Resampler.TargetRate)),
            Envelopes = speakers.ToDictionary(kv => kv.Key, kv => EnergyEnvelopes.Compute(kv.Value, Resampler.TargetRate)),
        };
        return new PreparedAudio(facts16k, speakers);
    }

    /// <summary>Spans where the agent started talking while the customer was already speaking, lasting at least <paramref name="minSeconds"/>.</summary>
    public static IReadOnlyList<SpeechSegment> Interruptions(IReadOnlyList<SpeechSegment> agent, IReadOnlyList<SpeechSegment> customer, double minSeconds)
    {
        var result = new List<SpeechSegment>();
        foreach (var a in agent)
        {
            foreach (var c in customer)
            {
                // The customer must already be talking when the agent starts: the reverse is the customer interrupting.
                if (c.Start < a.Start && a.Start < c.End)
                {
                    var end = Math.Min(a.End, c.End);
                    if (end - a.Start >= minSeconds)
                    {
                        result.Add(new SpeechSegment(a.Start, Math.Round(end, 3)));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Stretches with nobody speaking longer than <paramref name="minSeconds"/>, from the first speech to the last.</summary>
    public static IReadOnlyList<SpeechSegment> Silences(IEnumerable<SpeechSegment> allSpeech, double duration, double minSeconds)
    {
        var ordered = allSpeech.OrderBy(s => s.Start).ToArray();
        var result = new List<SpeechSegment>();
        if (ordered.Length == 0)
        {
            return result;
        }

        var reach = ordered[0].End;
        foreach (var s in ordered.Skip(1))
        {
            if (s.Start - reach >= minSeconds)
            {
                result.Add(new SpeechSegment(reach, s.Start));
            }

            reach = Math.Max(reach, s.End);
        }

        return result;
    }

    private static SpeakerFacts Describe(float[] samples, IReadOnlyList<SpeechSegment> segments)
    {
        var talk = segments.Sum(s => s.Duration);
        var speech = new List<float>();
        foreach (var s in segments)
        {
            var from = (int)(s.Start * Resampler.TargetRate);
            var to = Math.Min(samples.Length, (int)(s.End * Resampler.TargetRate));
            speech.AddRange(samples.AsSpan(from, Math.Max(0, to - from)).ToArray());
        }

        var span = speech.Count > 0 ? speech.ToArray().AsSpan() : samples.AsSpan();
        return new SpeakerFacts(segments, Math.Round(talk, 3), Math.Round(Levels.RmsDbfs(span), 2), Math.Round(Levels.PeakDbfs(samples), 2), Levels.ClippedFraction(samples));
    }

    private static float[] Mix(float[][] channels)
    {
        if (channels.Length == 1)
        {
            return channels[0];
        }

        var n = channels[0].Length;
        var mixed = new float[n];
        for (var i = 0; i < n; i++)
        {
            float sum = 0;
            foreach (var ch in channels)
            {
                sum += ch[i];
            }

            mixed[i] = sum / channels.Length;
        }

        return mixed;
    }
}
