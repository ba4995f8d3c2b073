namespace TelesalesQa.Audio.Speech;

/// <summary>
/// An energy detector with an adaptive noise floor and hang-over. 10 ms frames; a frame is speech
/// when its level is well above the running noise floor and above an absolute floor (so digital
/// silence and line hiss are never speech). Short gaps inside speech are bridged (hang-over) and
/// blips shorter than a syllable are dropped.
/// </summary>
public sealed class EnergyVad : IVoiceActivityDetector
{
    public double FrameSeconds { get; init; } = 0.01;

    /// <summary>How far above the noise floor a frame must be to count as speech.</summary>
    public double MarginDb { get; init; } = 12;

    public double AbsoluteFloorDbfs { get; init; } = -50;

    /// <summary>Gaps shorter than this inside speech are bridged.</summary>
    public double HangoverSeconds { get; init; } = 0.25;

    public double MinSpeechSeconds { get; init; } = 0.08;

    public IReadOnlyList<SpeechSegment> Detect(ReadOnlySpan<float> samples, int sampleRate)
    {
        var frame = Math.Max(1, (int)Math.Round(sampleRate * FrameSeconds));
        var frames = samples.Length / frame;
        if (frames == 0)
        {
            return [];
        }

        var levels = new double[frames];
        for (var f = 0; f < frames; f++)
        {
            levels[f] = Levels.RmsDbfs(samples.Slice(f * frame, frame));
        }

        // Noise floor: a low percentile of frame levels, so it adapts to each line's hiss without tracking speech.
        var sorted = levels.Where(double.IsFinite).Order().ToArray();
        var floor = sorted.Length == 0 ? -120 : sorted[(int)(sorted.Length * 0.1)];
        var threshold = Math.Max(floor + MarginDb, AbsoluteFloorDbfs);

        var segments = new List<SpeechSegment>();
        int? start = null;
        var lastSpeech = -1;
        var hangFrames = (int)Math.Round(HangoverSeconds / FrameSeconds);
        for (var f = 0; f < frames; f++)
        {
            if (levels[f] >= threshold)
            {
                start ??= f;
                lastSpeech = f;
            }
            else if (start is not null && f - lastSpeech > hangFrames)
            {
                Add(segments, start.Value, lastSpeech + 1, frame, sampleRate);
                start = null;
            }
        }

        if (start is not null)
        {
            Add(segments, start.Value, lastSpeech + 1, frame, sampleRate);
        }

        return segments;
    }

    private void Add(List<SpeechSegment> segments, int startFrame, int endFrame, int frame, int rate)
    {
        var s = (double)startFrame * frame / rate;
        var e = (double)endFrame * frame / rate;
        if (e - s >= MinSpeechSeconds)
        {
            segments.Add(new SpeechSegment(Math.Round(s, 3), Math.Round(e, 3)));
        }
    }
}
