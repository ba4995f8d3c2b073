using TelesalesQa.Audio.Decoding;
using TelesalesQa.Audio.Export;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;
using TelesalesQa.TestSupport;
using static TelesalesQa.TestSupport.TestWav;

namespace TelesalesQa.Audio.Tests;

public sealed class ExportAndPeaksTests
{
    [Fact]
    public void Export_CutsTheSpan_AndReplacesBleepsWithATone_KeepingTheRest()
    {
        var left = Bursts(8000, 4, 300, (0, 4, 0.3));
        var right = Bursts(8000, 4, 500, (0, 4, 0.2));
        var audio = WavReader.Decode(new MemoryStream(Build(TestWav.Encoding.Pcm16, 8000, left, right)));
        using var output = new MemoryStream();
        ClipExporter.Export(audio, 1.0, 3.0, [(2.0, 2.5)], output);

        output.Position = 0;
        var clip = WavReader.Decode(output);
        Assert.Equal(2.0, clip.Info.DurationSeconds, 3);
        Assert.Equal(2, clip.Info.Channels);
        Assert.Equal("wav/pcm16", clip.Info.Format);

        // Untouched part: sample for sample the source (within 16-bit rounding).
        for (var i = 0; i < 8000; i += 13)
        {
            Assert.Equal(audio.Channels[0][8000 + i], clip.Channels[0][i], 3);
        }

        // Bleeped part (1.0–1.5 s into the clip): a 1 kHz tone at −20 dBFS peak on both channels.
        var bleep = clip.Channels[1].AsSpan(8000 + 400, 3200);
        var crossings = 0;
        for (var i = 1; i < bleep.Length; i++)
        {
            if (bleep[i - 1] < 0 != bleep[i] < 0)
            {
                crossings++;
            }
        }

        Assert.InRange(crossings, 795, 805); // 0.4 s of 1 kHz
        Assert.Equal(20 * Math.Log10(ClipExporter.ToneAmplitude / Math.Sqrt(2)), Levels.RmsDbfs(bleep), 0.2);
    }

    [Fact]
    public void Export_RefusesAnEmptySpan()
    {
        var audio = WavReader.Decode(new MemoryStream(Build(TestWav.Encoding.Pcm16, 8000, new float[8000])));
        var ex = Assert.Throws<ArgumentException>(() => ClipExporter.Export(audio, 5, 6, [], new MemoryStream()));
        Assert.StartsWith("empty clip", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WaveformPeaks_FollowTheSignalsEnvelope()
    {
        var signal = Bursts(16000, 10, 200, (2, 4, 0.5));
        var peaks = WaveformPeaks.Compute(signal, 16000, buckets: 100);
        Assert.Equal(100, peaks.Max.Length);
        Assert.Equal(0.1, peaks.SecondsPerBucket, 6);
        Assert.Equal(0f, peaks.Max[10]);            // 1.0–1.1 s: silence
        Assert.InRange(peaks.Max[30], 0.49f, 0.5f); // 3.0–3.1 s: the burst
        Assert.InRange(peaks.Min[30], -0.5f, -0.49f);
    }

    [Fact]
    public void EnergyEnvelope_GivesTheRmsOfASpan_OverItsVoicedFrames()
    {
        var signal = Bursts(16000, 6, 300, (1, 3, 0.3));
        var envelope = EnergyEnvelopes.Compute(signal, 16000);
        var energy = new SpeakerEnergy(envelope.FrameSeconds, envelope.MeanSquare);
        var expected = 20 * Math.Log10(0.3 / Math.Sqrt(2));
        Assert.Equal(expected, energy.RmsDbfs(1, 3)!.Value, 0.3);
        Assert.Equal(expected, energy.RmsDbfs(0, 5)!.Value, 0.3); // the silence around it does not dilute the level
        Assert.Null(energy.RmsDbfs(4, 5));

        var withPeaks = energy with { Peak = envelope.Peak };
        Assert.Equal(20 * Math.Log10(0.3), withPeaks.PeakDbfs(0, 5)!.Value, 0.1);
        Assert.Null(withPeaks.PeakDbfs(4, 5));
    }

    [Fact]
    public void Prepare_StoresWaveformsAndEnvelopes_PerSpeaker()
    {
        var agent = Bursts(8000, 3, 300, (0.5, 1.5, 0.3));
        var customer = Bursts(8000, 3, 500, (1.8, 2.5, 0.3));
        var facts = new CallAudioAnalyzer().Prepare(WavReader.Decode(new MemoryStream(Build(TestWav.Encoding.MuLaw, 8000, agent, customer))), ChannelLayout.AgentLeft).Facts;
        Assert.Equal(["agent", "customer"], facts.Waveforms.Keys.Order());
        Assert.Equal(WaveformPeaks.DefaultBuckets, facts.Waveforms["agent"].Max.Length);
        Assert.Equal(30, facts.Envelopes["customer"].MeanSquare.Length);
    }
}
