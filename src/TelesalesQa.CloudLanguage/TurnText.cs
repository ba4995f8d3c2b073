using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.CloudLanguage;

/// <summary>The text of one turn to analyse, and the call's language. Results come back in the same order.</summary>
/// <param name="Text">The turn's text as transcribed; it is redacted before it is sent.</param>
/// <param name="Language">The call's language; Chinese in Traditional script is sent as <c>zh-hant</c>.</param>
public sealed record TurnText(string Text, Language Language)
{
    /// <summary>One <see cref="TurnText"/> per turn, in transcript order.</summary>
    public static IReadOnlyList<TurnText> FromTurns(IEnumerable<Turn> turns, Language language)
    {
        ArgumentNullException.ThrowIfNull(turns);
        return turns.Select(t => new TurnText(t.Text, language)).ToList();
    }
}
