namespace TelesalesQa.Audio.Decoding;

/// <summary>What the audio stage accepts. Bound from configuration section <c>Audio</c>.</summary>
public sealed record AudioLimits
{
    public int MinSampleRate { get; init; } = 8000;

    public int MaxSampleRate { get; init; } = 48000;

    public int MaxChannels { get; init; } = 2;

    /// <summary>Recordings longer than this are refused: a 6-hour "call" is a recorder left running, not a sale.</summary>
    public double MaxDurationSeconds { get; init; } = 2 * 60 * 60;

    public static AudioLimits Default { get; } = new();
}
