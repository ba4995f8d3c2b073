using TelesalesQa.Audio.Decoding;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;
using TelesalesQa.TestSupport;
using TelesalesQa.Transcription.Engines.PocketSphinx;
using TelesalesQa.Transcription.Evaluation;

namespace TelesalesQa.Transcription.Tests;

/// <summary>One engine (and its ~110 MB decoders) shared by the tests that use it.</summary>
public sealed class PocketSphinxFixture : IDisposable
{
    public PocketSphinxEngine Engine { get; } = new(new PocketSphinxOptions { DomainLanguageModel = Path.Combine(Repo.Root, "models", "lm", "telesales-en.arpa") }, AppContext.BaseDirectory);

    public void Dispose() => Engine.Dispose();
}

[CollectionDefinition("pocketsphinx", DisableParallelization = true)]
public sealed class PocketSphinxCollection : ICollectionFixture<PocketSphinxFixture>;

[Collection("pocketsphinx")]
public sealed class PocketSphinxEngineTests(PocketSphinxFixture fixture)
{
    private static PreparedAudio Prepare(string wav, ChannelLayout layout = ChannelLayout.AgentLeft) =>
        new CallAudioAnalyzer().Prepare(WavReader.Decode(wav), layout);

    [Fact]
    public void Engine_IsInstalled_ByTheTestCommand()
    {
        Assert.Null(fixture.Engine.Unavailable);
        Assert.True(fixture.Engine.Supports(Language.En));
        Assert.False(fixture.Engine.Supports(Language.Zh));
    }

    [Fact]
    public void Transcribe_HearsTheRefusalAndThePush_InARealStereoCall_WithSpeakersFromTheChannels()
    {
        var transcript = fixture.Engine.Transcribe(Prepare(Repo.Sample("en-004.wav")), Language.En, CancellationToken.None);
        var reference = TranscriptJson.Parse(File.ReadAllText(Repo.Sample("en-004.ref.json"))).Transcript;

        Assert.Equal(reference.Turns.Select(t => t.Speaker), transcript.Turns.Select(t => t.Speaker));
        var customerRefusal = transcript.Turns[3];
        Assert.Contains("not interested", customerRefusal.Text, StringComparison.Ordinal);
        Assert.Contains("call me again", customerRefusal.Text, StringComparison.Ordinal);
        Assert.All(transcript.Turns, t => Assert.InRange(t.Confidence!.Value, 0, 1));

        // Turn times line up with where the words were placed in the recording (±0.4 s).
        foreach (var (heard, truth) in transcript.Turns.Zip(reference.Turns))
        {
            Assert.InRange(heard.Start, truth.Start - 0.4, truth.Start + 0.4);
            Assert.InRange(heard.End, truth.End - 0.4, truth.End + 0.4);
        }

        var wer = ErrorRate.Count(string.Join(' ', reference.Turns.Select(t => t.Text)), string.Join(' ', transcript.Turns.Select(t => t.Text)), Language.En);
        Assert.True(wer.Rate < 0.25, $"WER {wer.Rate:P1}");
    }

    [Fact]
    public void Transcribe_GivesUnknownSpeakers_ForAMonoRecording()
    {
        const string clip = "/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0880.wav";
        var transcript = fixture.Engine.Transcribe(Prepare(clip, ChannelLayout.Mono), Language.En, CancellationToken.None);
        Assert.All(transcript.Turns, t => Assert.Equal(Speaker.Unknown, t.Speaker));
        var text = string.Join(' ', transcript.Turns.Select(t => t.Text));
        Assert.Contains("young man", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Transcribe_GivesTheSameWords_WhenTheSameCallIsTranscribedTwice()
    {
        // Normalisation must not carry over from one call to the next (each segment is its own batch).
        var a = fixture.Engine.Transcribe(Prepare(Repo.Sample("en-002.wav")), Language.En, CancellationToken.None);
        fixture.Engine.Transcribe(Prepare(Repo.Sample("en-005.wav")), Language.En, CancellationToken.None);
        var b = fixture.Engine.Transcribe(Prepare(Repo.Sample("en-002.wav")), Language.En, CancellationToken.None);
        Assert.Equal(a.Turns.Select(t => t.Text), b.Turns.Select(t => t.Text));
    }
}

public sealed class EngineAvailabilityTests
{
    [Fact]
    public void Unavailable_NamesTheMissingModelFile_AndThePackageToInstall()
    {
        using var engine = new PocketSphinxEngine(new PocketSphinxOptions { ModelDirectory = "/nonexistent/model" }, AppContext.BaseDirectory);
        Assert.Equal("model file /nonexistent/model/en-us/mdef is missing: install the Debian package pocketsphinx-en-us", engine.Unavailable);
        var ex = Assert.Throws<InvalidOperationException>(() => engine.Transcribe(new PreparedAudio(null!, new Dictionary<string, float[]>()), Language.En, CancellationToken.None));
        Assert.Contains("pocketsphinx-en-us", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_ExplainsWhyThereIsNoEngine_PerLanguage()
    {
        using var missing = new PocketSphinxEngine(new PocketSphinxOptions { ModelDirectory = "/nonexistent/model" }, AppContext.BaseDirectory);
        var engines = new TranscriptionEngines([missing]);

        Assert.Null(engines.For(Language.Zh, out var zh));
        Assert.Equal("no speech engine for language zh (no engine is configured for it)", zh);
        Assert.Null(engines.For(Language.En, out var en));
        Assert.StartsWith("no speech engine for language en (pocketsphinx: model file /nonexistent/model/en-us/mdef is missing", en, StringComparison.Ordinal);
    }

    [Fact]
    public void For_SaysTheEngineIsDisabled_WhenConfiguredOff()
    {
        using var off = new PocketSphinxEngine(new PocketSphinxOptions { Enabled = false }, AppContext.BaseDirectory);
        Assert.False(off.Supports(Language.En));
        Assert.Null(new TranscriptionEngines([off]).For(Language.En, out var reason));
        Assert.Equal("no speech engine for language en (no engine is configured for it)", reason);
    }
}
