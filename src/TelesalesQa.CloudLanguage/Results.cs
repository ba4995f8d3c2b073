using TelesalesQa.Core.Text;

namespace TelesalesQa.CloudLanguage;

/// <summary>Azure AI Language's sentiment labels.</summary>
public enum SentimentLabel
{
    /// <summary>Neutral.</summary>
    Neutral = 0,

    /// <summary>Positive.</summary>
    Positive = 1,

    /// <summary>Negative.</summary>
    Negative = 2,

    /// <summary>Mixed: positive and negative sentences in one document (document level only).</summary>
    Mixed = 3,
}

/// <summary>Confidence per class, each between 0 and 1.</summary>
public sealed record SentimentScores(double Positive, double Neutral, double Negative);

/// <summary>One sentence of a turn as the service split it. Offsets are UTF-16 positions in the text that was sent.</summary>
public sealed record SentenceSentiment(SentimentLabel Sentiment, SentimentScores Scores, int Offset, int Length, string Text);

/// <summary>A document the service could not analyse, or one that was not sent.</summary>
/// <param name="Code">The service's error code (inner code when it gave one), or <c>EmptyText</c>/<c>NoResult</c> from this client.</param>
/// <param name="Message">The service's message.</param>
public sealed record CloudDocumentError(string Code, string Message);

/// <summary>What was sent for one turn: the redacted (and possibly truncated) text.</summary>
/// <param name="Text">Exactly the text that left the machine.</param>
/// <param name="LocalRedactions">What <see cref="PiiRedactor"/> took out before sending (offsets in the original turn text).</param>
/// <param name="Truncated">True when the redacted text was cut to the service's 5,120-character limit.</param>
public sealed record SentText(string Text, IReadOnlyList<RedactedSpan> LocalRedactions, bool Truncated);

/// <summary>The cloud's sentiment for one turn.</summary>
/// <param name="TurnIndex">Position of the turn in the list passed in.</param>
/// <param name="Sentiment">The document's label; null when <paramref name="Error"/> is set.</param>
/// <param name="Scores">The document's confidence scores; null when <paramref name="Error"/> is set.</param>
/// <param name="Sentences">Per-sentence results.</param>
/// <param name="Sent">What was sent; null when nothing was (empty turn).</param>
/// <param name="Error">Why there is no result for this turn.</param>
public sealed record TurnSentiment(
    int TurnIndex,
    SentimentLabel? Sentiment,
    SentimentScores? Scores,
    IReadOnlyList<SentenceSentiment> Sentences,
    SentText? Sent,
    CloudDocumentError? Error);

/// <summary>A piece of personal data the cloud still found in the (already redacted) text.</summary>
/// <param name="Category">The service's category, e.g. <c>Person</c>, <c>Address</c>, <c>PhoneNumber</c>.</param>
/// <param name="Subcategory">The service's subcategory, when it gives one.</param>
/// <param name="Offset">UTF-16 offset in the sent text.</param>
/// <param name="Length">UTF-16 length in the sent text.</param>
/// <param name="ConfidenceScore">Between 0 and 1.</param>
/// <param name="Text">The entity as it appears in the sent text.</param>
public sealed record CloudPiiEntity(string Category, string? Subcategory, int Offset, int Length, double ConfidenceScore, string Text);

/// <summary>The cloud's PII findings for one turn: a check on what the local redactor missed (names, addresses…).</summary>
/// <param name="TurnIndex">Position of the turn in the list passed in.</param>
/// <param name="Entities">What the service recognised in the sent text.</param>
/// <param name="RedactedText">The sent text with the service's own redactions applied; null when <paramref name="Error"/> is set.</param>
/// <param name="Sent">What was sent; null when nothing was (empty turn).</param>
/// <param name="Error">Why there is no result for this turn.</param>
public sealed record TurnPii(
    int TurnIndex,
    IReadOnlyList<CloudPiiEntity> Entities,
    string? RedactedText,
    SentText? Sent,
    CloudDocumentError? Error);
