using TelesalesQa.Audio.Decoding;

namespace TelesalesQa.Audio.Export;

/// <summary>
/// Cuts [start, end] of a call into a 16-bit PCM WAV at the recording's own rate and channels,
/// optionally replacing given spans with a 1 kHz tone: the privacy features bleep personal data
/// (card numbers, ID numbers) this way before a clip leaves the compliance team.
/// </summary>
public static class ClipExporter
{
    public const double ToneHz = 1000;
    public const float ToneAmplitude = 0.1f; // −20 dBFS: audible, not painful

    public static void Export(DecodedAudio audio, double start, double end, IReadOnlyList<(double Start, double End)> bleeps, Stream output)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(output);
        var rate = audio.SampleRate;
        var total = audio.Channels[0].Length;
        var from = Math.Clamp((int)Math.Round(start * rate), 0, total);
        var to = Math.Clamp((int)Math.Round(end * rate), from, total);
        if (to <= from)
        {
            throw new ArgumentException($"empty clip: {start:0.###}–{end:0.###} s of a {total / (double)rate:0.###} s recording");
        }

        var channels = audio.Channels.Length;
        var frames = to - from;
        using var w = new BinaryWriter(output, System.Text.Encoding.ASCII, leaveOpen: true);
        w.Write("RIFF"u8);
        w.Write(36 + (frames * channels * 2));
        w.Write("WAVEfmt "u8);
        w.Write(16);
        w.Write((short)1);
        w.Write((short)channels);
        w.Write(rate);
        w.Write(rate * channels * 2);
        w.Write((short)(channels * 2));
        w.Write((short)16);
        w.Write("data"u8);
        w.Write(frames * channels * 2);
        for (var i = from; i < to; i++)
        {
            var t = i / (double)rate;
            var bleeped = bleeps.Any(b => t >= b.Start && t < b.End);
            for (var c = 0; c < channels; c++)
            {
                var s = bleeped ? ToneAmplitude * (float)Math.Sin(2 * Math.PI * ToneHz * t) : audio.Channels[c][i];
                w.Write((short)Math.Clamp(Math.Round(s * 32767), short.MinValue, short.MaxValue));
            }
        }
    }
}
