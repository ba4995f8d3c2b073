using System.Runtime.InteropServices;
using static TelesalesQa.Transcription.Engines.PocketSphinx.PocketSphinxNative;

namespace TelesalesQa.Transcription.Engines.PocketSphinx;

/// <summary>
/// One native decoder (~110 MB). Not thread-safe: the engine pools them, one per concurrent job.
/// The argv strings stay allocated until the decoder is freed because the library keeps pointers to them.
/// </summary>
internal sealed class PocketSphinxDecoder : IDisposable
{
    private const int FramesPerSecond = 100;
    private readonly IntPtr[] _argv;
    private readonly IntPtr _config;
    private readonly IntPtr _ps;
    private readonly IntPtr _logmath;

    public PocketSphinxDecoder(PocketSphinxOptions options, string? domainLm, IReadOnlyList<(string Word, string Phones)> customWords)
    {
        var dir = options.ModelDirectory;
        string[] args =
        [
            "-hmm", Path.Combine(dir, "en-us"),
            "-lm", Path.Combine(dir, "en-us.lm.bin"),
            "-dict", Path.Combine(dir, "cmudict-en-us.dict"),
            "-samprate", "16000",
            "-logfn", "/dev/null",
            .. (options.ExtraArguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
        ];
        _argv = args.Select(Marshal.StringToCoTaskMemUTF8).ToArray();
        _config = cmd_ln_parse_r(IntPtr.Zero, ps_args(), _argv.Length, _argv, 1);
        if (_config == IntPtr.Zero)
        {
            FreeArgs();
            throw new InvalidOperationException("PocketSphinx rejected its configuration (check Transcription:PocketSphinx:ModelDirectory)");
        }

        _ps = ps_init(_config);
        if (_ps == IntPtr.Zero)
        {
            cmd_ln_free_r(_config);
            FreeArgs();
            throw new InvalidOperationException($"PocketSphinx could not load its model from {dir}");
        }

        _logmath = ps_get_logmath(_ps);
        if (domainLm is not null)
        {
            MixIn(domainLm, options.DomainWeight);
        }

        // After the mix, so the words join the language model in use as well as the dictionary.
        for (var i = 0; i < customWords.Count; i++)
        {
            ps_add_word(_ps, customWords[i].Word, customWords[i].Phones, i == customWords.Count - 1 ? 1 : 0);
        }
    }

    /// <summary>Reads a CMUdict-style word list: <c>word PH ON ES</c> per line; # starts a comment.</summary>
    public static IReadOnlyList<(string Word, string Phones)> ReadDictionary(string path)
    {
        var words = new List<(string, string)>();
        var lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                throw new FormatException($"{path}:{lineNo}: expected a word and its phones, e.g. \"brightnet B R AY T N EH T\"");
            }

            words.Add((parts[0].ToLowerInvariant(), parts[1].ToUpperInvariant()));
        }

        return words;
    }

    /// <summary>Interpolates the domain model with the stock one at run time (probe: 12.3% → 3.2% WER on Festival speech).</summary>
    private void MixIn(string arpaPath, float weight)
    {
        const int NgramAuto = 1; // NGRAM_AUTO: detect ARPA or DMP from the file
        var stock = ps_get_lm(_ps, "_default");
        var domain = ngram_model_read(_config, arpaPath, NgramAuto, _logmath);
        if (stock == IntPtr.Zero || domain == IntPtr.Zero)
        {
            throw new InvalidOperationException($"PocketSphinx could not read the domain language model {arpaPath}");
        }

        var names = new[] { Marshal.StringToCoTaskMemUTF8("stock"), Marshal.StringToCoTaskMemUTF8("domain") };
        try
        {
            var set = ngram_model_set_init(_config, [stock, domain], names, [1 - weight, weight], 2);
            if (set == IntPtr.Zero || ps_set_lm(_ps, "mixed", set) != 0 || ps_set_search(_ps, "mixed") != 0)
            {
                throw new InvalidOperationException("PocketSphinx could not mix in the domain language model");
            }
        }
        finally
        {
            foreach (var n in names)
            {
                Marshal.FreeCoTaskMem(n);
            }
        }
    }

    /// <summary>Decodes one utterance (a speech segment) and returns its words with times relative to the segment.</summary>
    public unsafe IReadOnlyList<RecognisedWord> Decode(ReadOnlySpan<float> samples16k)
    {
        var pcm = new short[samples16k.Length];
        for (var i = 0; i < pcm.Length; i++)
        {
            pcm[i] = (short)Math.Clamp(samples16k[i] * 32767f, short.MinValue, short.MaxValue);
        }

        if (ps_start_utt(_ps) < 0)
        {
            throw new InvalidOperationException("PocketSphinx could not start an utterance");
        }

        fixed (short* p = pcm)
        {
            // full_utt = 1: the whole segment at once, so cepstral mean normalisation is computed per
            // segment (batch) and nothing carries over from the previous call's speaker.
            ps_process_raw(_ps, p, (nuint)pcm.Length, 0, 1);
        }

        ps_end_utt(_ps);
        var words = new List<RecognisedWord>();
        for (var seg = ps_seg_iter(_ps); seg != IntPtr.Zero; seg = ps_seg_next(seg))
        {
            var word = Marshal.PtrToStringUTF8(ps_seg_word(seg)) ?? "";
            if (IsFiller(word))
            {
                continue;
            }

            ps_seg_frames(seg, out var sf, out var ef);
            var posterior = ps_seg_prob(seg, out _, out _, out _);
            var confidence = Math.Clamp(logmath_exp(_logmath, posterior), 0, 1);
            var paren = word.IndexOf('(', StringComparison.Ordinal);
            words.Add(new RecognisedWord(paren > 0 ? word[..paren] : word, (double)sf / FramesPerSecond, (double)(ef + 1) / FramesPerSecond, confidence));
        }

        return words;
    }

    private static bool IsFiller(string word) =>
        word.Length == 0 || word is "<s>" or "</s>" or "<sil>" || (word.StartsWith('[') && word.EndsWith(']')) || word.StartsWith("++", StringComparison.Ordinal);

    public void Dispose()
    {
        ps_free(_ps);
        cmd_ln_free_r(_config);
        FreeArgs();
    }

    private void FreeArgs()
    {
        foreach (var a in _argv)
        {
            Marshal.FreeCoTaskMem(a);
        }
    }
}
