using TelesalesQa.Audio.Decoding;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription;

/// <summary>One speech segment of one speaker, padded, as the span of 16 kHz samples an engine decodes.</summary>
public sealed record SpeechSlice(Speaker Speaker, string Channel, SpeechSegment Segment, float[] Samples, int From, int Length)
{
    /// <summary>Seconds from the start of the recording to the first sample of the slice.</summary>
    public double Offset => (double)From / Resampler.TargetRate;

    public double Seconds => (double)Length / Resampler.TargetRate;

    public ReadOnlySpan<float> Span => Samples.AsSpan(From, Length);

    public ReadOnlyMemory<float> Memory => Samples.AsMemory(From, Length);
}

/// <summary>
/// What every engine decodes: each speaker's speech segments (silence is skipped, so it costs
/// nothing), with context kept around each so word onsets and endings are not clipped.
/// </summary>
public static class SpeechSlices
{
    public const double PadSeconds = 0.15;

    /// <summary>Slices shorter than this hold no word worth decoding.</summary>
    public const int MinSamples = Resampler.TargetRate / 10;

    public static IEnumerable<SpeechSlice> Of(PreparedAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        foreach (var (name, samples) in audio.Speakers16k)
        {
            SpeakerNames.TryParse(name, out var speaker);
            foreach (var s in audio.Facts.Speakers[name].SpeechSegments)
            {
                var from = Math.Max(0, (int)((s.Start - PadSeconds) * Resampler.TargetRate));
                var to = Math.Min(samples.Length, (int)((s.End + PadSeconds) * Resampler.TargetRate));
                if (to - from >= MinSamples)
                {
                    yield return new SpeechSlice(speaker, name, s, samples, from, to - from);
                }
            }
        }
    }
}
