using Microsoft.Extensions.Configuration;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;
using TelesalesQa.Transcription.Engines.Whisper;
using Xunit.Abstractions;

namespace TelesalesQa.Transcription.Tests.Whisper;

/// <summary>What an administrator reads when the Whisper engine cannot run, and what it is configured to take.</summary>
[Collection("whisper")]
public sealed class WhisperAvailabilityTests(WhisperModelFixture fixture, ITestOutputHelper output)
{
    private static readonly PreparedAudio NoAudio = new(null!, new Dictionary<string, float[]>());

    [Fact]
    public void Unavailable_NamesTheMissingModelFile_AndHowToGetOne()
    {
        using var engine = new WhisperEngine(new WhisperOptions { ModelPath = "/nonexistent/ggml-base.bin" }, AppContext.BaseDirectory);
        Assert.Equal(
            "model file /nonexistent/ggml-base.bin not found: put a whisper.cpp ggml model there (telesalesqa models fetch base downloads one where there is internet)",
            engine.Unavailable);
    }

    [Fact]
    public void Unavailable_ResolvesTheDefaultModelPath_AgainstTheProgramFolder()
    {
        using var engine = new WhisperEngine(new WhisperOptions(), "/opt/telesalesqa");
        Assert.Equal("/opt/telesalesqa/models/ggml-base.bin", engine.ModelPath);
        Assert.StartsWith("model file /opt/telesalesqa/models/ggml-base.bin not found", engine.Unavailable, StringComparison.Ordinal);
    }

    [Fact]
    public void Transcribe_ThrowsAReadableError_WhenTheModelFileIsMissing()
    {
        using var engine = new WhisperEngine(new WhisperOptions { ModelPath = "/nonexistent/ggml-base.bin" }, AppContext.BaseDirectory);
        var ex = Assert.Throws<InvalidOperationException>(() => engine.Transcribe(NoAudio, Language.Zh, CancellationToken.None));
        Assert.StartsWith("whisper: model file /nonexistent/ggml-base.bin not found", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unavailable_SaysTheModelCouldNotBeLoaded_AndWhy_WhenTheFileIsRandomBytes()
    {
        var path = fixture.File("random-bytes.bin");
        var junk = new byte[64 * 1024];
        new Random(3).NextBytes(junk);
        File.WriteAllBytes(path, junk);
        using var engine = new WhisperEngine(fixture.Options() with { ModelPath = path }, AppContext.BaseDirectory);

        output.WriteLine(engine.Unavailable);
        Assert.StartsWith($"model file {path} could not be loaded: ", engine.Unavailable, StringComparison.Ordinal);
        Assert.Contains("bad magic", engine.Unavailable, StringComparison.Ordinal);
        var ex = Assert.Throws<InvalidOperationException>(() => engine.Transcribe(NoAudio, Language.En, CancellationToken.None));
        Assert.Equal($"whisper: {engine.Unavailable}", ex.Message);
    }

    [Theory]
    [InlineData(0.1, "it holds no weights")] // inside the vocabulary: whisper.cpp alone would accept it as an empty test model
    [InlineData(0.66, "not all tensors loaded")]
    public void Unavailable_SaysTheModelCouldNotBeLoaded_WhenTheFileIsCutShort(double kept, string reason)
    {
        // An interrupted download: the header is right, the rest is missing.
        var path = fixture.File($"truncated-{kept}.bin");
        var model = File.ReadAllBytes(fixture.ModelPath);
        File.WriteAllBytes(path, model[..(int)(model.Length * kept)]);
        using var engine = new WhisperEngine(fixture.Options() with { ModelPath = path }, AppContext.BaseDirectory);

        output.WriteLine(engine.Unavailable);
        Assert.StartsWith($"model file {path} could not be loaded: ", engine.Unavailable, StringComparison.Ordinal);
        Assert.Contains(reason, engine.Unavailable, StringComparison.Ordinal);
    }

    [Fact]
    public void Unavailable_RefusesAnF32Model_WhichWouldAbortTheProcess()
    {
        // Whisper.net 1.9.1 loads an all-f32 model, then whisper.cpp aborts the process (SIGABRT,
        // GGML_ASSERT(src0->type == GGML_TYPE_F16)) at the first transcription; nothing can catch that.
        var path = fixture.File("f32.bin");
        TinyWhisperModel.Write(path, f16: false);
        using var engine = new WhisperEngine(fixture.Options() with { ModelPath = path }, AppContext.BaseDirectory);

        Assert.Equal(
            $"model file {path} stores its weights in f32, which this whisper.cpp build cannot run (it aborts the whole process at the first transcription): use an f16 or quantized ggml model",
            engine.Unavailable);
        Assert.Throws<InvalidOperationException>(() => engine.Transcribe(NoAudio, Language.En, CancellationToken.None));
    }

    [Fact]
    public void For_SaysWhyThereIsNoEngine_WhenTheModelIsMissing()
    {
        using var missing = new WhisperEngine(new WhisperOptions { ModelPath = "/nonexistent/ggml-base.bin" }, AppContext.BaseDirectory);
        Assert.Null(new TranscriptionEngines([missing]).For(Language.Zh, out var reason));
        Assert.StartsWith("no speech engine for language zh (whisper: model file /nonexistent/ggml-base.bin not found", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Supports_NoLanguage_WhenDisabled()
    {
        using var off = new WhisperEngine(fixture.Options() with { Enabled = false }, AppContext.BaseDirectory);
        Assert.False(off.Supports(Language.Zh));
        Assert.False(off.Supports(Language.En));
        Assert.Equal("disabled in configuration (Transcription:Whisper:Enabled)", off.Unavailable);
    }

    [Fact]
    public void Supports_OnlyTheConfiguredLanguages_WhenLanguagesAreSet()
    {
        using var englishOnly = new WhisperEngine(fixture.Options() with { Languages = ["en"] }, AppContext.BaseDirectory);
        Assert.True(englishOnly.Supports(Language.En));
        Assert.False(englishOnly.Supports(Language.Zh));
        Assert.Null(englishOnly.Unavailable);
    }

    [Fact]
    public void Bind_ReplacesTheDefaultLanguages_AndOverridesPromptsOneByOne_WhenConfigured()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Transcription:Whisper:ModelPath"] = "/srv/models/ggml-small.bin",
            ["Transcription:Whisper:Languages:0"] = "en",
            ["Transcription:Whisper:Prompt:en"] = "Fibre broadband.",
        }).Build();

        var options = configuration.GetSection("Transcription:Whisper").Get<WhisperOptions>()!;

        Assert.Equal("/srv/models/ggml-small.bin", options.ModelPath);
        Assert.Equal(["en"], options.EffectiveLanguages);
        Assert.Equal("Fibre broadband.", options.Prompt["en"]);
        Assert.Contains("宽带", options.Prompt["zh"], StringComparison.Ordinal);
        Assert.Equal(["zh", "en"], new WhisperOptions().EffectiveLanguages);
    }
}
