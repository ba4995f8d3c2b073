using System.Net;
using System.Text.RegularExpressions;

namespace TelesalesQa.Transcription.Vendors;

/// <summary>Shared reading of subtitle cues (WebVTT and SRT): times, markup and speaker prefixes.</summary>
internal static partial class CueText
{
    /// <summary>
    /// Reads <c>hh:mm:ss.mmm</c> or <c>mm:ss.mmm</c> (a comma or a dot before the milliseconds, as
    /// SRT and WebVTT writers mix them up) into seconds.
    /// </summary>
    public static bool TryParseTime(string token, out double seconds)
    {
        seconds = 0;
        var m = TimePattern().Match(token);
        if (!m.Success)
        {
            return false;
        }

        var hours = m.Groups["h"].Success ? long.Parse(m.Groups["h"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : 0;
        var minutes = int.Parse(m.Groups["m"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var secs = int.Parse(m.Groups["s"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var fraction = m.Groups["f"].Value;
        var millis = int.Parse(fraction, provider: System.Globalization.CultureInfo.InvariantCulture) * Math.Pow(10, 3 - fraction.Length);
        seconds = (hours * 3600) + (minutes * 60) + secs + (millis / 1000.0);
        return true;
    }

    /// <summary>The file's lines, whatever the line endings, without a byte order mark.</summary>
    public static string[] Lines(string text) => text.TrimStart('\uFEFF').Split(["\r\n", "\r", "\n"], StringSplitOptions.None);

    /// <summary>Splits a timing line <c>start --&gt; end [settings]</c> into its two time tokens.</summary>
    public static (string Start, string End) SplitTiming(string line)
    {
        var arrow = line.IndexOf("-->", StringComparison.Ordinal);
        var start = line[..arrow].Trim();
        var rest = line[(arrow + 3)..].Trim();
        var space = rest.IndexOfAny([' ', '\t']);
        var end = space < 0 ? rest : rest[..space];
        return (start, end);
    }

    /// <summary>Removes markup (<c>&lt;i&gt;</c>, <c>&lt;c.x&gt;</c>, <c>&lt;00:00:01.000&gt;</c>, <c>{\an8}</c>) and decodes entities.</summary>
    public static string Plain(string text)
    {
        var stripped = AssOverride().Replace(Tag().Replace(text, ""), "");
        return WebUtility.HtmlDecode(stripped).Replace('\u00A0', ' ').Trim();
    }

    /// <summary>
    /// Reads cue lines into (label, text) pieces: a line that starts with a speaker prefix
    /// (<c>Agent:</c>, <c>坐席：</c>, <c>[Customer]</c>, <c>SPEAKER_00:</c>) starts a piece of that
    /// speaker; other lines continue the current piece. A prefix counts only when the map knows the
    /// label or it is a diarization label, so "Price: 99" stays text.
    /// </summary>
    public static List<(string? Label, string Text)> SplitSpeakers(IEnumerable<string> lines, VendorSpeakerMap map)
    {
        var pieces = new List<(string? Label, string Text)>();
        foreach (var raw in lines)
        {
            var line = Plain(raw);
            if (line.Length == 0)
            {
                continue;
            }

            if (TrySplitPrefix(line, map, out var label, out var rest))
            {
                pieces.Add((label, rest));
            }
            else if (pieces.Count == 0)
            {
                pieces.Add((null, line));
            }
            else
            {
                pieces[^1] = (pieces[^1].Label, TurnAssembler.JoinText(pieces[^1].Text, line));
            }
        }

        return pieces;
    }

    public static bool TrySplitPrefix(string line, VendorSpeakerMap map, out string? label, out string rest)
    {
        foreach (var pattern in new[] { BracketPrefix(), ColonPrefix() })
        {
            var m = pattern.Match(line);
            if (m.Success)
            {
                var candidate = m.Groups["label"].Value.Trim();
                if (map.Knows(candidate) || DiarizationLabel().IsMatch(candidate))
                {
                    label = candidate;
                    rest = m.Groups["rest"].Value.Trim();
                    return true;
                }
            }
        }

        label = null;
        rest = line;
        return false;
    }

    [GeneratedRegex(@"^(?:(?<h>\d+):)?(?<m>[0-5]?\d):(?<s>[0-5]\d)[.,](?<f>\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"</?[A-Za-z0-9][^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{\\[^{}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex AssOverride();

    [GeneratedRegex(@"^\s*[\[【]\s*(?<label>[^\]】]{1,40}?)\s*[\]】]\s*[:：]?\s*(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex BracketPrefix();

    [GeneratedRegex(@"^\s*(?<label>[^:：\[\]【】<>]{1,40}?)\s*[:：]\s*(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ColonPrefix();

    [GeneratedRegex(@"^(?:spk|speaker|ch|channel)[ _-]?\d{1,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DiarizationLabel();
}
