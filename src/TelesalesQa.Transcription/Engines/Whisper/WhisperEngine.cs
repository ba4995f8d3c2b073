using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using TelesalesQa.Audio.Decoding;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;
using Whisper.net;
using Whisper.net.Logger;

namespace TelesalesQa.Transcription.Engines.Whisper;

/// <summary>
/// Mandarin and English speech recognition with a whisper.cpp model through Whisper.net. The model
/// is loaded once (one factory per engine, the engine a singleton); each running job holds its own
/// processor, because processors are not thread-safe, and at most
/// <see cref="WhisperOptions.MaxConcurrent"/> jobs transcribe at once. Like the other engines, each
/// speaker channel is transcribed over its speech segments only, so words keep their speaker and
/// silence costs nothing.
/// </summary>
public sealed partial class WhisperEngine : ITranscriptionEngine, IDisposable
{
    /// <summary>Used when Whisper reports no probability for a segment.</summary>
    private const double UnknownConfidence = 0.5;

    private readonly WhisperOptions _options;
    private readonly int _threads;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentDictionary<Language, ConcurrentBag<WhisperProcessor>> _pool = new();
    private readonly Lazy<string?> _unavailable;
    private WhisperFactory? _factory;
    private bool _disposed;

    public WhisperEngine(WhisperOptions options, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        ModelPath = Path.GetFullPath(Path.IsPathRooted(options.ModelPath) ? options.ModelPath : Path.Combine(baseDirectory, options.ModelPath));
        var concurrent = Math.Max(1, options.MaxConcurrent);
        _threads = options.Threads > 0 ? options.Threads : Math.Max(1, Environment.ProcessorCount / concurrent);
        _slots = new SemaphoreSlim(concurrent, concurrent);
        _unavailable = new Lazy<string?>(Probe);
    }

    public string Name => "whisper";

    /// <summary>The model file, resolved against the program's folder.</summary>
    public string ModelPath { get; }

    public bool Supports(Language language) =>
        _options.Enabled && _options.EffectiveLanguages.Contains(language.ToCode(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Null once the model has loaded; the first read loads it (read it at start to fail early).</summary>
    public string? Unavailable => _unavailable.Value;

    public Transcript Transcribe(PreparedAudio audio, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Unavailable is { } why)
        {
            throw new InvalidOperationException($"whisper: {why}");
        }

        _slots.Wait(cancellationToken);
        WhisperProcessor? processor = null;
        try
        {
            processor = Rent(language);
            var segments = new List<RecognisedSegment>();
            foreach (var slice in SpeechSlices.Of(audio))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var heard in Run(processor, slice.Memory, slice.Channel, slice.Segment, cancellationToken))
                {
                    if (ToRecognised(heard, slice.Speaker, slice.Offset, slice.Seconds) is { } recognised)
                    {
                        segments.Add(recognised);
                    }
                }
            }

            _pool.GetOrAdd(language, _ => []).Add(processor);
            processor = null;
            return TurnMerger.Merge(segments, language);
        }
        finally
        {
            // A processor interrupted mid-run (cancellation, a native error) is not reused: its native
            // run may still be winding down, and disposing it waits for that.
            processor?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _slots.Release();
        }
    }

    /// <summary>
    /// One Whisper run over a stretch of audio. The asynchronous API is the one that honours
    /// cancellation (it aborts the native decoder); stages call engines synchronously, so it is
    /// consumed blocking, on a worker thread without a synchronisation context.
    /// </summary>
    private static List<SegmentData> Run(WhisperProcessor processor, ReadOnlyMemory<float> samples, string speaker, SpeechSegment at, CancellationToken cancellationToken)
    {
        try
        {
            return processor.ProcessAsync(samples, cancellationToken).ToBlockingEnumerable(cancellationToken).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new InvalidOperationException($"whisper: transcription of the {speaker} channel at {at.Start:0.00} s failed: {e.Message}", e);
        }
    }

    /// <summary>
    /// Whisper's times are relative to the audio it was given and can run past its end on silence or
    /// noise (the model thinks in 30 s windows); they are clamped to the segment and moved to call time.
    /// Words share the segment's time in proportion to their length, and its average token probability.
    /// </summary>
    private static RecognisedSegment? ToRecognised(SegmentData heard, Speaker speaker, double offset, double length)
    {
        var start = heard.Start.TotalSeconds;
        if (start >= length)
        {
            return null;
        }

        start = Math.Max(0, start);
        var end = Math.Clamp(heard.End.TotalSeconds, start, length);
        var pieces = NonSpeechTag().Replace(heard.Text ?? "", " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length == 0)
        {
            return null;
        }

        var confidence = float.IsFinite(heard.Probability) && heard.Probability > 0 ? Math.Clamp(heard.Probability, 0, 1) : UnknownConfidence;
        var perChar = (end - start) / pieces.Sum(p => p.Length);
        var t = offset + start;
        var words = new RecognisedWord[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            var next = i == pieces.Length - 1 ? offset + end : t + pieces[i].Length * perChar;
            words[i] = new RecognisedWord(pieces[i], Math.Round(t, 3), Math.Round(next, 3), confidence);
            t = next;
        }

        return new RecognisedSegment(speaker, offset + start, offset + end, words);
    }

    /// <summary>Annotations Whisper writes for what is not speech: [BLANK_AUDIO], (music), （笑声）.</summary>
    [GeneratedRegex(@"[\[(（][^\])）]*[\])）]")]
    private static partial Regex NonSpeechTag();

    private WhisperProcessor Rent(Language language) =>
        _pool.TryGetValue(language, out var bag) && bag.TryTake(out var processor) ? processor : Build(_factory!, language);

    private WhisperProcessor Build(WhisperFactory factory, Language language)
    {
        var code = language.ToCode();
        var builder = factory.CreateBuilder().WithThreads(_threads).WithProbabilities();
        builder = _options.DetectLanguage ? builder.WithLanguageDetection() : builder.WithLanguage(code);
        if (!_options.TemperatureFallback)
        {
            builder = builder.WithTemperatureInc(0);
        }

        if (_options.Prompt.TryGetValue(code, out var prompt) && !string.IsNullOrWhiteSpace(prompt))
        {
            builder = builder.WithPrompt(prompt);
        }

        return builder.Build();
    }

    private string? Probe()
    {
        if (!_options.Enabled)
        {
            return "disabled in configuration (Transcription:Whisper:Enabled)";
        }

        if (!File.Exists(ModelPath))
        {
            return $"model file {ModelPath} not found: put a whisper.cpp ggml model there (telesalesqa models fetch base downloads one where there is internet)";
        }

        bool f32;
        try
        {
            f32 = StoresF32Weights(ModelPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"model file {ModelPath} could not be read: {e.Message}";
        }

        if (f32)
        {
            return $"model file {ModelPath} stores its weights in f32, which this whisper.cpp build cannot run (it aborts the whole process at the first transcription): use an f16 or quantized ggml model";
        }

        // whisper.cpp says why a model is refused only in its log; Whisper.net's exception just says it failed.
        var errors = new ConcurrentQueue<string>();
        var empty = false;
        using var log = LogProvider.AddLogger((level, message) =>
        {
            if (level == WhisperLogLevel.Error && !string.IsNullOrWhiteSpace(message))
            {
                errors.Enqueue(message.Trim());
            }

            // A file cut off before its first tensor "loads" as an empty test model with uninitialised weights.
            empty |= level == WhisperLogLevel.Warning && message?.Contains("no tensors loaded", StringComparison.Ordinal) == true;
        });

        WhisperFactory factory;
        try
        {
            factory = WhisperFactory.FromPath(ModelPath);
        }
        catch (WhisperModelLoadException e)
        {
            return CouldNotLoad(e, errors);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"the Whisper.net native runtime could not be started ({e.Message}): deploy the Whisper.net.Runtime package's runtimes/ folder with the program";
        }

        try
        {
            // The model is only really loaded when the first processor is built; keep that one.
            var language = _options.EffectiveLanguages.Contains("zh", StringComparer.OrdinalIgnoreCase) ? Language.Zh : Language.En;
            var first = Build(factory, language);
            if (empty)
            {
                first.Dispose();
                factory.Dispose();
                return $"model file {ModelPath} could not be loaded: it holds no weights (cut short, e.g. an interrupted download?)";
            }

            _pool.GetOrAdd(language, _ => []).Add(first);
        }
        catch (WhisperModelLoadException e)
        {
            factory.Dispose();
            return CouldNotLoad(e, errors);
        }

        _factory = factory;
        return null;
    }

    /// <summary>
    /// True for a ggml model whose header says f32 (ftype 0). whisper.cpp loads such a model, then its
    /// CPU convolution asserts an f16 kernel and calls abort(): no exception, the worker process dies.
    /// </summary>
    private static bool StoresF32Weights(string path)
    {
        const uint ggmlMagic = 0x67676d6c;
        const int quantisationVersionFactor = 1000;
        using var file = File.OpenRead(path);
        using var reader = new BinaryReader(file);
        if (file.Length < 12 * sizeof(int) || reader.ReadUInt32() != ggmlMagic)
        {
            return false; // not a ggml file: whisper.cpp refuses it itself, and says why
        }

        file.Position = 11 * sizeof(int); // magic and ten dimensions, then the file type
        return reader.ReadInt32() % quantisationVersionFactor == 0;
    }

    private string CouldNotLoad(WhisperModelLoadException e, IEnumerable<string> nativeErrors)
    {
        var reasons = nativeErrors.Distinct(StringComparer.Ordinal).ToList();
        return $"model file {ModelPath} could not be loaded: {(reasons.Count > 0 ? string.Join("; ", reasons) : e.Message)}";
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var bag in _pool.Values)
        {
            while (bag.TryTake(out var processor))
            {
                processor.Dispose();
            }
        }

        _factory?.Dispose();
        _slots.Dispose();
    }
}
