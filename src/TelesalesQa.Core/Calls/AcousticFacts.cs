namespace TelesalesQa.Core.Calls;

/// <summary>A stretch of a recording in seconds from its start.</summary>
public sealed record TimeRange(double Start, double End)
{
    public double Duration => End - Start;
}

/// <summary>What the audio stage measured that the conduct rules need: agent talk-over (5.1.3) and dead air.</summary>
public sealed record AcousticFacts(IReadOnlyList<TimeRange> Interruptions, IReadOnlyList<TimeRange> Silences)
{
    public static AcousticFacts None { get; } = new([], []);
}
