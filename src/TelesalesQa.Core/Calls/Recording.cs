namespace TelesalesQa.Core.Calls;

/// <summary>The stored file behind a call. <see cref="Sha256"/> is the identity used for de-duplication.</summary>
public sealed class Recording
{
    /// <summary>Path of the stored copy, relative to the recording store.</summary>
    public required string StoredPath { get; set; }

    public required string OriginalFileName { get; set; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; init; }

    public long SizeBytes { get; set; }

    /// <summary>e.g. <c>wav/pcm16</c>, <c>wav/mulaw</c>, <c>transcript/json</c>; empty until the prepare stage has read the file.</summary>
    public string Format { get; set; } = "";

    public double DurationSeconds { get; set; }

    public int SampleRate { get; set; }

    public int Channels { get; set; }

    public ChannelLayout ChannelLayout { get; set; } = ChannelLayout.AgentLeft;

    public bool IsTranscriptOnly => Format == TranscriptOnlyFormat;

    public const string TranscriptOnlyFormat = "transcript/json";
}
