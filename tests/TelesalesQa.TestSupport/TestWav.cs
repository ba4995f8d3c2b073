using System.Text;

namespace TelesalesQa.TestSupport;

/// <summary>Writes WAV files of generated signals with known truth, in every encoding the product reads.</summary>
public static class TestWav
{
    public enum Encoding { Pcm8, Pcm16, Pcm24, Pcm32, Float32, MuLaw, ALaw }

    /// <summary>A signal for one channel: tone bursts (start, end, amplitude) at a frequency, silence elsewhere.</summary>
    public static float[] Bursts(int sampleRate, double seconds, double frequency, params (double Start, double End, double Amplitude)[] bursts)
    {
        var samples = new float[(int)(seconds * sampleRate)];
        foreach (var (start, end, amplitude) in bursts)
        {
            for (var i = (int)(start * sampleRate); i < Math.Min(samples.Length, (int)(end * sampleRate)); i++)
            {
                samples[i] = (float)(amplitude * Math.Sin(2 * Math.PI * frequency * i / sampleRate));
            }
        }

        return samples;
    }

    public static byte[] Build(Encoding encoding, int sampleRate, params float[][] channels)
    {
        var bits = encoding switch { Encoding.Pcm8 or Encoding.MuLaw or Encoding.ALaw => 8, Encoding.Pcm16 => 16, Encoding.Pcm24 => 24, _ => 32 };
        var tag = encoding switch { Encoding.Float32 => 3, Encoding.ALaw => 6, Encoding.MuLaw => 7, _ => 1 };
        var frames = channels[0].Length;
        using var data = new MemoryStream();
        for (var f = 0; f < frames; f++)
        {
            foreach (var ch in channels)
            {
                var s = Math.Clamp(ch[f], -1f, 1f);
                switch (encoding)
                {
                    case Encoding.Pcm8: data.WriteByte((byte)Math.Clamp(Math.Round(s * 127 + 128), 0, 255)); break;
                    case Encoding.Pcm16: data.Write(BitConverter.GetBytes((short)Math.Round(s * 32767))); break;
                    case Encoding.Pcm24:
                        var v = (int)Math.Round(s * 8388607);
                        data.WriteByte((byte)v); data.WriteByte((byte)(v >> 8)); data.WriteByte((byte)(v >> 16));
                        break;
                    case Encoding.Pcm32: data.Write(BitConverter.GetBytes((int)Math.Round(s * 2147483647.0))); break;
                    case Encoding.Float32: data.Write(BitConverter.GetBytes(s)); break;
                    case Encoding.MuLaw: data.WriteByte(G711.LinearToMuLaw((short)Math.Round(s * 32767))); break;
                    case Encoding.ALaw: data.WriteByte(G711.LinearToALaw((short)Math.Round(s * 32767))); break;
                }
            }
        }

        return Wrap(tag, channels.Length, sampleRate, bits, data.ToArray());
    }

    /// <summary>A RIFF/WAVE file around raw data; <paramref name="claimedDataBytes"/> lets a test lie about the data size.</summary>
    public static byte[] Wrap(int formatTag, int channels, int sampleRate, int bits, byte[] data, uint? claimedDataBytes = null)
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        var blockAlign = (short)(channels * bits / 8);
        w.Write(System.Text.Encoding.ASCII.GetBytes("RIFF"));
        w.Write(36 + data.Length);
        w.Write(System.Text.Encoding.ASCII.GetBytes("WAVEfmt "));
        w.Write(16);
        w.Write((short)formatTag);
        w.Write((short)channels);
        w.Write(sampleRate);
        w.Write(sampleRate * blockAlign);
        w.Write(blockAlign);
        w.Write((short)bits);
        w.Write(System.Text.Encoding.ASCII.GetBytes("data"));
        w.Write(claimedDataBytes ?? (uint)data.Length);
        w.Write(data);
        w.Flush();
        return ms.ToArray();
    }

    public static string Write(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

/// <summary>The G.711 encoders (ITU-T reference algorithm), so tests make μ-law/A-law without relying on the decoder under test.</summary>
public static class G711
{
    public static byte LinearToMuLaw(short sample)
    {
        const int bias = 0x84, clip = 32635;
        var sign = (sample >> 8) & 0x80;
        int s = sample;
        if (sign != 0) s = -s;
        if (s > clip) s = clip;
        s += bias;
        var exponent = 7;
        for (var mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1) exponent--;
        var mantissa = (s >> (exponent + 3)) & 0x0F;
        return (byte)~(sign | (exponent << 4) | mantissa);
    }

    public static byte LinearToALaw(short sample)
    {
        int s = sample >> 3;
        int mask;
        if (s >= 0) mask = 0xD5; else { mask = 0x55; s = -s - 1; }
        int[] segEnd = [0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF];
        var seg = 0;
        while (seg < 8 && s > segEnd[seg]) seg++;
        if (seg >= 8) return (byte)(0x7F ^ mask);
        var aval = seg << 4;
        aval |= seg < 2 ? (s >> 1) & 0xF : (s >> seg) & 0xF;
        return (byte)(aval ^ mask);
    }
}
