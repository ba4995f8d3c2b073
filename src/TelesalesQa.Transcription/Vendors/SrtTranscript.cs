using System.Globalization;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription.Vendors;

/// <summary>
/// Reads SubRip subtitles into a transcript: numbered cues with <c>hh:mm:ss,mmm --&gt; hh:mm:ss,mmm</c>
/// times. The speaker comes from a prefix on a cue line (<c>Agent:</c>, <c>[Customer]</c>,
/// <c>SPEAKER_00:</c>, <c>客户：</c>); cues without one are <see cref="Speaker.Unknown"/>.
/// </summary>
public static class SrtTranscript
{
    /// <summary>Reads the text of a <c>.srt</c> file.</summary>
    /// <exception cref="TranscriptFormatException">A cue is broken; the message names the cue (by its number) or the line.</exception>
    public static Transcript Parse(string text, VendorSpeakerMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        map ??= VendorSpeakerMap.Default;
        var lines = CueText.Lines(text);
        var units = new List<VendorUtterance>();
        var cues = 0;
        var i = 0;
        while (true)
        {
            while (i < lines.Length && lines[i].Trim().Length == 0)
            {
                i++;
            }

            if (i >= lines.Length)
            {
                break;
            }

            var blockStart = i;
            while (i < lines.Length && lines[i].Trim().Length > 0)
            {
                i++;
            }

            var block = lines[blockStart..i];
            cues++;
            string cue;
            int timing;
            if (IsCueNumber(block[0]))
            {
                cue = block[0].Trim();
                timing = 1;
            }
            else if (block[0].Contains("-->", StringComparison.Ordinal))
            {
                // Some exporters leave the numbers out; count the cues instead.
                cue = cues.ToString(CultureInfo.InvariantCulture);
                timing = 0;
            }
            else
            {
                throw new TranscriptFormatException($"SRT line {blockStart + 1}: expected a cue number or a time line, found \"{Shorten(block[0])}\"");
            }

            if (timing >= block.Length || !block[timing].Contains("-->", StringComparison.Ordinal))
            {
                throw new TranscriptFormatException($"SRT cue {cue}: missing the time line (like \"00:00:01,000 --> 00:00:04,000\")");
            }

            var (startToken, endToken) = CueText.SplitTiming(block[timing]);
            var start = ParseTime(startToken, cue);
            var end = ParseTime(endToken, cue);
            if (end < start)
            {
                throw new TranscriptFormatException($"SRT cue {cue}: ends before it starts ({startToken} --> {endToken})");
            }

            foreach (var (label, cueText) in CueText.SplitSpeakers(block[(timing + 1)..], map))
            {
                units.Add(new VendorUtterance(label, start, end, cueText, null));
            }
        }

        return TurnAssembler.Assemble(units, map, joinUnlabelled: false);
    }

    /// <summary>Whether the text starts like an SRT file: a cue number, then a time line.</summary>
    public static bool LooksLikeSrt(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = CueText.Lines(text).Where(l => l.Trim().Length > 0).Take(2).ToArray();
        return lines.Length == 2 && IsCueNumber(lines[0]) && lines[1].Contains("-->", StringComparison.Ordinal);
    }

    private static bool IsCueNumber(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && t.All(char.IsAsciiDigit);
    }

    private static double ParseTime(string token, string cue) =>
        CueText.TryParseTime(token, out var seconds)
            ? seconds
            : throw new TranscriptFormatException($"SRT cue {cue}: bad time \"{token}\"");

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";
}
