namespace TelesalesQa.Audio.Decoding;

/// <summary>A decoded recording: one float array per channel at the file's own sample rate.</summary>
public sealed record DecodedAudio(AudioFormatInfo Info, float[][] Channels)
{
    public int SampleRate => Info.SampleRate;
}
