using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription;

/// <summary>A word with its times in seconds from the start of the recording, and the engine's confidence.</summary>
public sealed record RecognisedWord(string Text, double Start, double End, double Confidence);

/// <summary>What an engine heard in one speech segment of one speaker.</summary>
public sealed record RecognisedSegment(Speaker Speaker, double Start, double End, IReadOnlyList<RecognisedWord> Words);
