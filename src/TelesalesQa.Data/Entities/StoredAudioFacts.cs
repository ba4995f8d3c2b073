namespace TelesalesQa.Data.Entities;

/// <summary>The audio stage's facts about a call (speech segments, overlaps, silences, levels) as JSON.</summary>
public sealed class StoredAudioFacts
{
    public Guid CallId { get; set; }

    public required string Json { get; set; }
}
