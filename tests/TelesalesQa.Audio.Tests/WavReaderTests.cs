using TelesalesQa.Audio.Decoding;
using TelesalesQa.TestSupport;
using static TelesalesQa.TestSupport.TestWav;

namespace TelesalesQa.Audio.Tests;

public sealed class WavReaderTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static float[] Tone(int rate, double seconds = 1.0, double amplitude = 0.5) => Bursts(rate, seconds, 440, (0, seconds, amplitude));

    [Theory]
    [InlineData(TestWav.Encoding.Pcm8, "wav/pcm8")]
    [InlineData(TestWav.Encoding.Pcm16, "wav/pcm16")]
    [InlineData(TestWav.Encoding.Pcm24, "wav/pcm24")]
    [InlineData(TestWav.Encoding.Pcm32, "wav/pcm32")]
    [InlineData(TestWav.Encoding.Float32, "wav/float32")]
    [InlineData(TestWav.Encoding.MuLaw, "wav/mulaw")]
    [InlineData(TestWav.Encoding.ALaw, "wav/alaw")]
    public void Decode_ReadsEachEncoding_CloseToTheOriginalSignal(TestWav.Encoding encoding, string format)
    {
        var signal = Tone(8000);
        var path = Write(_dir.File($"{encoding}.wav"), Build(encoding, 8000, signal, signal));
        var audio = WavReader.Decode(path);
        Assert.Equal(format, audio.Info.Format);
        Assert.Equal(2, audio.Info.Channels);
        Assert.Equal(1.0, audio.Info.DurationSeconds, 3);
        // G.711 and 8-bit are lossy: within 1/64 of full scale; the others within one LSB of 16-bit.
        var tolerance = encoding is TestWav.Encoding.MuLaw or TestWav.Encoding.ALaw or TestWav.Encoding.Pcm8 ? 1 / 64.0 : 1 / 16384.0;
        for (var i = 0; i < signal.Length; i += 37)
        {
            Assert.InRange(audio.Channels[1][i] - signal[i], -tolerance, tolerance);
        }
    }

    [Fact]
    public void Decode_MuLawALawAndPcm_OfTheSameSignal_Agree()
    {
        var signal = Tone(8000, amplitude: 0.3);
        var pcm = WavReader.Decode(Write(_dir.File("p.wav"), Build(TestWav.Encoding.Pcm16, 8000, signal))).Channels[0];
        var mu = WavReader.Decode(Write(_dir.File("u.wav"), Build(TestWav.Encoding.MuLaw, 8000, signal))).Channels[0];
        var a = WavReader.Decode(Write(_dir.File("a.wav"), Build(TestWav.Encoding.ALaw, 8000, signal))).Channels[0];
        Assert.Equal(Speech.Levels.RmsDbfs(pcm), Speech.Levels.RmsDbfs(mu), 0.2);
        Assert.Equal(Speech.Levels.RmsDbfs(pcm), Speech.Levels.RmsDbfs(a), 0.2);
        Assert.True(pcm.Zip(mu).Max(p => Math.Abs(p.First - p.Second)) < 0.02);
        Assert.True(pcm.Zip(a).Max(p => Math.Abs(p.First - p.Second)) < 0.02);
    }

    [Fact]
    public void Probe_RejectsAnEmptyFile()
    {
        var ex = Assert.Throws<AudioReadException>(() => WavReader.Probe(Write(_dir.File("e.wav"), [])));
        Assert.Equal(AudioProblem.Empty, ex.Problem);
        Assert.Equal("empty file (0 bytes)", ex.Message);
    }

    [Fact]
    public void Probe_RejectsAFewBytes()
    {
        var ex = Assert.Throws<AudioReadException>(() => WavReader.Probe(Write(_dir.File("f.wav"), "RIFF\0\0"u8.ToArray())));
        Assert.Equal(AudioProblem.TooShort, ex.Problem);
        Assert.Equal("too short to be a recording (6 bytes)", ex.Message);
    }

    [Theory]
    [InlineData("ID3\u0004\0\0\0\0\0\0", "looks like MP3")]
    [InlineData("OggS\0\u0002\0\0\0\0", "looks like Ogg")]
    [InlineData("{\"callId\": \"x\", ", "looks like JSON text")]
    [InlineData("hello world, I am a text file", "unrecognised content")]
    public void Probe_RejectsWrongMagic_SayingWhatTheFileLooksLike(string start, string expected)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(start.PadRight(100, ' '));
        var ex = Assert.Throws<AudioReadException>(() => WavReader.Probe(Write(_dir.File("w.wav"), bytes)));
        Assert.Equal(AudioProblem.WrongFormat, ex.Problem);
        Assert.Equal($"not a WAV recording ({expected})", ex.Message);
    }

    [Fact]
    public void Probe_ReportsTruncation_InSecondsPresentAndClaimed()
    {
        // Header claims 2 s of 8 kHz mono 16-bit; only 1 s is there. NAudio would silently read 1 s.
        var data = Build(TestWav.Encoding.Pcm16, 8000, Tone(8000))[44..];
        var path = Write(_dir.File("t.wav"), Wrap(1, 1, 8000, 16, data, claimedDataBytes: 32000));
        var ex = Assert.Throws<AudioReadException>(() => WavReader.Probe(path));
        Assert.Equal(AudioProblem.Truncated, ex.Problem);
        Assert.Equal("truncated: 1.0 of 2.0 seconds present", ex.Message);
    }

    [Fact]
    public void Probe_RejectsAnUnsupportedCodec_ByName()
    {
        var path = Write(_dir.File("g.wav"), Wrap(0x0031, 1, 8000, 16, new byte[1000]));
        var ex = Assert.Throws<AudioReadException>(() => WavReader.Probe(path));
        Assert.Equal(AudioProblem.UnsupportedCodec, ex.Problem);
        Assert.StartsWith("unsupported codec: GSM 6.10 (format tag 0x0031)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(384000)]
    public void Probe_RejectsAbsurdSampleRates(int rate)
    {
        var path = Write(_dir.File("r.wav"), Wrap(1, 1, rate, 16, new byte[1000]));
        var ex = Assert.Throws<AudioReadException>(() => WavReader.Probe(path));
        Assert.Equal(AudioProblem.UnsupportedSampleRate, ex.Problem);
        Assert.Contains($"{rate} Hz", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Probe_RejectsAbsurdChannelCounts(int channels)
    {
        var path = Write(_dir.File("c.wav"), Wrap(1, channels, 8000, 16, new byte[1200]));
        var ex = Assert.Throws<AudioReadException>(() => WavReader.Probe(path));
        Assert.Equal(AudioProblem.UnsupportedChannels, ex.Problem);
        Assert.Equal($"{channels} channels; only mono or stereo recordings are supported", ex.Message);
    }

    [Fact]
    public void Probe_RejectsRecordingsLongerThanTheConfiguredMaximum()
    {
        var path = Write(_dir.File("l.wav"), Build(TestWav.Encoding.Pcm16, 8000, Tone(8000, seconds: 3)));
        var ex = Assert.Throws<AudioReadException>(() => WavReader.Probe(path, new AudioLimits { MaxDurationSeconds = 2 }));
        Assert.Equal(AudioProblem.TooLong, ex.Problem);
        Assert.Contains("longer than the configured maximum", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3.0, WavReader.Probe(path).DurationSeconds, 3);
    }

    [Fact]
    public void Probe_NeverThrowsAnythingButAudioReadException_OnRandomAndMutatedHeaders()
    {
        // Property test: random bytes, and valid files with random bytes flipped in the header,
        // either read cleanly or fail with a readable AudioReadException; never another exception.
        var random = new Random(20261127);
        var valid = Build(TestWav.Encoding.Pcm16, 8000, Tone(8000, seconds: 0.2), Tone(8000, seconds: 0.2));
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < 3000; i++)
        {
            byte[] bytes;
            if (i % 3 == 0)
            {
                bytes = new byte[random.Next(0, 400)];
                random.NextBytes(bytes);
            }
            else
            {
                bytes = (byte[])valid.Clone();
                for (var k = 0; k < random.Next(1, 6); k++)
                {
                    bytes[random.Next(0, 48)] = (byte)random.Next(256);
                }

                if (i % 5 == 0)
                {
                    Array.Resize(ref bytes, random.Next(0, bytes.Length));
                }
            }

            try
            {
                var audio = WavReader.Decode(new MemoryStream(bytes));
                Assert.All(audio.Channels, ch => Assert.All(ch, s => Assert.True(float.IsFinite(s) && Math.Abs(s) <= 1.0001f)));
                outcomes["ok"] = outcomes.GetValueOrDefault("ok") + 1;
            }
            catch (AudioReadException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
                outcomes[ex.Problem.ToString()] = outcomes.GetValueOrDefault(ex.Problem.ToString()) + 1;
            }
        }

        // The mutations must have exercised both paths, or the test proves nothing.
        Assert.True(outcomes.GetValueOrDefault("ok") > 0);
        Assert.True(outcomes.Count >= 5, string.Join(", ", outcomes));
    }
}
