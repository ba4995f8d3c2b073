using System.Diagnostics;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;
using TelesalesQa.TestSupport;
using TelesalesQa.Transcription.Engines.Whisper;
using Xunit.Abstractions;

namespace TelesalesQa.Transcription.Tests.Whisper;

/// <summary>
/// The real native engine over a generated random-weight model: the words are gibberish, so these
/// tests check everything but the words (loading, speakers, times, languages, concurrency, cancellation).
/// </summary>
[Collection("whisper")]
public sealed class WhisperEngineTests(WhisperModelFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Unavailable_IsNull_WhenTheGeneratedModelLoads()
    {
        output.WriteLine($"model written in {fixture.WriteMilliseconds} ms ({new FileInfo(fixture.ModelPath).Length / 1e6:0.0} MB), loaded in {fixture.LoadMilliseconds} ms");
        Assert.Null(fixture.LoadError);
        Assert.Null(fixture.Engine.Unavailable);
        Assert.Equal("whisper", fixture.Engine.Name);
        Assert.True(fixture.Engine.Supports(Language.Zh));
        Assert.True(fixture.Engine.Supports(Language.En));
    }

    [Fact]
    public void Transcribe_GivesTimeOrderedTurnsFromTheChannels_InARealStereoCall()
    {
        var audio = WhisperModelFixture.Prepare(Repo.Sample("en-004.wav"));
        var watch = Stopwatch.StartNew();
        var transcript = fixture.Engine.Transcribe(audio, Language.En, CancellationToken.None);
        output.WriteLine($"en-004 ({audio.Facts.Format.DurationSeconds:0.0} s) transcribed in {watch.ElapsedMilliseconds} ms");
        foreach (var t in transcript.Turns)
        {
            output.WriteLine($"{t.Speaker} {t.Start:0.00}-{t.End:0.00} {t.Confidence:0.000} {t.Text}");
        }

        AssertWellFormed(transcript, audio);
        Assert.Equal([Speaker.Agent, Speaker.Customer], transcript.Turns.Select(t => t.Speaker).Distinct().Order());
        Assert.All(transcript.Turns, t => Assert.DoesNotContain("  ", t.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Transcribe_AcceptsMandarin_AndJoinsItsWordsWithoutSpaces()
    {
        var audio = WhisperModelFixture.Prepare(Repo.Sample("zh-001.wav"));
        var transcript = fixture.Engine.Transcribe(audio, Language.Zh, CancellationToken.None);

        AssertWellFormed(transcript, audio);
        Assert.All(transcript.Turns, t => Assert.DoesNotContain(' ', t.Text));
    }

    [Fact]
    public void Transcribe_GivesUnknownSpeakers_ForAMonoRecording()
    {
        var path = fixture.File("mono.wav");
        var tone = TestWav.Bursts(16000, 6, 300, (0.5, 2.0, 0.4), (3.5, 5.0, 0.4));
        TestWav.Write(path, TestWav.Build(TestWav.Encoding.Pcm16, 16000, tone));
        var audio = WhisperModelFixture.Prepare(path, ChannelLayout.Mono);

        var transcript = fixture.Engine.Transcribe(audio, Language.En, CancellationToken.None);

        AssertWellFormed(transcript, audio);
        Assert.All(transcript.Turns, t => Assert.Equal(Speaker.Unknown, t.Speaker));
    }

    [Fact]
    public void Transcribe_StillGivesTurns_WhenWhisperDetectsTheLanguageItself()
    {
        using var engine = new WhisperEngine(fixture.Options() with { DetectLanguage = true }, AppContext.BaseDirectory);
        var audio = WhisperModelFixture.Prepare(Repo.Sample("zh-002.wav"));

        var transcript = engine.Transcribe(audio, Language.Zh, CancellationToken.None);

        AssertWellFormed(transcript, audio);
    }

    [Fact]
    public async Task Transcribe_GivesTheSameTranscript_WhenTwoJobsRunAtOnce()
    {
        // Each job must get its own processor: a shared one would mix segments or fail.
        using var engine = new WhisperEngine(fixture.Options() with { MaxConcurrent = 2 }, AppContext.BaseDirectory);
        var audio = WhisperModelFixture.Prepare(Repo.Sample("en-002.wav"));
        var alone = engine.Transcribe(audio, Language.En, CancellationToken.None);

        var together = await Task.WhenAll(
            Task.Run(() => engine.Transcribe(audio, Language.En, CancellationToken.None)),
            Task.Run(() => engine.Transcribe(audio, Language.En, CancellationToken.None)));

        Assert.NotEmpty(alone.Turns);
        Assert.All(together, t => Assert.Equal(alone.Turns, t.Turns));
    }

    [Fact]
    public void Transcribe_StopsPromptly_WhenCancelledMidCall_AndTheEngineStillWorksAfterwards()
    {
        // Whisper's defaults (temperature fallback on) make this call take seconds with the random
        // model (about 8 s here), so a cancellation at 0.3 s lands mid-run, inside the native decoder.
        using var engine = new WhisperEngine(fixture.Options() with { TemperatureFallback = true }, AppContext.BaseDirectory);
        var audio = WhisperModelFixture.Prepare(Repo.Sample("en-004.wav"));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => engine.Transcribe(audio, Language.En, cts.Token));
        output.WriteLine($"cancelled after {watch.ElapsedMilliseconds} ms");
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));

        var tone = fixture.File("after-cancel.wav");
        TestWav.Write(tone, TestWav.Build(TestWav.Encoding.Pcm16, 16000, TestWav.Bursts(16000, 3, 300, (0.5, 2.0, 0.4))));
        Assert.NotEmpty(engine.Transcribe(WhisperModelFixture.Prepare(tone, ChannelLayout.Mono), Language.En, CancellationToken.None).Turns);
    }

    [Fact]
    public void Transcribe_Throws_WhenCancelledBeforeItStarts()
    {
        var audio = WhisperModelFixture.Prepare(Repo.Sample("en-001.wav"));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => fixture.Engine.Transcribe(audio, Language.En, cts.Token));
    }

    [Fact]
    public void For_PicksWhisper_ForBothLanguages_WhenItsModelLoads()
    {
        var engines = new TranscriptionEngines([fixture.Engine]);
        Assert.Same(fixture.Engine, engines.For(Language.Zh, out var zh));
        Assert.Null(zh);
        Assert.Same(fixture.Engine, engines.For(Language.En, out _));
    }

    /// <summary>
    /// Turns in time order, each inside the recording, and starting and ending within the (padded)
    /// speech of its own speaker: Whisper's segment-relative times were moved by the segment's start.
    /// </summary>
    private static void AssertWellFormed(Transcript transcript, PreparedAudio audio)
    {
        const double pad = 0.15 + 0.011; // the engine's padding, plus rounding to 0.01 s
        Assert.NotEmpty(transcript.Turns);
        Assert.Equal(transcript.Turns.OrderBy(t => t.Start).Select(t => t.Start), transcript.Turns.Select(t => t.Start));
        foreach (var turn in transcript.Turns)
        {
            Assert.False(string.IsNullOrWhiteSpace(turn.Text));
            Assert.InRange(turn.Start, 0, turn.End);
            Assert.InRange(turn.End, turn.Start, audio.Facts.Format.DurationSeconds);
            Assert.InRange(turn.Confidence!.Value, 0, 1);
            var speech = audio.Facts.Speakers[turn.Speaker.ToWire()].SpeechSegments;
            Assert.Contains(speech, s => turn.Start >= s.Start - pad && turn.Start <= s.End + pad);
            Assert.Contains(speech, s => turn.End >= s.Start - pad && turn.End <= s.End + pad);
        }
    }
}
