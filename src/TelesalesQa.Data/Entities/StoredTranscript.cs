namespace TelesalesQa.Data.Entities;

/// <summary>A call's transcript, stored as interchange JSON (docs/formats.md) so it leaves the database in the format it arrived in.</summary>
public sealed class StoredTranscript
{
    public Guid CallId { get; set; }

    /// <summary>sidecar, vendor:NAME or engine:NAME.</summary>
    public required string Source { get; set; }

    public required string Json { get; set; }

    public DateTime CreatedAtUtc { get; set; } = DateTime.UtcNow;
}
