namespace TelesalesQa.Audio.Speech;

/// <summary>Signal levels in dB relative to full scale.</summary>
public static class Levels
{
    public const double SilenceDbfs = -120;

    public static double RmsDbfs(ReadOnlySpan<float> samples)
    {
        if (samples.IsEmpty)
        {
            return SilenceDbfs;
        }

        double sum = 0;
        foreach (var s in samples)
        {
            sum += (double)s * s;
        }

        var rms = Math.Sqrt(sum / samples.Length);
        return rms <= 1e-6 ? SilenceDbfs : 20 * Math.Log10(rms);
    }

    public static double PeakDbfs(ReadOnlySpan<float> samples)
    {
        float peak = 0;
        foreach (var s in samples)
        {
            peak = Math.Max(peak, Math.Abs(s));
        }

        return peak <= 1e-6 ? SilenceDbfs : 20 * Math.Log10(peak);
    }

    /// <summary>Share of samples at or within 0.1 dB of full scale.</summary>
    public static double ClippedFraction(ReadOnlySpan<float> samples)
    {
        if (samples.IsEmpty)
        {
            return 0;
        }

        var clipped = 0;
        foreach (var s in samples)
        {
            if (Math.Abs(s) >= 0.9885f)
            {
                clipped++;
            }
        }

        return (double)clipped / samples.Length;
    }
}
