using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Text;
using TelesalesQa.Transcription.LanguageModel;

namespace TelesalesQa.Transcription.Evaluation;

/// <summary>Edit-distance error counts: word error rate for English, character error rate for Chinese.</summary>
public sealed record ErrorCount(int Errors, int ReferenceLength)
{
    public double Rate => ReferenceLength == 0 ? (Errors == 0 ? 0 : 1) : (double)Errors / ReferenceLength;

    public static ErrorCount operator +(ErrorCount a, ErrorCount b) => new(a.Errors + b.Errors, a.ReferenceLength + b.ReferenceLength);

    public static ErrorCount Zero { get; } = new(0, 0);
}

public static class ErrorRate
{
    /// <summary>
    /// Spelling variants scored as equal, applied to reference and hypothesis alike (as NIST scoring
    /// does with its GLM file): written abbreviations and contractions against their spoken form.
    /// </summary>
    private static readonly Dictionary<string, string[]> EnglishForms = new(StringComparer.Ordinal)
    {
        ["mr"] = ["mister"], ["mrs"] = ["missus"], ["ms"] = ["miss"], ["dr"] = ["doctor"],
        ["i'm"] = ["i", "am"], ["it's"] = ["it", "is"], ["that's"] = ["that", "is"], ["there's"] = ["there", "is"],
        ["what's"] = ["what", "is"], ["he's"] = ["he", "is"], ["she's"] = ["she", "is"], ["let's"] = ["let", "us"],
        ["you're"] = ["you", "are"], ["we're"] = ["we", "are"], ["they're"] = ["they", "are"],
        ["i'll"] = ["i", "will"], ["you'll"] = ["you", "will"], ["we'll"] = ["we", "will"], ["it'll"] = ["it", "will"],
        ["i've"] = ["i", "have"], ["you've"] = ["you", "have"], ["we've"] = ["we", "have"], ["i'd"] = ["i", "would"],
        ["don't"] = ["do", "not"], ["doesn't"] = ["does", "not"], ["didn't"] = ["did", "not"], ["isn't"] = ["is", "not"],
        ["aren't"] = ["are", "not"], ["wasn't"] = ["was", "not"], ["won't"] = ["will", "not"], ["can't"] = ["can", "not"],
        ["cannot"] = ["can", "not"], ["couldn't"] = ["could", "not"], ["wouldn't"] = ["would", "not"], ["shouldn't"] = ["should", "not"],
        ["okay"] = ["ok"],
    };

    /// <summary>Tokens compared: words (lower case, punctuation dropped) for English; Han characters and Latin words for Chinese, with Traditional folded to Simplified.</summary>
    public static IReadOnlyList<string> Tokens(string text, Language language)
    {
        if (language == Language.En)
        {
            return NgramModel.Tokenize(text).SelectMany(w => EnglishForms.TryGetValue(w, out var spoken) ? spoken : [w]).ToArray();
        }

        var tokens = new List<string>();
        foreach (var word in MatchText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (ChineseScript.HasHan(word))
            {
                tokens.AddRange(word.Select(c => c.ToString()));
            }
            else
            {
                tokens.Add(word);
            }
        }

        return tokens;
    }

    public static ErrorCount Count(string reference, string hypothesis, Language language) =>
        Count(Tokens(reference, language), Tokens(hypothesis, language));

    /// <summary>Levenshtein distance over tokens (substitutions, insertions and deletions each cost one).</summary>
    public static ErrorCount Count(IReadOnlyList<string> reference, IReadOnlyList<string> hypothesis)
    {
        var previous = new int[hypothesis.Count + 1];
        var current = new int[hypothesis.Count + 1];
        for (var j = 0; j <= hypothesis.Count; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= reference.Count; i++)
        {
            current[0] = i;
            for (var j = 1; j <= hypothesis.Count; j++)
            {
                var substitution = previous[j - 1] + (string.Equals(reference[i - 1], hypothesis[j - 1], StringComparison.Ordinal) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return new ErrorCount(previous[hypothesis.Count], reference.Count);
    }
}
