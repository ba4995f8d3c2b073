using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription;

/// <summary>
/// Merges per-speaker recognised segments into time-ordered turns. Consecutive segments of one
/// speaker join into one turn unless the other speaker started talking in between (or the pause is
/// longer than <see cref="MaxJoinGapSeconds"/>); overlapping speech stays as separate turns ordered
/// by start, so an interruption is visible in the transcript.
/// </summary>
public static class TurnMerger
{
    public const double MaxJoinGapSeconds = 1.5;

    public static Transcript Merge(IEnumerable<RecognisedSegment> segments, Language language)
    {
        var ordered = segments.Where(s => s.Words.Count > 0).OrderBy(s => s.Start).ThenBy(s => s.Speaker).ToList();
        var turns = new List<(Speaker Speaker, double Start, double End, List<RecognisedWord> Words)>();
        foreach (var seg in ordered)
        {
            var last = turns.Count > 0 ? turns[^1] : default;
            var joinable = turns.Count > 0
                && last.Speaker == seg.Speaker
                && seg.Start - last.End <= MaxJoinGapSeconds;
            if (joinable)
            {
                last.Words.AddRange(seg.Words);
                turns[^1] = (last.Speaker, last.Start, Math.Max(last.End, seg.End), last.Words);
            }
            else
            {
                turns.Add((seg.Speaker, seg.Start, seg.End, seg.Words.ToList()));
            }
        }

        var separator = language == Language.En ? " " : "";
        return new Transcript(turns.Select(t => new Turn(
            t.Speaker,
            Math.Round(t.Words[0].Start, 2),
            Math.Round(t.Words[^1].End, 2),
            string.Join(separator, t.Words.Select(w => w.Text)),
            Math.Round(t.Words.Average(w => w.Confidence), 3))));
    }
}
