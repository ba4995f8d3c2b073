namespace TelesalesQa.Transcription.Vendors;

/// <summary>The transcript file formats <see cref="VendorTranscripts"/> reads.</summary>
public enum VendorTranscriptFormat
{
    /// <summary>WebVTT subtitles (<c>.vtt</c>) with speaker voices or prefixes.</summary>
    WebVtt,

    /// <summary>SubRip subtitles (<c>.srt</c>) with speaker prefixes.</summary>
    Srt,

    /// <summary>Amazon Transcribe batch output JSON (<c>results.items</c>).</summary>
    AmazonTranscribe,

    /// <summary>Azure Speech batch transcription JSON (<c>recognizedPhrases</c>).</summary>
    AzureSpeech,

    /// <summary>The product's own transcript interchange JSON (<c>turns</c>, docs/formats.md).</summary>
    Interchange,
}
