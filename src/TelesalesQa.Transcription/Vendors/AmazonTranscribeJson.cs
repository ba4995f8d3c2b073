using System.Text.Json.Nodes;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription.Vendors;

/// <summary>
/// Reads Amazon Transcribe batch output JSON into a transcript. Words come from <c>results.items</c>
/// (<c>type</c> <c>pronunciation</c> with <c>start_time</c>, <c>end_time</c> and
/// <c>alternatives[0].content</c>/<c>confidence</c>; <c>punctuation</c> joins the word before it
/// without a space). With channel identification the words come from
/// <c>results.channel_labels.channels[].items</c>, labelled <c>ch_0</c>, <c>ch_1</c>; with speaker
/// diarization the label is the item's <c>speaker_label</c> or, in older output, the one
/// <c>results.speaker_labels.segments[].items[]</c> gives the word's start time. Consecutive words
/// of one speaker form a turn whose confidence is the mean of its word confidences.
/// </summary>
public static class AmazonTranscribeJson
{
    private const string Vendor = "Amazon Transcribe";

    /// <summary>Reads the text of an Amazon Transcribe output file.</summary>
    /// <exception cref="TranscriptFormatException">The file is not Amazon Transcribe output, or an item is broken (the message names it by its JSON path).</exception>
    public static Transcript Parse(string json, VendorSpeakerMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        map ??= VendorSpeakerMap.Default;
        var root = VendorJson.Parse(json) as JsonObject;
        if (root?["results"] is not JsonObject results)
        {
            throw new TranscriptFormatException($"{Vendor}: missing \"results\"");
        }

        var words = new List<VendorUtterance>();
        if (results["channel_labels"]?["channels"] is JsonArray { Count: > 0 } channels)
        {
            // Each channel's own list keeps its punctuation next to its words; the lists are interleaved by time afterwards.
            for (var c = 0; c < channels.Count; c++)
            {
                var path = $"results.channel_labels.channels[{c}]";
                if (channels[c] is not JsonObject channel || channel["items"] is not JsonArray items)
                {
                    throw new TranscriptFormatException($"{Vendor} {path}: missing \"items\"");
                }

                ReadItems(items, path + ".items", VendorJson.String(channel["channel_label"]), null, words);
            }
        }
        else if (results["items"] is JsonArray items)
        {
            ReadItems(items, "results.items", null, SpeakerSegments.From(results["speaker_labels"]), words);
        }
        else
        {
            throw new TranscriptFormatException($"{Vendor}: missing \"results.items\"");
        }

        return TurnAssembler.Assemble(words, map, joinUnlabelled: true);
    }

    private static void ReadItems(JsonArray items, string path, string? channelLabel, SpeakerSegments? speakers, List<VendorUtterance> words)
    {
        var first = words.Count;
        for (var k = 0; k < items.Count; k++)
        {
            var where = $"{Vendor} {path}[{k}]";
            if (items[k] is not JsonObject item)
            {
                throw new TranscriptFormatException($"{where}: not an object");
            }

            var alternative = VendorJson.First(item, "alternatives");
            var content = VendorJson.String(alternative?["content"])
                ?? throw new TranscriptFormatException($"{where}: no \"alternatives[0].content\"");
            var type = VendorJson.String(item["type"]);
            if (string.Equals(type, "punctuation", StringComparison.Ordinal))
            {
                // Punctuation has no time of its own: it ends the word before it. A leading mark has nothing to attach to.
                if (words.Count > first)
                {
                    words[^1] = words[^1] with { Text = words[^1].Text + content };
                }

                continue;
            }

            if (!string.Equals(type, "pronunciation", StringComparison.Ordinal))
            {
                // Item types added after this reader was written carry no words we could score.
                continue;
            }

            var start = Seconds(item, "start_time", where);
            var end = Seconds(item, "end_time", where);
            if (end < start)
            {
                throw new TranscriptFormatException($"{where}: \"end_time\" {end} is before \"start_time\" {start}");
            }

            if (!VendorJson.TryNumber(alternative!["confidence"], out var confidence))
            {
                throw new TranscriptFormatException($"{where}: \"confidence\" is not a number (\"{VendorJson.Show(alternative["confidence"])}\")");
            }

            var label = VendorJson.String(item["speaker_label"])
                ?? VendorJson.String(item["channel_label"])
                ?? channelLabel
                ?? speakers?.Find(start);
            words.Add(new VendorUtterance(label, start, end, content.Trim(), confidence));
        }
    }

    private static double Seconds(JsonObject item, string name, string where)
    {
        if (!VendorJson.TryNumber(item[name], out var value))
        {
            throw new TranscriptFormatException($"{where}: \"{name}\" is not a number of seconds (\"{VendorJson.Show(item[name])}\")");
        }

        return value ?? throw new TranscriptFormatException($"{where}: a word without \"{name}\"");
    }

    /// <summary>Older diarized output names speakers only in <c>speaker_labels.segments</c>: find a word's speaker by its start time.</summary>
    private sealed class SpeakerSegments
    {
        private readonly Dictionary<long, string> _byWordStart = [];
        private readonly List<(double Start, double End, string Label)> _segments = [];

        public static SpeakerSegments? From(JsonNode? speakerLabels)
        {
            if (speakerLabels?["segments"] is not JsonArray segments)
            {
                return null;
            }

            var result = new SpeakerSegments();
            foreach (var segment in segments.OfType<JsonObject>())
            {
                var label = VendorJson.String(segment["speaker_label"]);
                if (label is null)
                {
                    continue;
                }

                if (VendorJson.TryNumber(segment["start_time"], out var s) && VendorJson.TryNumber(segment["end_time"], out var e) && s is { } start && e is { } end)
                {
                    result._segments.Add((start, end, label));
                }

                foreach (var word in (segment["items"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
                {
                    if (VendorJson.TryNumber(word["start_time"], out var ws) && ws is { } wordStart)
                    {
                        result._byWordStart.TryAdd(Key(wordStart), VendorJson.String(word["speaker_label"]) ?? label);
                    }
                }
            }

            return result;
        }

        public string? Find(double start)
        {
            if (_byWordStart.TryGetValue(Key(start), out var label))
            {
                return label;
            }

            foreach (var (s, e, l) in _segments)
            {
                if (start >= s && start < e)
                {
                    return l;
                }
            }

            return null;
        }

        private static long Key(double seconds) => (long)Math.Round(seconds * 1000);
    }
}
