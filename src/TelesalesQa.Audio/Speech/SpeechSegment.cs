namespace TelesalesQa.Audio.Speech;

/// <summary>A stretch of speech in seconds from the start of the recording.</summary>
public sealed record SpeechSegment(double Start, double End)
{
    public double Duration => End - Start;
}
