using System.Text.RegularExpressions;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription.Vendors;

/// <summary>
/// Reads WebVTT subtitles into a transcript. The speaker of a cue comes from its voice spans
/// (<c>&lt;v Agent&gt;…&lt;/v&gt;</c>) or a prefix on a cue line (<c>Agent:</c>, <c>坐席：</c>,
/// <c>[Customer]</c>); cues without either are <see cref="Speaker.Unknown"/>. NOTE, STYLE and REGION
/// blocks, cue ids and cue settings are skipped; other markup is removed from the text.
/// </summary>
public static partial class WebVttTranscript
{
    /// <summary>Reads the text of a <c>.vtt</c> file.</summary>
    /// <exception cref="TranscriptFormatException">The file is not WebVTT, or a cue's times are broken (the message names the line).</exception>
    public static Transcript Parse(string text, VendorSpeakerMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        map ??= VendorSpeakerMap.Default;
        var lines = CueText.Lines(text);
        var header = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (header < 0 || !IsHeader(lines[header]))
        {
            throw new TranscriptFormatException("not a WebVTT file: the first line must be \"WEBVTT\"");
        }

        var units = new List<VendorUtterance>();
        var i = SkipBlock(lines, header);
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
            i = SkipBlock(lines, i);
            var block = lines[blockStart..i];
            if (IsKeywordBlock(block[0], "NOTE") || IsKeywordBlock(block[0], "STYLE") || IsKeywordBlock(block[0], "REGION"))
            {
                continue;
            }

            // An optional cue id comes before the timing line.
            var timing = block[0].Contains("-->", StringComparison.Ordinal) ? 0 : 1;
            var lineNumber = blockStart + timing + 1;
            if (timing >= block.Length || !block[timing].Contains("-->", StringComparison.Ordinal))
            {
                throw new TranscriptFormatException(
                    $"WebVTT line {blockStart + 1}: expected a cue time line like \"00:00:01.000 --> 00:00:04.000\", found \"{Shorten(block[0])}\"");
            }

            var (startToken, endToken) = CueText.SplitTiming(block[timing]);
            var start = ParseTime(startToken, lineNumber);
            var end = ParseTime(endToken, lineNumber);
            if (end < start)
            {
                throw new TranscriptFormatException($"WebVTT line {lineNumber}: the cue ends before it starts ({startToken} --> {endToken})");
            }

            foreach (var (label, cueText) in ReadPayload(block[(timing + 1)..], map))
            {
                units.Add(new VendorUtterance(label, start, end, cueText, null));
            }
        }

        return TurnAssembler.Assemble(units, map, joinUnlabelled: false);
    }

    /// <summary>Whether the text starts like a WebVTT file (<c>WEBVTT</c> alone or followed by a space or tab).</summary>
    public static bool LooksLikeWebVtt(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsHeader(CueText.Lines(text.TrimStart())[0]);
    }

    private static bool IsHeader(string firstLine) =>
        firstLine.StartsWith("WEBVTT", StringComparison.Ordinal)
        && (firstLine.Length == 6 || firstLine[6] is ' ' or '\t');

    private static bool IsKeywordBlock(string line, string keyword) =>
        line.StartsWith(keyword, StringComparison.Ordinal)
        && (line.Length == keyword.Length || char.IsWhiteSpace(line[keyword.Length]))
        && !line.Contains("-->", StringComparison.Ordinal);

    /// <summary>The index of the first blank line at or after <paramref name="i"/> (the end of the block).</summary>
    private static int SkipBlock(string[] lines, int i)
    {
        while (i < lines.Length && lines[i].Trim().Length > 0)
        {
            i++;
        }

        return i;
    }

    private static double ParseTime(string token, int lineNumber) =>
        CueText.TryParseTime(token, out var seconds)
            ? seconds
            : throw new TranscriptFormatException($"WebVTT line {lineNumber}: bad time \"{token}\"");

    private static List<(string? Label, string Text)> ReadPayload(string[] payload, VendorSpeakerMap map)
    {
        var joined = string.Join('\n', payload);
        var voices = Voice().Matches(joined);
        if (voices.Count == 0)
        {
            return CueText.SplitSpeakers(payload, map);
        }

        var pieces = CueText.SplitSpeakers(joined[..voices[0].Index].Split('\n'), map);
        for (var v = 0; v < voices.Count; v++)
        {
            var from = voices[v].Index + voices[v].Length;
            var to = v + 1 < voices.Count ? voices[v + 1].Index : joined.Length;
            var label = voices[v].Groups["name"].Value.Trim();
            var text = joined[from..to].Split('\n').Select(CueText.Plain).Aggregate("", TurnAssembler.JoinText);
            if (text.Length == 0)
            {
                continue;
            }

            if (pieces.Count > 0 && string.Equals(pieces[^1].Label, label, StringComparison.OrdinalIgnoreCase))
            {
                pieces[^1] = (label, TurnAssembler.JoinText(pieces[^1].Text, text));
            }
            else
            {
                pieces.Add((label, text));
            }
        }

        return pieces;
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";

    [GeneratedRegex(@"<v(?:\.[^\s>]*)?[ \t]+(?<name>[^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex Voice();
}
