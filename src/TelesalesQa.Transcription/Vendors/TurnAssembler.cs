using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription.Vendors;

/// <summary>One unit a vendor file gives: a word (Amazon), a phrase (Azure) or a cue (subtitles), with the vendor's speaker label.</summary>
internal readonly record struct VendorUtterance(string? Label, double Start, double End, string Text, double? Confidence);

/// <summary>
/// Turns vendor units into the product's turns with the same rule the speech engines use
/// (<see cref="TurnMerger"/>): consecutive units of one speaker join unless the other speaker
/// started in between or the pause is longer than <see cref="TurnMerger.MaxJoinGapSeconds"/>, so a
/// call reads the same to the detectors whichever platform transcribed it.
/// </summary>
internal static class TurnAssembler
{
    /// <param name="units">The units in file order; they are ordered by start here (stably).</param>
    /// <param name="map">Resolves vendor labels to speakers.</param>
    /// <param name="joinUnlabelled">Whether units without any label join each other (words do; whole cues of an unknown voice do not, as they may be two people).</param>
    public static Transcript Assemble(IEnumerable<VendorUtterance> units, VendorSpeakerMap map, bool joinUnlabelled)
    {
        var turns = new List<Building>();
        foreach (var unit in units.Where(u => u.Text.Length > 0).OrderBy(u => u.Start))
        {
            var speaker = map.Resolve(unit.Label);
            var key = JoinKey(speaker, unit.Label, joinUnlabelled);
            var last = turns.Count > 0 ? turns[^1] : null;
            if (last is not null && key is not null && last.Key == key && unit.Start - last.End <= TurnMerger.MaxJoinGapSeconds)
            {
                last.Text = JoinText(last.Text, unit.Text);
                last.End = Math.Max(last.End, unit.End);
                if (unit.Confidence is { } c)
                {
                    last.Confidences.Add(c);
                }
            }
            else
            {
                var building = new Building(key, speaker, unit.Start) { End = unit.End, Text = unit.Text };
                if (unit.Confidence is { } c)
                {
                    building.Confidences.Add(c);
                }

                turns.Add(building);
            }
        }

        return new Transcript(turns.Select(t => new Turn(
            t.Speaker,
            t.Start,
            t.End,
            t.Text,
            t.Confidences.Count == 0 ? null : t.Confidences.Average())));
    }

    /// <summary>
    /// Joins two pieces of text: with a space between Latin words, without one where either side
    /// is Chinese (Chinese is written without spaces, and Amazon and subtitle files split it into pieces).
    /// </summary>
    public static string JoinText(string left, string right)
    {
        if (left.Length == 0)
        {
            return right;
        }

        if (right.Length == 0)
        {
            return left;
        }

        return IsCjk(left[^1]) || IsCjk(right[0]) ? left + right : left + " " + right;
    }

    public static bool IsCjk(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') // radicals, CJK punctuation, kana, unified ideographs
            or (>= '\uF900' and <= '\uFAFF') // compatibility ideographs
            or (>= '\uFF00' and <= '\uFFEF') // full-width forms: ，。！？：
            || char.IsSurrogate(c); // extension B and beyond

    private static string? JoinKey(Speaker speaker, string? label, bool joinUnlabelled)
    {
        if (speaker != Speaker.Unknown)
        {
            // "Agent" and "坐席" in one file are one person.
            return speaker.ToWire();
        }

        if (!string.IsNullOrWhiteSpace(label))
        {
            // Unknown voices stay apart from each other: spk_2 is not spk_3.
            return "label:" + label.Trim().ToUpperInvariant();
        }

        return joinUnlabelled ? "unlabelled" : null;
    }

    private sealed class Building(string? key, Speaker speaker, double start)
    {
        public string? Key { get; } = key;

        public Speaker Speaker { get; } = speaker;

        public double Start { get; } = start;

        public double End { get; set; }

        public string Text { get; set; } = "";

        public List<double> Confidences { get; } = [];
    }
}
