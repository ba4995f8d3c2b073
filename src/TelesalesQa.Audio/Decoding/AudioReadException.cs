namespace TelesalesQa.Audio.Decoding;

/// <summary>Kinds of unreadable recording, so callers and tests can tell them apart without parsing messages.</summary>
public enum AudioProblem
{
    Empty,
    TooShort,
    WrongFormat,
    UnsupportedCodec,
    BadHeader,
    Truncated,
    UnsupportedSampleRate,
    UnsupportedChannels,
    TooLong,
    Silent,
}

/// <summary>A recording that cannot be used. The message is written for a supervisor, not a developer.</summary>
public sealed class AudioReadException(AudioProblem problem, string message) : Exception(message)
{
    public AudioProblem Problem { get; } = problem;
}
