using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription.Vendors;

/// <summary>
/// Reads Azure Speech batch transcription JSON into a transcript. Each entry of
/// <c>recognizedPhrases</c> gives its text (<c>nBest[0].display</c>) and confidence
/// (<c>nBest[0].confidence</c>); its time from <c>offsetInTicks</c>/<c>durationInTicks</c> (100 ns
/// ticks) or else <c>offset</c>/<c>duration</c> (ISO 8601 durations such as <c>PT1.23S</c>). The
/// speaker label is the diarized <c>speaker</c> (<c>speaker 1</c>, <c>speaker 2</c>) when present,
/// otherwise the <c>channel</c> (<c>ch_0</c>, <c>ch_1</c>). Phrases whose
/// <c>recognitionStatus</c> is not <c>Success</c> carry no words and are skipped.
/// </summary>
public static partial class AzureSpeechJson
{
    private const string Vendor = "Azure Speech";
    private const double TicksPerSecond = 10_000_000;

    /// <summary>Reads the text of an Azure Speech batch transcription result file.</summary>
    /// <exception cref="TranscriptFormatException">The file is not Azure Speech output, or a phrase is broken (the message names it by its JSON path).</exception>
    public static Transcript Parse(string json, VendorSpeakerMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        map ??= VendorSpeakerMap.Default;
        if ((VendorJson.Parse(json) as JsonObject)?["recognizedPhrases"] is not JsonArray phrases)
        {
            throw new TranscriptFormatException($"{Vendor}: missing \"recognizedPhrases\"");
        }

        var units = new List<VendorUtterance>();
        for (var k = 0; k < phrases.Count; k++)
        {
            var where = $"{Vendor} recognizedPhrases[{k}]";
            if (phrases[k] is not JsonObject phrase)
            {
                throw new TranscriptFormatException($"{where}: not an object");
            }

            var status = VendorJson.String(phrase["recognitionStatus"]);
            if (status is not null && !string.Equals(status, "Success", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var best = VendorJson.First(phrase, "nBest");
            var display = VendorJson.String(best?["display"])
                ?? throw new TranscriptFormatException($"{where}: no \"nBest[0].display\"");
            var start = Seconds(phrase, "offsetInTicks", "offset", where);
            var duration = Seconds(phrase, "durationInTicks", "duration", where);
            if (duration < 0)
            {
                throw new TranscriptFormatException($"{where}: the duration is negative");
            }

            if (!VendorJson.TryNumber(best!["confidence"], out var confidence))
            {
                throw new TranscriptFormatException($"{where}: \"confidence\" is not a number (\"{VendorJson.Show(best["confidence"])}\")");
            }

            units.Add(new VendorUtterance(Label(phrase, where), start, start + duration, display.Trim(), confidence));
        }

        return TurnAssembler.Assemble(units, map, joinUnlabelled: false);
    }

    /// <summary>Reads an ISO 8601 duration such as <c>PT1.23S</c>, <c>PT1M2.5S</c> or <c>P0DT1H</c> into seconds.</summary>
    public static bool TryParseIsoDuration(string text, out double seconds)
    {
        ArgumentNullException.ThrowIfNull(text);
        seconds = 0;
        var m = IsoDuration().Match(text.Trim());
        if (!m.Success || text.Trim() is "P" or "PT" || text.TrimEnd().EndsWith('T'))
        {
            return false;
        }

        seconds = (Part(m, "d") * 86_400) + (Part(m, "h") * 3600) + (Part(m, "m") * 60) + Part(m, "s");
        return true;
    }

    private static double Part(Match m, string group) =>
        m.Groups[group].Success ? double.Parse(m.Groups[group].ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture) : 0;

    private static double Seconds(JsonObject phrase, string ticksName, string isoName, string where)
    {
        if (phrase[ticksName] is not null)
        {
            if (!VendorJson.TryNumber(phrase[ticksName], out var ticks))
            {
                throw new TranscriptFormatException($"{where}: \"{ticksName}\" is not a number of ticks (\"{VendorJson.Show(phrase[ticksName])}\")");
            }

            return ticks!.Value / TicksPerSecond;
        }

        var iso = VendorJson.String(phrase[isoName])
            ?? throw new TranscriptFormatException($"{where}: no \"{ticksName}\" or \"{isoName}\"");
        return TryParseIsoDuration(iso, out var seconds)
            ? seconds
            : throw new TranscriptFormatException($"{where}: \"{isoName}\" is not a duration like \"PT1.23S\" (\"{VendorJson.Show(phrase[isoName])}\")");
    }

    private static string? Label(JsonObject phrase, string where)
    {
        if (!VendorJson.TryNumber(phrase["speaker"], out var speaker) || !VendorJson.TryNumber(phrase["channel"], out var channel))
        {
            throw new TranscriptFormatException($"{where}: \"speaker\" and \"channel\" must be numbers");
        }

        if (speaker is { } s)
        {
            return "speaker " + s.ToString(CultureInfo.InvariantCulture);
        }

        return channel is { } c ? "ch_" + c.ToString(CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^P(?:(?<d>\d+(?:\.\d+)?)D)?(?:T(?:(?<h>\d+(?:\.\d+)?)H)?(?:(?<m>\d+(?:\.\d+)?)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDuration();
}
