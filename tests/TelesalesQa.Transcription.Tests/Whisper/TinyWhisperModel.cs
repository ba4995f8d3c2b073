using System.Runtime.InteropServices;
using System.Text;

namespace TelesalesQa.Transcription.Tests.Whisper;

/// <summary>
/// Writes a tiny Whisper model with random weights in whisper.cpp's ggml file format, so the real
/// native engine can be exercised without downloading a model. The layout follows whisper.cpp's
/// <c>models/convert-pt-to-ggml.py</c> and the checks in its loader (<c>whisper_model_load</c>):
/// magic, eleven hyper-parameters, the mel filter bank, the tokenizer vocabulary, then every tensor
/// the loader expects (it refuses unknown names, wrong shapes and missing tensors).
/// </summary>
public static class TinyWhisperModel
{
    /// <summary>The "ggml" magic, little-endian.</summary>
    public const uint Magic = 0x67676d6c;

    /// <summary>
    /// Vocabulary size of the multilingual models. whisper.cpp derives the special tokens from it:
    /// at 51865 or more the model is multilingual (end-of-text 50257, start 50258, 99 language tokens
    /// from 50259 with en first and zh second, timestamps from 50365); 51864 would be English-only.
    /// </summary>
    public const int VocabSize = 51865;

    /// <summary>Text tokens stored in the file (as the real multilingual file does); the loader names the special tokens after them itself.</summary>
    public const int TextTokens = 50257;

    public const int AudioContext = 1500;
    public const int TextContext = 448;
    public const int Mels = 80;

    /// <summary>Frequency bins of whisper.cpp's 400-point FFT.</summary>
    public const int FftBins = 201;

    /// <summary>Writes the model to <paramref name="path"/>; the same seed gives the same bytes.</summary>
    /// <param name="state">Width of encoder and decoder (the loader requires them equal).</param>
    /// <param name="heads">Attention heads; must divide <paramref name="state"/>.</param>
    /// <param name="layers">Blocks in the encoder and in the decoder.</param>
    /// <param name="f16">Store matrices in f16 (ftype 1, as the converter does by default); false writes an all-f32 model (ftype 0).</param>
    public static void Write(string path, int seed = 20240917, int state = 32, int heads = 2, int layers = 1, bool f16 = true)
    {
        if (state % heads != 0)
        {
            throw new ArgumentException($"state {state} is not a multiple of heads {heads}", nameof(heads));
        }

        var random = new Random(seed);
        using var stream = File.Create(path);
        using var w = new BinaryWriter(stream);

        w.Write(Magic);
        foreach (var value in new[] { VocabSize, AudioContext, state, heads, layers, TextContext, state, heads, layers, Mels, f16 ? 1 : 0 /* ftype */ })
        {
            w.Write(value);
        }

        w.Write(Mels);
        w.Write(FftBins);
        WriteFloats(w, MelFilters());

        w.Write(TextTokens);
        for (var i = 0; i < TextTokens; i++)
        {
            var token = TokenBytes(i);
            w.Write(token.Length);
            w.Write(token);
        }

        foreach (var (name, dims, init) in Tensors(state, layers))
        {
            // ggml order: the first dimension is the fastest-varying one (PyTorch's last).
            w.Write(dims.Length);
            var nameBytes = Encoding.UTF8.GetBytes(name);
            w.Write(nameBytes.Length);
            // As the converter does: matrices and convolution kernels in f16 (the CPU convolution requires
            // an f16 kernel), vectors, conv biases and positional embeddings in f32.
            var half = f16 && dims.Length >= 2 && dims[0] != 1 && !name.EndsWith("positional_embedding", StringComparison.Ordinal);
            w.Write(half ? 1 : 0);
            foreach (var d in dims)
            {
                w.Write(d);
            }

            w.Write(nameBytes);
            var count = dims.Aggregate(1, (a, b) => a * b);
            var values = init switch
            {
                Init.Ones => Filled(count, 1f),
                Init.Zeros => Filled(count, 0f),
                _ => Normal(random, count, 1 / MathF.Sqrt(count / dims[^1])), // fan-in scaling keeps activations near unit size
            };
            if (half)
            {
                WriteHalves(w, values);
            }
            else
            {
                WriteFloats(w, values);
            }
        }
    }

    /// <summary>Byte tokens 0–255 (so any UTF-8 prompt tokenizes), then distinct pseudo-words with a leading space.</summary>
    public static byte[] TokenBytes(int id)
    {
        if (id < 256)
        {
            return [(byte)id];
        }

        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var sb = new StringBuilder(" ");
        var n = id - 256;
        do
        {
            var syllable = n % (consonants.Length * vowels.Length);
            sb.Append(consonants[syllable / vowels.Length]).Append(vowels[syllable % vowels.Length]);
            n /= consonants.Length * vowels.Length;
        }
        while (n > 0);

        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    private enum Init { Normal, Ones, Zeros }

    private static IEnumerable<(string Name, int[] Dims, Init Init)> Tensors(int n, int layers)
    {
        yield return ("encoder.positional_embedding", [n, AudioContext], Init.Normal);
        yield return ("encoder.conv1.weight", [3, Mels, n], Init.Normal);
        yield return ("encoder.conv1.bias", [1, n], Init.Zeros);
        yield return ("encoder.conv2.weight", [3, n, n], Init.Normal);
        yield return ("encoder.conv2.bias", [1, n], Init.Zeros);
        yield return ("encoder.ln_post.weight", [n], Init.Ones);
        yield return ("encoder.ln_post.bias", [n], Init.Zeros);
        for (var i = 0; i < layers; i++)
        {
            foreach (var t in Block($"encoder.blocks.{i}.", n))
            {
                yield return t;
            }
        }

        yield return ("decoder.positional_embedding", [n, TextContext], Init.Normal);
        yield return ("decoder.token_embedding.weight", [n, VocabSize], Init.Normal);
        yield return ("decoder.ln.weight", [n], Init.Ones);
        yield return ("decoder.ln.bias", [n], Init.Zeros);
        for (var i = 0; i < layers; i++)
        {
            foreach (var t in Block($"decoder.blocks.{i}.", n))
            {
                yield return t;
            }

            foreach (var t in Attention($"decoder.blocks.{i}.cross_attn", n))
            {
                yield return t;
            }
        }
    }

    /// <summary>Self-attention and MLP of one transformer block (15 tensors).</summary>
    private static IEnumerable<(string, int[], Init)> Block(string prefix, int n)
    {
        foreach (var t in Attention(prefix + "attn", n))
        {
            yield return t;
        }

        yield return (prefix + "mlp_ln.weight", [n], Init.Ones);
        yield return (prefix + "mlp_ln.bias", [n], Init.Zeros);
        yield return (prefix + "mlp.0.weight", [n, 4 * n], Init.Normal);
        yield return (prefix + "mlp.0.bias", [4 * n], Init.Zeros);
        yield return (prefix + "mlp.2.weight", [4 * n, n], Init.Normal);
        yield return (prefix + "mlp.2.bias", [n], Init.Zeros);
    }

    /// <summary>An attention with its layer norm (9 tensors); the key has no bias in Whisper.</summary>
    private static IEnumerable<(string, int[], Init)> Attention(string prefix, int n)
    {
        yield return (prefix + "_ln.weight", [n], Init.Ones);
        yield return (prefix + "_ln.bias", [n], Init.Zeros);
        yield return (prefix + ".query.weight", [n, n], Init.Normal);
        yield return (prefix + ".query.bias", [n], Init.Zeros);
        yield return (prefix + ".key.weight", [n, n], Init.Normal);
        yield return (prefix + ".value.weight", [n, n], Init.Normal);
        yield return (prefix + ".value.bias", [n], Init.Zeros);
        yield return (prefix + ".out.weight", [n, n], Init.Normal);
        yield return (prefix + ".out.bias", [n], Init.Zeros);
    }

    /// <summary>Triangular filters evenly spaced on the mel scale over 0–8 kHz, like the real bank in shape.</summary>
    private static float[] MelFilters()
    {
        static double Mel(double hz) => 2595 * Math.Log10(1 + hz / 700);
        static double Hz(double mel) => 700 * (Math.Pow(10, mel / 2595) - 1);

        var filters = new float[Mels * FftBins];
        var top = Mel(8000);
        for (var m = 0; m < Mels; m++)
        {
            var (lo, mid, hi) = (Hz(top * m / (Mels + 1)), Hz(top * (m + 1) / (Mels + 1)), Hz(top * (m + 2) / (Mels + 1)));
            for (var k = 0; k < FftBins; k++)
            {
                var hz = k * 8000.0 / (FftBins - 1);
                var weight = hz <= mid ? (hz - lo) / (mid - lo) : (hi - hz) / (hi - mid);
                filters[m * FftBins + k] = (float)Math.Max(0, weight) * 2 / (float)(hi - lo) * 100;
            }
        }

        return filters;
    }

    private static float[] Filled(int count, float value)
    {
        var a = new float[count];
        Array.Fill(a, value);
        return a;
    }

    private static float[] Normal(Random random, int count, float std)
    {
        var a = new float[count];
        for (var i = 0; i < count; i += 2)
        {
            // Box–Muller: two independent normals per pair of uniforms.
            var u1 = 1 - random.NextDouble();
            var u2 = random.NextDouble();
            var r = Math.Sqrt(-2 * Math.Log(u1)) * std;
            a[i] = (float)(r * Math.Cos(2 * Math.PI * u2));
            if (i + 1 < count)
            {
                a[i + 1] = (float)(r * Math.Sin(2 * Math.PI * u2));
            }
        }

        return a;
    }

    private static void WriteFloats(BinaryWriter w, float[] values) => w.Write(MemoryMarshal.AsBytes(values.AsSpan()));

    private static void WriteHalves(BinaryWriter w, float[] values)
    {
        var halves = new Half[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            halves[i] = (Half)values[i];
        }

        w.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
    }
}
