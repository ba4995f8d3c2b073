using System.Globalization;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Text;

namespace TelesalesQa.CloudLanguage;

/// <summary>
/// A turn made fit to leave the machine. The only way to get one is <see cref="From"/>, which redacts
/// first and truncates second, and the request writer takes nothing else: no path sends raw text.
/// </summary>
internal sealed class PreparedDocument
{
    private PreparedDocument(int turnIndex, string languageCode, SentText sent)
    {
        TurnIndex = turnIndex;
        Id = (turnIndex + 1).ToString(CultureInfo.InvariantCulture);
        LanguageCode = languageCode;
        Sent = sent;
    }

    public int TurnIndex { get; }

    /// <summary>Unique per call to the client: the 1-based turn position.</summary>
    public string Id { get; }

    public string LanguageCode { get; }

    public SentText Sent { get; }

    /// <summary>Redacts then truncates; null when there is nothing to send (blank turn).</summary>
    public static PreparedDocument? From(int turnIndex, TurnText turn, int maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var original = turn.Text ?? "";
        if (string.IsNullOrWhiteSpace(original))
        {
            return null;
        }

        // Redact the whole text before cutting it: a cut through a phone number would leave a
        // fragment too short to be recognised, and that fragment would be sent.
        var redaction = PiiRedactor.Redact(original);
        var (text, truncated) = Truncate(redaction.Text, maxCharacters);
        return new PreparedDocument(turnIndex, LanguageCodeFor(turn.Language, text), new SentText(text, redaction.Spans, truncated));
    }

    /// <summary>Cuts to at most <paramref name="maxCharacters"/> UTF-16 units without splitting a text element (surrogate pair, combining mark, emoji sequence).</summary>
    internal static (string Text, bool Truncated) Truncate(string text, int maxCharacters)
    {
        if (text.Length <= maxCharacters)
        {
            return (text, false);
        }

        var cut = 0;
        while (cut < text.Length)
        {
            var next = cut + StringInfo.GetNextTextElementLength(text.AsSpan(cut));
            if (next > maxCharacters)
            {
                break;
            }

            cut = next;
        }

        return (text[..cut], true);
    }

    private static string LanguageCodeFor(Language language, string text) => language switch
    {
        Language.En => "en",
        _ when ChineseScript.HasHan(text) && ChineseScript.ToSimplified(text) != text => "zh-hant",
        _ => "zh-hans",
    };
}
