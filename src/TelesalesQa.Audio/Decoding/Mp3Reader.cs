using System.Globalization;
using NLayer;

namespace TelesalesQa.Audio.Decoding;

/// <summary>
/// Reads MP3 recordings with NLayer (fully managed). MPEG-2.5 files (the 8/11/12 kHz family some
/// telephony systems write) are refused: NLayer decodes them wrongly, and wrong audio must never
/// reach the analysis as if it were right.
/// </summary>
public static class Mp3Reader
{
    /// <summary>True if the bytes start like an MP3 (an ID3 tag or an MPEG audio frame sync).</summary>
    public static bool LooksLikeMp3(ReadOnlySpan<byte> head) =>
        (head.Length >= 3 && head[..3].SequenceEqual("ID3"u8)) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0);

    public static DecodedAudio Decode(Stream stream, AudioLimits limits)
    {
        var header = FirstFrame(stream);
        if (header.Version == "2.5")
        {
            throw new AudioReadException(
                AudioProblem.UnsupportedCodec,
                string.Create(CultureInfo.InvariantCulture, $"unsupported MP3: MPEG-2.5 at {header.SampleRate} Hz is not decoded reliably; convert the recording to WAV (PCM or μ-law)"));
        }

        if (header.Layer != 3)
        {
            throw new AudioReadException(AudioProblem.UnsupportedCodec, $"unsupported MPEG audio: layer {header.Layer}; only MP3 (layer III) is read");
        }

        stream.Position = 0;
        MpegFile mpeg;
        try
        {
            mpeg = new MpegFile(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IndexOutOfRangeException or ArgumentException)
        {
            throw new AudioReadException(AudioProblem.BadHeader, $"damaged MP3 ({ex.Message})");
        }

        using (mpeg)
        {
            var rate = mpeg.SampleRate;
            var channels = mpeg.Channels;
            if (channels < 1 || channels > limits.MaxChannels)
            {
                throw new AudioReadException(AudioProblem.UnsupportedChannels, $"{channels} channels; only mono or stereo recordings are supported");
            }

            if (rate < limits.MinSampleRate || rate > limits.MaxSampleRate)
            {
                throw new AudioReadException(AudioProblem.UnsupportedSampleRate, $"unsupported sample rate {rate} Hz ({limits.MinSampleRate}–{limits.MaxSampleRate} Hz supported)");
            }

            var maxFrames = (long)(limits.MaxDurationSeconds * rate) + 1;
            var interleaved = new List<float>(rate * channels * 60);
            var buffer = new float[rate * channels];
            int read;
            try
            {
                while ((read = mpeg.ReadSamples(buffer, 0, buffer.Length)) > 0)
                {
                    interleaved.AddRange(buffer.AsSpan(0, read));
                    if (interleaved.Count / channels > maxFrames)
                    {
                        throw new AudioReadException(AudioProblem.TooLong, string.Create(CultureInfo.InvariantCulture, $"longer than the configured maximum ({limits.MaxDurationSeconds / 60:0.#} min)"));
                    }
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or IndexOutOfRangeException or ArgumentException or NullReferenceException)
            {
                throw new AudioReadException(AudioProblem.BadHeader, $"damaged MP3 ({ex.Message})");
            }

            var frames = interleaved.Count / channels;
            if (frames == 0)
            {
                throw new AudioReadException(AudioProblem.Truncated, "no audio data in the MP3");
            }

            var result = new float[channels][];
            for (var c = 0; c < channels; c++)
            {
                result[c] = new float[frames];
                for (var f = 0; f < frames; f++)
                {
                    result[c][f] = Math.Clamp(interleaved[(f * channels) + c], -1f, 1f);
                }
            }

            return new DecodedAudio(new AudioFormatInfo("mp3", $"mpeg{header.Version}", rate, channels, 16, frames / (double)rate), result);
        }
    }

    private sealed record FrameHeader(string Version, int Layer, int SampleRate);

    private static FrameHeader FirstFrame(Stream stream)
    {
        stream.Position = 0;
        var head = new byte[10];
        var n = stream.Read(head, 0, head.Length);
        long offset = 0;
        if (n >= 10 && head.AsSpan(0, 3).SequenceEqual("ID3"u8))
        {
            // ID3v2 size is "syncsafe": 7 bits per byte.
            offset = 10 + ((head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | (head[9] & 0x7F));
        }

        stream.Position = Math.Min(offset, stream.Length);
        var window = new byte[64 * 1024];
        var len = stream.Read(window, 0, window.Length);
        for (var i = 0; i + 4 <= len; i++)
        {
            if (window[i] != 0xFF || (window[i + 1] & 0xE0) != 0xE0)
            {
                continue;
            }

            var versionBits = (window[i + 1] >> 3) & 0x3;
            var layerBits = (window[i + 1] >> 1) & 0x3;
            var rateIndex = (window[i + 2] >> 2) & 0x3;
            if (versionBits == 1 || layerBits == 0 || rateIndex == 3)
            {
                continue; // reserved values: not a real frame header
            }

            var version = versionBits switch { 0 => "2.5", 2 => "2", _ => "1" };
            int[] baseRates = [44100, 48000, 32000];
            var rate = baseRates[rateIndex] / (versionBits switch { 0 => 4, 2 => 2, _ => 1 });
            return new FrameHeader(version, 4 - layerBits, rate);
        }

        throw new AudioReadException(AudioProblem.WrongFormat, "not a recording this product can read (no MPEG audio frame found)");
    }
}
