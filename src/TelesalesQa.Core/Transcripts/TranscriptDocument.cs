using TelesalesQa.Core.Calls;

namespace TelesalesQa.Core.Transcripts;

/// <summary>
/// The transcript interchange format (docs/formats.md): a call's identity, its metadata and its turns.
/// Read and written by <see cref="TranscriptJson"/>.
/// </summary>
public sealed record TranscriptDocument
{
    public required string CallId { get; init; }

    public Language Language { get; init; } = Language.Zh;

    public DateTimeOffset? StartedAt { get; init; }

    public string? AgentId { get; init; }

    public string? CustomerPhone { get; init; }

    public required Transcript Transcript { get; init; }

    /// <summary>Optional reference labels (turn indexes per finding type), used by evaluation only.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>>? Labels { get; init; }
}
