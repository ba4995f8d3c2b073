namespace TelesalesQa.Core.Transcripts;

/// <summary>A call's words as time-ordered turns.</summary>
public sealed record Transcript
{
    public Transcript(IEnumerable<Turn> turns)
    {
        // Ordered by start time; a stable sort keeps the source order of turns that start together.
        Turns = turns.OrderBy(t => t.Start).ToArray();
    }

    public IReadOnlyList<Turn> Turns { get; }

    public double Duration => Turns.Count == 0 ? 0 : Turns.Max(t => t.End);

    public static Transcript Empty { get; } = new([]);
}
