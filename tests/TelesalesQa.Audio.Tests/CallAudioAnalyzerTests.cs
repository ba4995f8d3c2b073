using TelesalesQa.Audio.Decoding;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;
using TelesalesQa.TestSupport;
using static TelesalesQa.TestSupport.TestWav;

namespace TelesalesQa.Audio.Tests;

public sealed class CallAudioAnalyzerTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // Agent (left) talks 0.5–2.0 and 3.0–5.0; customer (right) talks 2.2–3.6: the agent starts at 3.0
    // while the customer is mid-utterance, overlapping 0.6 s. The agent's 0.5 s start is not an overlap.
    private static (float[] Agent, float[] Customer) Conversation(int rate) =>
        (Bursts(rate, 6, 300, (0.5, 2.0, 0.3), (3.0, 5.0, 0.3)), Bursts(rate, 6, 500, (2.2, 3.6, 0.2)));

    [Theory]
    [InlineData(TestWav.Encoding.Pcm16, 16000)]
    [InlineData(TestWav.Encoding.Pcm16, 8000)]
    [InlineData(TestWav.Encoding.MuLaw, 8000)]
    [InlineData(TestWav.Encoding.ALaw, 8000)]
    [InlineData(TestWav.Encoding.Float32, 48000)]
    [InlineData(TestWav.Encoding.Pcm24, 44100)]
    public void Prepare_FindsSpeechSegments_Within30Ms_InEveryFormat(TestWav.Encoding encoding, int rate)
    {
        var (agent, customer) = Conversation(rate);
        var audio = WavReader.Decode(Write(_dir.File("c.wav"), Build(encoding, rate, agent, customer)));
        var facts = new CallAudioAnalyzer().Prepare(audio, ChannelLayout.AgentLeft).Facts;

        AssertSegments([(0.5, 2.0), (3.0, 5.0)], facts.Speakers["agent"].SpeechSegments);
        AssertSegments([(2.2, 3.6)], facts.Speakers["customer"].SpeechSegments);
        Assert.Equal(3.5, facts.Speakers["agent"].TalkSeconds, 0.06);
    }

    [Fact]
    public void Prepare_FindsOverlaps_WhereAndOnlyWhereTheAgentTalksOverTheCustomer()
    {
        var (agent, customer) = Conversation(8000);
        var facts = new CallAudioAnalyzer().Prepare(WavReader.Decode(Write(_dir.File("o.wav"), Build(TestWav.Encoding.MuLaw, 8000, agent, customer))), ChannelLayout.AgentLeft).Facts;
        var overlap = Assert.Single(facts.Overlaps);
        Assert.Equal(3.0, overlap.Start, 0.03);
        Assert.Equal(3.6, overlap.End, 0.03);
    }

    [Fact]
    public void Prepare_SwapsSpeakers_WhenTheAgentIsOnTheRight()
    {
        var (agent, customer) = Conversation(8000);
        var audio = WavReader.Decode(Write(_dir.File("s.wav"), Build(TestWav.Encoding.Pcm16, 8000, customer, agent)));
        var facts = new CallAudioAnalyzer().Prepare(audio, ChannelLayout.AgentRight).Facts;
        AssertSegments([(0.5, 2.0), (3.0, 5.0)], facts.Speakers["agent"].SpeechSegments);
    }

    [Fact]
    public void Prepare_MeasuresLevels_Within05Db_OfTheComputedValue()
    {
        // A sine of amplitude A has RMS A/√2: 0.3 → −10.46 dBFS, peak −10.46+3.01 = −7.46 dBFS.
        var (agent, customer) = Conversation(16000);
        var facts = new CallAudioAnalyzer().Prepare(WavReader.Decode(Write(_dir.File("l.wav"), Build(TestWav.Encoding.Pcm16, 16000, agent, customer))), ChannelLayout.AgentLeft).Facts;
        var expected = 20 * Math.Log10(0.3 / Math.Sqrt(2));
        Assert.InRange(facts.Speakers["agent"].RmsDbfs, expected - 0.5, expected + 0.5);
        Assert.InRange(facts.Speakers["agent"].PeakDbfs, 20 * Math.Log10(0.3) - 0.5, 20 * Math.Log10(0.3) + 0.5);
        Assert.InRange(facts.Speakers["customer"].RmsDbfs, 20 * Math.Log10(0.2 / Math.Sqrt(2)) - 0.5, 20 * Math.Log10(0.2 / Math.Sqrt(2)) + 0.5);
    }

    [Fact]
    public void Prepare_FindsSilencesLongerThanThePolicy_BetweenSpeech()
    {
        var agent = Bursts(8000, 20, 300, (0.5, 2.0, 0.3), (12.0, 13.0, 0.3));
        var customer = Bursts(8000, 20, 500, (2.5, 3.0, 0.3));
        var facts = new CallAudioAnalyzer { LongSilenceSeconds = 8 }.Prepare(WavReader.Decode(Write(_dir.File("d.wav"), Build(TestWav.Encoding.Pcm16, 8000, agent, customer))), ChannelLayout.AgentLeft).Facts;
        var silence = Assert.Single(facts.Silences);
        Assert.Equal(3.0, silence.Start, 0.03);
        Assert.Equal(12.0, silence.End, 0.03);
    }

    [Fact]
    public void Prepare_RefusesARecordingThatIsSilentOnEveryChannel()
    {
        var silent = new float[8000 * 2];
        var audio = WavReader.Decode(Write(_dir.File("q.wav"), Build(TestWav.Encoding.Pcm16, 8000, silent, silent)));
        var ex = Assert.Throws<AudioReadException>(() => new CallAudioAnalyzer().Prepare(audio, ChannelLayout.AgentLeft));
        Assert.Equal(AudioProblem.Silent, ex.Problem);
        Assert.Equal("no speech found: the recording is silent on every channel", ex.Message);
    }

    [Fact]
    public void Prepare_FlagsOneSilentChannel_ButKeepsTheCall()
    {
        var (agent, _) = Conversation(8000);
        var audio = WavReader.Decode(Write(_dir.File("h.wav"), Build(TestWav.Encoding.Pcm16, 8000, agent, new float[agent.Length])));
        var facts = new CallAudioAnalyzer().Prepare(audio, ChannelLayout.AgentLeft).Facts;
        Assert.Equal(["customer channel is silent"], facts.Problems);
        Assert.Equal(2, facts.Speakers["agent"].SpeechSegments.Count);
    }

    [Fact]
    public void Prepare_TreatsMonoAsOneUnknownSpeaker_At16kHz()
    {
        var (agent, _) = Conversation(8000);
        var prepared = new CallAudioAnalyzer().Prepare(WavReader.Decode(Write(_dir.File("m.wav"), Build(TestWav.Encoding.Pcm16, 8000, agent))), ChannelLayout.AgentLeft);
        Assert.Equal(["unknown"], prepared.Speakers16k.Keys);
        Assert.InRange(prepared.Speakers16k["unknown"].Length, 6 * 16000 - 50, 6 * 16000 + 50);
        Assert.Empty(prepared.Facts.Overlaps);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(1000)]
    [InlineData(3000)]
    public void Resampler_PreservesATonesFrequencyAndLevel_AcrossTheTelephoneBand(int frequency)
    {
        var tone = Bursts(8000, 1, frequency, (0, 1, 0.5));
        var up = Resampler.To(tone, 8000);
        Assert.InRange(up.Length, 15998, 16002);
        // Count zero crossings in the steady middle (0.5 s): a tone of f Hz has f of them.
        var mid = up.AsSpan(4000, 8000);
        var crossings = 0;
        for (var i = 1; i < mid.Length; i++)
        {
            if (mid[i - 1] < 0 != mid[i] < 0)
            {
                crossings++;
            }
        }

        Assert.InRange(crossings, frequency - 3, frequency + 3);
        Assert.Equal(Levels.RmsDbfs(tone.AsSpan(2000, 4000)), Levels.RmsDbfs(mid), 0.2);
    }

    private static void AssertSegments((double Start, double End)[] expected, IReadOnlyList<SpeechSegment> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.InRange(actual[i].Start, expected[i].Start - 0.03, expected[i].Start + 0.03);
            Assert.InRange(actual[i].End, expected[i].End - 0.03, expected[i].End + 0.03);
        }
    }
}
