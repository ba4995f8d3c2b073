using TelesalesQa.Audio.Decoding;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;

namespace TelesalesQa.Audio.Tests;

/// <summary>
/// MP3 fixtures made with LAME from a known signal: agent (left) tone bursts at 0.5–1.5 s and
/// 2.5–3.5 s, customer (right) at 1.7–2.3 s, 4 s in all.
/// </summary>
public sealed class Mp3Tests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Theory]
    [InlineData("stereo-44k-mpeg1.mp3", 44100, "mp3/mpeg1")]
    [InlineData("stereo-16k-mpeg2.mp3", 16000, "mp3/mpeg2")]
    public void Decode_ReadsMp3_AndFindsTheBurstsWhereTheyWere(string file, int rate, string format)
    {
        var audio = AudioDecoder.Decode(Fixture(file));
        Assert.Equal(format, audio.Info.Format);
        Assert.Equal(rate, audio.SampleRate);
        Assert.Equal(2, audio.Info.Channels);
        Assert.InRange(audio.Info.DurationSeconds, 3.9, 4.2);

        var facts = new CallAudioAnalyzer().Prepare(audio, ChannelLayout.AgentLeft).Facts;
        // MP3 encoders add a delay of a few ms (LAME: 576 + 529 samples); allow ±80 ms.
        var agent = facts.Speakers["agent"].SpeechSegments;
        Assert.Equal(2, agent.Count);
        Assert.InRange(agent[0].Start, 0.42, 0.58);
        Assert.InRange(agent[1].End, 3.42, 3.58);
        var customer = Assert.Single(facts.Speakers["customer"].SpeechSegments);
        Assert.InRange(customer.Start, 1.62, 1.78);
        Assert.Equal(20 * Math.Log10(0.3 / Math.Sqrt(2)), facts.Speakers["agent"].RmsDbfs, 1.0);
    }

    [Fact]
    public void Decode_RefusesMpeg25_WithAReason_InsteadOfPassingOnWrongAudio()
    {
        var ex = Assert.Throws<AudioReadException>(() => AudioDecoder.Decode(Fixture("stereo-8k-mpeg25.mp3")));
        Assert.Equal(AudioProblem.UnsupportedCodec, ex.Problem);
        Assert.Equal("unsupported MP3: MPEG-2.5 at 8000 Hz is not decoded reliably; convert the recording to WAV (PCM or μ-law)", ex.Message);
    }

    [Fact]
    public void Decode_RejectsAFileThatOnlyStartsLikeAnMp3()
    {
        var bytes = new byte[2000];
        bytes[0] = (byte)'I';
        bytes[1] = (byte)'D';
        bytes[2] = (byte)'3';
        var ex = Assert.Throws<AudioReadException>(() => AudioDecoder.Decode(new MemoryStream(bytes)));
        Assert.Equal(AudioProblem.WrongFormat, ex.Problem);
    }

    [Fact]
    public void Decode_NeverThrowsAnythingButAudioReadException_OnMutatedMp3s()
    {
        var random = new Random(11);
        var valid = File.ReadAllBytes(Fixture("stereo-16k-mpeg2.mp3"));
        for (var i = 0; i < 300; i++)
        {
            var bytes = (byte[])valid.Clone();
            for (var k = 0; k < 20; k++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            if (i % 4 == 0)
            {
                Array.Resize(ref bytes, random.Next(4, bytes.Length));
            }

            try
            {
                var audio = AudioDecoder.Decode(new MemoryStream(bytes));
                Assert.All(audio.Channels, ch => Assert.All(ch, s => Assert.True(float.IsFinite(s))));
            }
            catch (AudioReadException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            }
        }
    }
}
