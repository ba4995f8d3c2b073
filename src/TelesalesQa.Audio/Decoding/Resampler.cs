using NAudio.Wave;
using NAudio.Wave.SampleProviders;

namespace TelesalesQa.Audio.Decoding;

/// <summary>Resamples one channel with NAudio's WDL resampler (a windowed-sinc filter, so 8 kHz telephone audio is not aliased when brought to 16 kHz).</summary>
public static class Resampler
{
    public const int TargetRate = 16000;

    public static float[] To(float[] samples, int fromRate, int toRate = TargetRate)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (fromRate == toRate)
        {
            return samples;
        }

        var source = new ArraySampleProvider(samples, fromRate);
        var resampler = new WdlResamplingSampleProvider(source, toRate);
        var expected = (int)Math.Ceiling((long)samples.Length * toRate / (double)fromRate);
        var output = new float[expected];
        var written = 0;
        while (written < expected)
        {
            var n = resampler.Read(output.AsSpan(written, Math.Min(8192, expected - written)));
            if (n == 0)
            {
                break;
            }

            written += n;
        }

        return written == expected ? output : output[..written];
    }

    private sealed class ArraySampleProvider(float[] samples, int rate) : ISampleProvider
    {
        private int _position;

        public WaveFormat WaveFormat { get; } = WaveFormat.CreateIeeeFloatWaveFormat(rate, 1);

        public int Read(Span<float> buffer)
        {
            var n = Math.Min(buffer.Length, samples.Length - _position);
            if (n <= 0)
            {
                return 0;
            }

            samples.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
    }
}
