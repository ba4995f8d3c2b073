using System.Globalization;
using System.Text;

namespace TelesalesQa.Core.Text;

/// <summary>
/// The form of a turn's text that rules and classifiers match against: Simplified script, lower case,
/// full-width folded to ASCII, punctuation replaced by single spaces. Speech recognisers emit
/// punctuation inconsistently, so no rule may depend on it.
/// </summary>
public static class MatchText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = ChineseScript.ToSimplified(text.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length + 2);
        sb.Append(' ');
        var lastSpace = true;
        foreach (var c in folded)
        {
            var cat = char.GetUnicodeCategory(c);
            var isWordChar = char.IsLetterOrDigit(c) || c == '%' || c == '\'' || cat == UnicodeCategory.OtherLetter;
            if (isWordChar)
            {
                sb.Append(c == '’' ? '\'' : c);
                lastSpace = false;
            }
            else if (!lastSpace)
            {
                sb.Append(' ');
                lastSpace = true;
            }
        }

        if (!lastSpace)
        {
            sb.Append(' ');
        }

        return sb.ToString();
    }
}
