using System.Collections.Concurrent;
using TelesalesQa.Audio.Decoding;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription.Engines.PocketSphinx;

/// <summary>
/// English speech recognition with CMU PocketSphinx from Debian (the embedded default). Each speaker
/// channel is decoded over its speech segments only, so silence costs nothing and the words keep
/// their speaker. Decoders are pooled: one per concurrent job, created on demand.
/// </summary>
public sealed class PocketSphinxEngine : ITranscriptionEngine, IDisposable
{
    private readonly PocketSphinxOptions _options;
    private readonly string? _domainLm;
    private readonly IReadOnlyList<(string Word, string Phones)> _customWords = [];
    private readonly ConcurrentBag<PocketSphinxDecoder> _pool = [];
    private readonly Lazy<string?> _unavailable;

    public PocketSphinxEngine(PocketSphinxOptions options, string baseDirectory)
    {
        _options = options;
        if (!string.IsNullOrWhiteSpace(options.DomainLanguageModel))
        {
            var path = Path.IsPathRooted(options.DomainLanguageModel) ? options.DomainLanguageModel : Path.Combine(baseDirectory, options.DomainLanguageModel);
            _domainLm = File.Exists(path) ? path : null;
        }

        if (!string.IsNullOrWhiteSpace(options.CustomDictionary))
        {
            var path = Path.IsPathRooted(options.CustomDictionary) ? options.CustomDictionary : Path.Combine(baseDirectory, options.CustomDictionary);
            _customWords = File.Exists(path) ? PocketSphinxDecoder.ReadDictionary(path) : [];
        }

        _unavailable = new Lazy<string?>(Probe);
    }

    public string Name => "pocketsphinx";

    /// <summary>The domain language model mixed in, or null when only the stock model is used.</summary>
    public string? DomainLanguageModel => _domainLm;

    public bool Supports(Language language) => language == Language.En && _options.Enabled;

    public string? Unavailable => _unavailable.Value;

    public Transcript Transcribe(PreparedAudio audio, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audio);
        if (Unavailable is { } why)
        {
            throw new InvalidOperationException($"pocketsphinx: {why}");
        }

        var decoder = Rent();
        try
        {
            var segments = new List<RecognisedSegment>();
            foreach (var slice in SpeechSlices.Of(audio))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var words = decoder.Decode(slice.Span)
                    .Select(w => w with { Start = w.Start + slice.Offset, End = w.End + slice.Offset })
                    .ToArray();
                segments.Add(new RecognisedSegment(slice.Speaker, slice.Segment.Start, slice.Segment.End, words));
            }

            return TurnMerger.Merge(segments, language);
        }
        finally
        {
            _pool.Add(decoder);
        }
    }

    /// <summary>How many of the company's own words were added to the dictionary.</summary>
    public int CustomWordCount => _customWords.Count;

    private PocketSphinxDecoder Rent() => _pool.TryTake(out var d) ? d : new PocketSphinxDecoder(_options, _domainLm, _customWords);

    private string? Probe()
    {
        if (!_options.Enabled)
        {
            return "disabled in configuration (Transcription:PocketSphinx:Enabled)";
        }

        if (!PocketSphinxNative.TryLoad(out var error))
        {
            return $"{error}: install the Debian packages libpocketsphinx3 and pocketsphinx-en-us (scripts/setup.sh does this)";
        }

        foreach (var required in new[] { "en-us/mdef", "en-us.lm.bin", "cmudict-en-us.dict" })
        {
            if (!File.Exists(Path.Combine(_options.ModelDirectory, required)))
            {
                return $"model file {Path.Combine(_options.ModelDirectory, required)} is missing: install the Debian package pocketsphinx-en-us";
            }
        }

        PocketSphinxNative.err_set_logfp(IntPtr.Zero);
        return null;
    }

    public void Dispose()
    {
        while (_pool.TryTake(out var d))
        {
            d.Dispose();
        }
    }
}
