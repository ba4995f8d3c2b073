namespace TelesalesQa.Audio.Decoding;

/// <summary>What a recording's header says, checked against the bytes actually present.</summary>
public sealed record AudioFormatInfo(
    string Container,
    string Encoding,
    int SampleRate,
    int Channels,
    int BitsPerSample,
    double DurationSeconds)
{
    /// <summary>e.g. <c>wav/mulaw</c>: what the call record stores as its format.</summary>
    public string Format => $"{Container}/{Encoding}";
}
