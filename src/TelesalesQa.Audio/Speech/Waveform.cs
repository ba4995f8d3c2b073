namespace TelesalesQa.Audio.Speech;

/// <summary>Min/max peaks per bucket of one channel, for drawing the web player's waveform without sending audio.</summary>
public sealed record WaveformPeaks(double SecondsPerBucket, float[] Min, float[] Max)
{
    public const int DefaultBuckets = 1000;

    public static WaveformPeaks Compute(ReadOnlySpan<float> samples, int sampleRate, int buckets = DefaultBuckets)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        buckets = Math.Max(1, Math.Min(buckets, samples.Length));
        var min = new float[buckets];
        var max = new float[buckets];
        for (var b = 0; b < buckets; b++)
        {
            var from = (int)((long)samples.Length * b / buckets);
            var to = (int)((long)samples.Length * (b + 1) / buckets);
            float lo = 0, hi = 0;
            for (var i = from; i < to; i++)
            {
                lo = Math.Min(lo, samples[i]);
                hi = Math.Max(hi, samples[i]);
            }

            min[b] = MathF.Round(lo, 4);
            max[b] = MathF.Round(hi, 4);
        }

        return new WaveformPeaks(samples.Length / (double)sampleRate / buckets, min, max);
    }
}

/// <summary>
/// Mean signal energy per 100 ms frame of one channel, kept with the call so loudness can be measured
/// over any span (a transcript turn) after the audio stage has run, without decoding the file again.
/// </summary>
public sealed record EnergyEnvelope(double FrameSeconds, double[] MeanSquare)
{
    /// <summary>Largest absolute sample per frame (for peak level and clipping per turn).</summary>
    public float[] Peak { get; init; } = [];
}

/// <summary>Computes <see cref="EnergyEnvelope"/>s.</summary>
public static class EnergyEnvelopes
{
    public const double DefaultFrameSeconds = 0.1;

    public static EnergyEnvelope Compute(ReadOnlySpan<float> samples, int sampleRate, double frameSeconds = DefaultFrameSeconds)
    {
        var frame = Math.Max(1, (int)(sampleRate * frameSeconds));
        var frames = (samples.Length + frame - 1) / frame;
        var energy = new double[frames];
        var peaks = new float[frames];
        for (var f = 0; f < frames; f++)
        {
            var slice = samples.Slice(f * frame, Math.Min(frame, samples.Length - (f * frame)));
            double sum = 0;
            float peak = 0;
            foreach (var s in slice)
            {
                sum += (double)s * s;
                peak = Math.Max(peak, Math.Abs(s));
            }

            energy[f] = slice.Length == 0 ? 0 : sum / slice.Length;
            peaks[f] = MathF.Round(peak, 4);
        }

        return new EnergyEnvelope(frameSeconds, energy) { Peak = peaks };
    }
}
