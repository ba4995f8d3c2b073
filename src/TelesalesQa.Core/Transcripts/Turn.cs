namespace TelesalesQa.Core.Transcripts;

/// <summary>One stretch of speech by one speaker. Times are seconds from the start of the recording.</summary>
public sealed record Turn(Speaker Speaker, double Start, double End, string Text, double? Confidence = null)
{
    public double Duration => Math.Max(0, End - Start);
}
