using System.Diagnostics;
using TelesalesQa.Audio.Decoding;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;
using TelesalesQa.TestSupport;
using TelesalesQa.Transcription.Engines.Whisper;

namespace TelesalesQa.Transcription.Tests.Whisper;

/// <summary>
/// One generated random-weight model (about 4 MB, written in well under a second) and one engine
/// over it, shared by the Whisper tests. One thread per run: ggml's worker threads spin while they
/// wait, which slows everyone down badly on a small machine that is running other tests too. No
/// temperature fallback: a random model fails every reliability check, so each segment would be
/// decoded six times (about 0.6 s instead of 0.1 s); one test keeps the default to cover that path.
/// </summary>
public sealed class WhisperModelFixture : IDisposable
{
    private readonly TempDir _dir = new();

    public WhisperModelFixture()
    {
        ModelPath = _dir.File("ggml-tiny-random.bin");
        var watch = Stopwatch.StartNew();
        TinyWhisperModel.Write(ModelPath);
        WriteMilliseconds = watch.ElapsedMilliseconds;
        Engine = new WhisperEngine(Options(), AppContext.BaseDirectory);
        watch.Restart();
        LoadError = Engine.Unavailable;
        LoadMilliseconds = watch.ElapsedMilliseconds;
    }

    public string ModelPath { get; }

    public long WriteMilliseconds { get; }

    public WhisperEngine Engine { get; }

    /// <summary>What the engine said when it first loaded the model (null: loaded).</summary>
    public string? LoadError { get; }

    public long LoadMilliseconds { get; }

    /// <summary>A folder for files a single test makes (corrupt models…), removed with the fixture.</summary>
    public string File(string name) => _dir.File(name);

    public WhisperOptions Options() => new() { ModelPath = ModelPath, Threads = 1, TemperatureFallback = false };

    public static PreparedAudio Prepare(string wav, ChannelLayout layout = ChannelLayout.AgentLeft) =>
        new CallAudioAnalyzer().Prepare(WavReader.Decode(wav), layout);

    public void Dispose()
    {
        Engine.Dispose();
        _dir.Dispose();
    }
}

/// <summary>The native engine is CPU-heavy and its tests time things: they run one at a time.</summary>
[CollectionDefinition("whisper", DisableParallelization = true)]
public sealed class WhisperCollection : ICollectionFixture<WhisperModelFixture>;
