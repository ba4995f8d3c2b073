using System.Text;
using TelesalesQa.Core.Text;

namespace TelesalesQa.Analysis.Models;

/// <summary>
/// Turns an utterance into the feature tokens the classifiers learn from, over the normalised text
/// (Simplified script, lower case, no punctuation, since recognisers punctuate at random):
/// Han character 1–3-grams, and for Latin-script words the word, word bigrams and in-word character
/// trigrams (which survive recogniser misspellings such as "garanteed"). ML.NET's default text
/// featurizer splits on spaces only, which leaves a Chinese sentence as one "word".
/// </summary>
public static class TurnFeatures
{
    public static string Tokens(string text)
    {
        var key = MatchText.Normalize(text);
        var sb = new StringBuilder(key.Length * 8);
        string? previousWord = null;
        foreach (var run in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            while (start < run.Length)
            {
                var han = IsHan(run[start]);
                var end = start;
                while (end < run.Length && IsHan(run[end]) == han)
                {
                    end++;
                }

                var piece = run[start..end];
                if (han)
                {
                    HanGrams(sb, piece);
                    previousWord = null;
                }
                else
                {
                    sb.Append("w_").Append(piece).Append(' ');
                    if (previousWord is not null)
                    {
                        sb.Append("b_").Append(previousWord).Append('_').Append(piece).Append(' ');
                    }

                    var padded = "<" + piece + ">";
                    for (var i = 0; i + 3 <= padded.Length; i++)
                    {
                        sb.Append("t_").Append(padded, i, 3).Append(' ');
                    }

                    previousWord = piece;
                }

                start = end;
            }
        }

        // Character 4-grams across word boundaries of the Latin-script text: short phrases ("say it slow",
        // "are we done") whose parts are ordinary words.
        var latin = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            latin.Append(IsHan(c) ? ' ' : c);
        }

        var joined = System.Text.RegularExpressions.Regex.Replace(latin.ToString(), " +", "_");
        for (var i = 0; i + 4 <= joined.Length; i++)
        {
            var gram = joined.AsSpan(i, 4);
            if (gram.Contains('_') && gram.Trim('_').Length >= 2)
            {
                sb.Append("x_").Append(gram).Append(' ');
            }
        }

        return sb.ToString();
    }

    private static void HanGrams(StringBuilder sb, string run)
    {
        for (var n = 1; n <= 3; n++)
        {
            for (var i = 0; i + n <= run.Length; i++)
            {
                sb.Append('c').Append(n).Append('_').Append(run, i, n).Append(' ');
            }
        }
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
