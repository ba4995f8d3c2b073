namespace TelesalesQa.Core.Calls;

/// <summary>A stretch of a recording in seconds from its start.</summary>
public sealed record TimeRange(double Start, double End)
{
    public double Duration => End - Start;
}

/// <summary>Mean signal energy per frame of one speaker's channel.</summary>
public sealed record SpeakerEnergy(double FrameSeconds, IReadOnlyList<double> MeanSquare)
{
    /// <summary>Largest absolute sample per frame; empty when not measured.</summary>
    public IReadOnlyList<float> Peak { get; init; } = [];

    /// <summary>Peak level in dBFS over [start, end], or null when not measured or silent.</summary>
    public double? PeakDbfs(double start, double end)
    {
        float peak = 0;
        for (var f = Math.Max(0, (int)(start / FrameSeconds)); f < Peak.Count && (f + 0.5) * FrameSeconds <= end; f++)
        {
            peak = Math.Max(peak, Peak[f]);
        }

        return peak <= 1e-6 ? null : 20 * Math.Log10(peak);
    }

    /// <summary>Frames quieter than this are pauses, left out of a turn's loudness so pauses do not dilute it.</summary>
    public const double ActivityFloorDbfs = -50;

    /// <summary>RMS level in dBFS over the active frames of [start, end], or null when nothing was said there.</summary>
    public double? RmsDbfs(double start, double end)
    {
        var floor = Math.Pow(10, ActivityFloorDbfs / 10);
        double sum = 0;
        var count = 0;
        for (var f = Math.Max(0, (int)(start / FrameSeconds)); f < MeanSquare.Count && (f + 0.5) * FrameSeconds <= end; f++)
        {
            if (MeanSquare[f] >= floor)
            {
                sum += MeanSquare[f];
                count++;
            }
        }

        return count == 0 ? null : 10 * Math.Log10(sum / count);
    }
}

/// <summary>
/// What the audio stage measured that the conduct rules need: agent talk-over (5.1.3), dead air, and
/// each speaker's energy over time (loudness per turn, 5.1.2).
/// </summary>
public sealed record AcousticFacts(IReadOnlyList<TimeRange> Interruptions, IReadOnlyList<TimeRange> Silences)
{
    public static AcousticFacts None { get; } = new([], []);

    public IReadOnlyDictionary<Transcripts.Speaker, SpeakerEnergy> Energy { get; init; } = new Dictionary<Transcripts.Speaker, SpeakerEnergy>();
}
