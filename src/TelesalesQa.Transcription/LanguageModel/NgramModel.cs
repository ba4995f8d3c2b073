using System.Globalization;
using System.Text;

namespace TelesalesQa.Transcription.LanguageModel;

/// <summary>
/// A word n-gram language model with interpolated Kneser–Ney smoothing, written as ARPA so
/// PocketSphinx can mix it with its stock model. Debian ships no LM toolkit, hence our own.
/// <para>
/// Highest order: absolute discounting of raw counts. Lower orders: continuation counts (how many
/// distinct words precede the n-gram), except n-grams starting with &lt;s&gt;, which cannot be
/// extended to the left and keep their raw counts. One discount per order, D = n1 / (n1 + 2·n2).
/// The interpolated probabilities of seen n-grams are stored as such, and each context's backoff
/// weight is the normaliser that makes its distribution sum to one.
/// </para>
/// </summary>
public sealed class NgramModel
{
    public const string Start = "<s>";
    public const string End = "</s>";

    private readonly int _order;

    // probs[k][ngram] = P(last word | first k-1 words) for every seen k-gram; backoffs[k][context] for contexts of order k+1.
    private readonly Dictionary<string, double>[] _probs;
    private readonly Dictionary<string, double>[] _backoffs;

    private NgramModel(int order, Dictionary<string, double>[] probs, Dictionary<string, double>[] backoffs)
    {
        _order = order;
        _probs = probs;
        _backoffs = backoffs;
    }

    public int Order => _order;

    public IReadOnlyCollection<string> Vocabulary => _probs[1].Keys;

    /// <summary>The discount used at each order (index = order), for inspection and tests.</summary>
    public IReadOnlyList<double> Discounts { get; private init; } = [];

    /// <summary>Splits a corpus line into words: lower case, letters, digits and apostrophes.</summary>
    public static string[] Tokenize(string line)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in line.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        return words.ToArray();
    }

    public static NgramModel Train(IEnumerable<string[]> sentences, int order = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        var raw = new Dictionary<string, int>[order + 1];
        for (var k = 1; k <= order; k++)
        {
            raw[k] = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        foreach (var sentence in sentences)
        {
            if (sentence.Length == 0)
            {
                continue;
            }

            var tokens = new List<string>(sentence.Length + 2) { Start };
            tokens.AddRange(sentence);
            tokens.Add(End);
            for (var k = 1; k <= order; k++)
            {
                for (var i = 0; i + k <= tokens.Count; i++)
                {
                    var key = string.Join(' ', tokens.Skip(i).Take(k));
                    raw[k][key] = raw[k].GetValueOrDefault(key) + 1;
                }
            }
        }

        if (raw[1].Count == 0)
        {
            throw new ArgumentException("The corpus has no words.", nameof(sentences));
        }

        // Effective counts per order: raw at the top and for <s>-initial n-grams, continuation counts below.
        var eff = new Dictionary<string, int>[order + 1];
        eff[order] = raw[order];
        for (var k = order - 1; k >= 1; k--)
        {
            var continuation = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var higher in raw[k + 1].Keys)
            {
                var suffix = higher[(higher.IndexOf(' ', StringComparison.Ordinal) + 1)..];
                continuation[suffix] = continuation.GetValueOrDefault(suffix) + 1;
            }

            eff[k] = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (gram, count) in raw[k])
            {
                eff[k][gram] = gram.StartsWith(Start, StringComparison.Ordinal) ? count : continuation.GetValueOrDefault(gram);
            }
        }

        var discounts = new double[order + 1];
        for (var k = 1; k <= order; k++)
        {
            var n1 = eff[k].Values.Count(c => c == 1);
            var n2 = eff[k].Values.Count(c => c == 2);
            discounts[k] = n1 + n2 == 0 || n1 == 0 ? 0.5 : Math.Clamp(n1 / (n1 + 2.0 * n2), 0.05, 0.95);
        }

        var probs = new Dictionary<string, double>[order + 1];
        var backoffs = new Dictionary<string, double>[order + 1];

        // Unigrams: continuation probability; <s> is never predicted (ARPA convention: listed with -99).
        probs[1] = new Dictionary<string, double>(StringComparer.Ordinal);
        var unigramTotal = eff[1].Where(kv => kv.Key != Start).Sum(kv => (double)kv.Value);
        foreach (var (w, c) in eff[1])
        {
            probs[1][w] = w == Start ? 0 : c / unigramTotal;
        }

        for (var k = 2; k <= order; k++)
        {
            probs[k] = new Dictionary<string, double>(StringComparer.Ordinal);
            var byContext = eff[k].Where(kv => kv.Value > 0).GroupBy(kv => kv.Key[..kv.Key.LastIndexOf(' ')], StringComparer.Ordinal);
            foreach (var group in byContext)
            {
                var total = group.Sum(kv => (double)kv.Value);
                var gamma = discounts[k] * group.Count() / total;
                foreach (var (gram, count) in group)
                {
                    var word = gram[(gram.LastIndexOf(' ') + 1)..];
                    var lowerContext = LowerContext(group.Key);
                    var lower = LowerProb(probs, backoffs, k - 1, lowerContext, word);
                    probs[k][gram] = Math.Max(count - discounts[k], 0) / total + gamma * lower;
                }
            }

            // Backoff weights of the contexts (order k-1 n-grams) just used.
            backoffs[k - 1] = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var group in byContext)
            {
                var seen = 0.0;
                var seenLower = 0.0;
                foreach (var (gram, _) in group)
                {
                    var word = gram[(gram.LastIndexOf(' ') + 1)..];
                    seen += probs[k][gram];
                    seenLower += LowerProb(probs, backoffs, k - 1, LowerContext(group.Key), word);
                }

                backoffs[k - 1][group.Key] = seenLower >= 1 ? 1 : Math.Max(1e-12, 1 - seen) / (1 - seenLower);
            }
        }

        backoffs[order] = new Dictionary<string, double>(StringComparer.Ordinal);
        return new NgramModel(order, probs, backoffs) { Discounts = discounts };
    }

    /// <summary>P(word | history) by the ARPA back-off rule; history is the preceding words (at most order-1 are used).</summary>
    public double Probability(string word, params string[] history)
    {
        var context = history.Skip(Math.Max(0, history.Length - (_order - 1))).ToArray();
        return LowerProb(_probs, _backoffs, context.Length + 1 > _order ? _order : context.Length + 1, string.Join(' ', context), word);
    }

    private static string LowerContext(string context)
    {
        var space = context.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? "" : context[(space + 1)..];
    }

    // P_k(word | context) with back-off through the tables built so far; context has k-1 words ("" for unigrams).
    private static double LowerProb(Dictionary<string, double>[] probs, Dictionary<string, double>[] backoffs, int k, string context, string word)
    {
        if (k <= 1 || context.Length == 0)
        {
            return probs[1].GetValueOrDefault(word);
        }

        var gram = context + " " + word;
        if (probs[k].TryGetValue(gram, out var p))
        {
            return p;
        }

        var bow = backoffs[k - 1] is { } table && table.TryGetValue(context, out var b) ? b : 1.0;
        return bow * LowerProb(probs, backoffs, k - 1, LowerContext(context), word);
    }

    public void WriteArpa(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine("\\data\\");
        for (var k = 1; k <= _order; k++)
        {
            writer.WriteLine(string.Create(inv, $"ngram {k}={_probs[k].Count}"));
        }

        for (var k = 1; k <= _order; k++)
        {
            writer.WriteLine();
            writer.WriteLine(string.Create(inv, $"\\{k}-grams:"));
            foreach (var (gram, p) in _probs[k].OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                var logp = p <= 0 ? -99 : Math.Log10(p);
                var line = string.Create(inv, $"{logp:0.000000}\t{gram}");
                if (k < _order && _backoffs[k].TryGetValue(gram, out var bow))
                {
                    line += string.Create(inv, $"\t{Math.Log10(bow):0.000000}");
                }

                writer.WriteLine(line);
            }
        }

        writer.WriteLine();
        writer.WriteLine("\\end\\");
    }
}
