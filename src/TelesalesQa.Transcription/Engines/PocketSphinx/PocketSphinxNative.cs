using System.Runtime.InteropServices;

namespace TelesalesQa.Transcription.Engines.PocketSphinx;

/// <summary>
/// P/Invoke to Debian's libpocketsphinx3 (5prealpha) and libsphinxbase3. Strings the library returns
/// are its own and are read as pointers; <c>cmd_ln_init</c> is variadic, so the configuration goes
/// through <c>cmd_ln_parse_r</c> with <c>ps_args()</c>.
/// </summary>
internal static partial class PocketSphinxNative
{
    public const string PocketSphinx = "libpocketsphinx.so.3";
    public const string SphinxBase = "libsphinxbase.so.3";

    [LibraryImport(PocketSphinx)]
    public static partial IntPtr ps_args();

    [LibraryImport(SphinxBase)]
    public static partial IntPtr cmd_ln_parse_r(IntPtr inoutCmdln, IntPtr defn, int argc, IntPtr[] argv, int strict);

    [LibraryImport(SphinxBase)]
    public static partial int cmd_ln_free_r(IntPtr cmdln);

    [LibraryImport(SphinxBase)]
    public static partial IntPtr err_set_logfp(IntPtr stream);

    [LibraryImport(PocketSphinx)]
    public static partial IntPtr ps_init(IntPtr config);

    [LibraryImport(PocketSphinx)]
    public static partial int ps_free(IntPtr ps);

    [LibraryImport(PocketSphinx)]
    public static partial int ps_start_utt(IntPtr ps);

    [LibraryImport(PocketSphinx)]
    public static unsafe partial int ps_process_raw(IntPtr ps, short* data, nuint nSamples, int noSearch, int fullUtt);

    [LibraryImport(PocketSphinx)]
    public static partial int ps_end_utt(IntPtr ps);

    [LibraryImport(PocketSphinx)]
    public static partial IntPtr ps_seg_iter(IntPtr ps);

    [LibraryImport(PocketSphinx)]
    public static partial IntPtr ps_seg_next(IntPtr seg);

    [LibraryImport(PocketSphinx)]
    public static partial void ps_seg_free(IntPtr seg);

    [LibraryImport(PocketSphinx)]
    public static partial IntPtr ps_seg_word(IntPtr seg);

    [LibraryImport(PocketSphinx)]
    public static partial void ps_seg_frames(IntPtr seg, out int startFrame, out int endFrame);

    [LibraryImport(PocketSphinx)]
    public static partial int ps_seg_prob(IntPtr seg, out int acousticScore, out int lmScore, out int lmBackoff);

    [LibraryImport(PocketSphinx)]
    public static partial IntPtr ps_get_logmath(IntPtr ps);

    [LibraryImport(PocketSphinx, StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr ps_get_lm(IntPtr ps, string name);

    [LibraryImport(PocketSphinx, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ps_set_lm(IntPtr ps, string name, IntPtr lm);

    [LibraryImport(PocketSphinx, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ps_set_search(IntPtr ps, string name);

    [LibraryImport(PocketSphinx)]
    public static partial IntPtr ps_get_config(IntPtr ps);

    [LibraryImport(PocketSphinx, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ps_add_word(IntPtr ps, string word, string phones, int update);

    [LibraryImport(SphinxBase)]
    public static partial double logmath_exp(IntPtr lmath, int logb);

    [LibraryImport(SphinxBase, StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr ngram_model_read(IntPtr config, string fileName, int fileType, IntPtr lmath);

    [LibraryImport(SphinxBase)]
    public static partial IntPtr ngram_model_set_init(IntPtr config, IntPtr[] models, IntPtr[] names, float[] weights, int nModels);

    /// <summary>True if both libraries can be loaded on this machine.</summary>
    public static bool TryLoad(out string? error)
    {
        foreach (var lib in new[] { SphinxBase, PocketSphinx })
        {
            if (!NativeLibrary.TryLoad(lib, out var handle))
            {
                error = $"{lib} is not installed";
                return false;
            }

            NativeLibrary.Free(handle);
        }

        error = null;
        return true;
    }
}
