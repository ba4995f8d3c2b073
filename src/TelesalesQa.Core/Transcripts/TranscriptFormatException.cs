namespace TelesalesQa.Core.Transcripts;

/// <summary>A transcript file that cannot be read; the message says what is wrong in plain words.</summary>
public sealed class TranscriptFormatException(string message, Exception? inner = null) : Exception(message, inner);
