using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using NAudio.Codecs;

namespace TelesalesQa.Audio.Decoding;

/// <summary>
/// Reads WAV recordings: PCM 8/16/24/32-bit, IEEE float, G.711 μ-law and A-law, mono or stereo.
/// The RIFF chunks are parsed here rather than by NAudio's WaveFileReader because NAudio silently
/// clamps a data chunk that claims more bytes than the file holds; a truncated recording must be
/// reported as such, not analysed as if complete. G.711 is decoded with NAudio's codec tables.
/// </summary>
public static class WavReader
{
    private const ushort FormatPcm = 0x0001;
    private const ushort FormatFloat = 0x0003;
    private const ushort FormatALaw = 0x0006;
    private const ushort FormatMuLaw = 0x0007;
    private const ushort FormatExtensible = 0xFFFE;

    /// <summary>Reads and checks the header; throws <see cref="AudioReadException"/> with a readable reason.</summary>
    public static AudioFormatInfo Probe(string path, AudioLimits? limits = null)
    {
        using var stream = File.OpenRead(path);
        return ReadHeader(stream, limits ?? AudioLimits.Default).Info;
    }

    /// <summary>Decodes the whole file into one float array per channel (−1..1).</summary>
    public static DecodedAudio Decode(string path, AudioLimits? limits = null)
    {
        using var stream = File.OpenRead(path);
        return Decode(stream, limits);
    }

    public static DecodedAudio Decode(Stream stream, AudioLimits? limits = null)
    {
        var header = ReadHeader(stream, limits ?? AudioLimits.Default);
        stream.Position = header.DataOffset;
        var bytes = new byte[header.DataLength];
        stream.ReadExactly(bytes);
        return new DecodedAudio(header.Info, Deinterleave(bytes, header));
    }

    private sealed record Header(AudioFormatInfo Info, long DataOffset, int DataLength, ushort Tag, int BlockAlign);

    private static Header ReadHeader(Stream stream, AudioLimits limits)
    {
        var length = stream.Length;
        if (length == 0)
        {
            throw new AudioReadException(AudioProblem.Empty, "empty file (0 bytes)");
        }

        Span<byte> head = stackalloc byte[12];
        if (length < 44)
        {
            throw new AudioReadException(AudioProblem.TooShort, $"too short to be a recording ({length} bytes)");
        }

        stream.Position = 0;
        stream.ReadExactly(head);
        if (!head[..4].SequenceEqual("RIFF"u8) || !head[8..12].SequenceEqual("WAVE"u8))
        {
            throw new AudioReadException(AudioProblem.WrongFormat, $"not a WAV recording ({Sniff(head)})");
        }

        ushort tag = 0;
        int channels = 0, sampleRate = 0, blockAlign = 0, bits = 0;
        var haveFmt = false;
        Span<byte> chunkHead = stackalloc byte[8];
        while (stream.Position + 8 <= length)
        {
            stream.ReadExactly(chunkHead);
            var id = Encoding.ASCII.GetString(chunkHead[..4]);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunkHead[4..]);
            var bodyStart = stream.Position;
            if (id == "fmt ")
            {
                if (size < 16 || bodyStart + size > length)
                {
                    throw new AudioReadException(AudioProblem.BadHeader, "damaged WAV header (format chunk is cut short)");
                }

                var fmt = new byte[Math.Min(size, 64u)];
                stream.ReadExactly(fmt);
                tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
                channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(2));
                sampleRate = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(fmt.AsSpan(4)), int.MaxValue);
                blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(12));
                bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(14));
                if (tag == FormatExtensible && fmt.Length >= 26)
                {
                    // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
                    tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(24));
                }

                haveFmt = true;
            }
            else if (id == "data")
            {
                if (!haveFmt)
                {
                    throw new AudioReadException(AudioProblem.BadHeader, "damaged WAV header (audio data before the format chunk)");
                }

                var info = Check(tag, channels, sampleRate, blockAlign, bits, limits);
                var present = Math.Max(0, length - bodyStart);
                var bytesPerSecond = (double)sampleRate * blockAlign;
                if (size == 0 || present == 0)
                {
                    throw new AudioReadException(AudioProblem.Truncated, "no audio data in the file (the data chunk is empty)");
                }

                if (size > present && size != uint.MaxValue)
                {
                    throw new AudioReadException(
                        AudioProblem.Truncated,
                        string.Create(CultureInfo.InvariantCulture, $"truncated: {present / bytesPerSecond:0.0} of {size / bytesPerSecond:0.0} seconds present"));
                }

                // 0xFFFFFFFF is what some streaming recorders write when they never patched the size: take what is there.
                var usable = (long)Math.Min(size, present);
                usable -= usable % blockAlign;
                var duration = usable / bytesPerSecond;
                if (duration > limits.MaxDurationSeconds)
                {
                    throw new AudioReadException(
                        AudioProblem.TooLong,
                        string.Create(CultureInfo.InvariantCulture, $"longer than the configured maximum ({duration / 60:0.#} min; the limit is {limits.MaxDurationSeconds / 60:0.#} min)"));
                }

                if (usable > int.MaxValue)
                {
                    throw new AudioReadException(AudioProblem.TooLong, "too large to process (over 2 GB of audio data)");
                }

                return new Header(info with { DurationSeconds = duration }, bodyStart, (int)usable, tag, blockAlign);
            }

            // Chunks are word-aligned: an odd size is followed by one pad byte.
            var next = bodyStart + size + (size & 1);
            if (next > length)
            {
                break;
            }

            stream.Position = next;
        }

        throw new AudioReadException(AudioProblem.BadHeader, haveFmt ? "damaged WAV file (no audio data chunk)" : "damaged WAV header (no format chunk)");
    }

    private static AudioFormatInfo Check(ushort tag, int channels, int sampleRate, int blockAlign, int bits, AudioLimits limits)
    {
        var encoding = (tag, bits) switch
        {
            (FormatPcm, 8) => "pcm8",
            (FormatPcm, 16) => "pcm16",
            (FormatPcm, 24) => "pcm24",
            (FormatPcm, 32) => "pcm32",
            (FormatFloat, 32) => "float32",
            (FormatMuLaw, 8) => "mulaw",
            (FormatALaw, 8) => "alaw",
            (FormatPcm or FormatFloat or FormatMuLaw or FormatALaw, _) => throw new AudioReadException(AudioProblem.UnsupportedCodec, $"unsupported sample size: {bits}-bit {CodecName(tag)}"),
            _ => throw new AudioReadException(AudioProblem.UnsupportedCodec, $"unsupported codec: {CodecName(tag)} (format tag 0x{tag:X4}); convert to PCM, μ-law or A-law WAV"),
        };

        if (channels < 1 || channels > limits.MaxChannels)
        {
            throw new AudioReadException(AudioProblem.UnsupportedChannels, $"{channels} channels; only mono or stereo recordings are supported");
        }

        if (sampleRate < limits.MinSampleRate || sampleRate > limits.MaxSampleRate)
        {
            throw new AudioReadException(AudioProblem.UnsupportedSampleRate, $"unsupported sample rate {sampleRate} Hz ({limits.MinSampleRate}–{limits.MaxSampleRate} Hz supported)");
        }

        if (blockAlign != channels * bits / 8)
        {
            throw new AudioReadException(AudioProblem.BadHeader, $"damaged WAV header (block size {blockAlign} does not match {channels} × {bits}-bit)");
        }

        return new AudioFormatInfo("wav", encoding, sampleRate, channels, bits, 0);
    }

    private static float[][] Deinterleave(byte[] bytes, Header h)
    {
        var channels = h.Info.Channels;
        var frames = h.DataLength / h.BlockAlign;
        var result = new float[channels][];
        for (var c = 0; c < channels; c++)
        {
            result[c] = new float[frames];
        }

        var bytesPerSample = h.Info.BitsPerSample / 8;
        var span = bytes.AsSpan();
        for (var f = 0; f < frames; f++)
        {
            for (var c = 0; c < channels; c++)
            {
                var s = span.Slice((f * channels + c) * bytesPerSample, bytesPerSample);
                result[c][f] = h.Info.Encoding switch
                {
                    "pcm8" => (s[0] - 128) / 128f,
                    "pcm16" => BinaryPrimitives.ReadInt16LittleEndian(s) / 32768f,
                    "pcm24" => ((s[2] << 24 | s[1] << 16 | s[0] << 8) >> 8) / 8388608f,
                    "pcm32" => BinaryPrimitives.ReadInt32LittleEndian(s) / 2147483648f,
                    "float32" => Sanitize(BinaryPrimitives.ReadSingleLittleEndian(s)),
                    "mulaw" => MuLawDecoder.MuLawToLinearSample(s[0]) / 32768f,
                    "alaw" => ALawDecoder.ALawToLinearSample(s[0]) / 32768f,
                    _ => 0f,
                };
            }
        }

        return result;
    }

    // A float file may hold NaN or infinities; they would poison every level computed from it.
    private static float Sanitize(float v) => float.IsFinite(v) ? Math.Clamp(v, -1f, 1f) : 0f;

    private static string CodecName(ushort tag) => tag switch
    {
        0x0002 => "Microsoft ADPCM",
        0x0011 => "IMA ADPCM",
        0x0031 => "GSM 6.10",
        0x0055 => "MP3 in WAV",
        0x0022 => "TrueSpeech",
        0x0040 => "G.721 ADPCM",
        0x0064 => "G.726 ADPCM",
        FormatPcm => "PCM",
        FormatFloat => "IEEE float",
        FormatALaw => "A-law",
        FormatMuLaw => "μ-law",
        _ => "unknown codec",
    };

    private static string Sniff(ReadOnlySpan<byte> head)
    {
        if (head[..3].SequenceEqual("ID3"u8) || (head[0] == 0xFF && (head[1] & 0xE0) == 0xE0))
        {
            return "looks like MP3";
        }

        if (head[..4].SequenceEqual("OggS"u8))
        {
            return "looks like Ogg";
        }

        if (head[..4].SequenceEqual("fLaC"u8))
        {
            return "looks like FLAC";
        }

        if (head[0] == '{' || head[0] == '[')
        {
            return "looks like JSON text";
        }

        return "unrecognised content";
    }
}
