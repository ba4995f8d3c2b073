using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Policy;
using TelesalesQa.Core.Text;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Analysis.Detectors;

/// <summary>What a detector sees of one call: its turns (with their match keys, computed once), language, start time and the policy.</summary>
public sealed class CallContext
{
    public CallContext(Transcript transcript, Language language, DateTimeOffset? startedAt, ConductPolicy policy, AcousticFacts? acoustics = null)
    {
        Acoustics = acoustics ?? AcousticFacts.None;
        Transcript = transcript;
        Language = language;
        StartedAt = startedAt;
        Policy = policy;
        Keys = transcript.Turns.Select(t => MatchText.Normalize(t.Text)).ToArray();
    }

    public Transcript Transcript { get; }

    public IReadOnlyList<Turn> Turns => Transcript.Turns;

    /// <summary><see cref="MatchText.Normalize"/> of each turn, index for index.</summary>
    public IReadOnlyList<string> Keys { get; }

    public Language Language { get; }

    public DateTimeOffset? StartedAt { get; }

    public ConductPolicy Policy { get; }

    /// <summary>Measured from the audio; empty for transcript-only calls.</summary>
    public AcousticFacts Acoustics { get; }
}
