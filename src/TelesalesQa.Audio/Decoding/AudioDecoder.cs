namespace TelesalesQa.Audio.Decoding;

/// <summary>Decodes any supported recording (WAV in its encodings, MP3), choosing by content, not by file name.</summary>
public static class AudioDecoder
{
    public static DecodedAudio Decode(string path, AudioLimits? limits = null)
    {
        using var stream = File.OpenRead(path);
        return Decode(stream, limits);
    }

    public static DecodedAudio Decode(Stream stream, AudioLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> head = stackalloc byte[4];
        stream.Position = 0;
        var n = stream.Read(head);
        stream.Position = 0;
        return n >= 2 && Mp3Reader.LooksLikeMp3(head[..n])
            ? Mp3Reader.Decode(stream, limits ?? AudioLimits.Default)
            : WavReader.Decode(stream, limits);
    }
}
