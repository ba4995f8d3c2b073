using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TelesalesQa.Core.Calls;

namespace TelesalesQa.Core.Transcripts;

/// <summary>
/// Reads and writes the transcript interchange JSON. Reading is tolerant (unknown keys are ignored,
/// so vendor files with extra fields still load) but strict about what it needs: a readable error
/// names the field that is wrong.
/// </summary>
public static class TranscriptJson
{
    /// <summary>Keeps Chinese readable in the output instead of \uXXXX escapes.</summary>
    public static JsonSerializerOptions WriteOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static TranscriptDocument Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new TranscriptFormatException($"not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}): {FirstSentence(ex.Message)}", ex);
        }

        if (root is not JsonObject obj)
        {
            throw new TranscriptFormatException("the file is JSON but not an object with \"callId\" and \"turns\"");
        }

        var callId = ReadString(obj, "callId");
        if (string.IsNullOrWhiteSpace(callId))
        {
            throw new TranscriptFormatException("missing \"callId\"");
        }

        var languageText = ReadString(obj, "language");
        var language = Language.Zh;
        if (languageText is not null && !LanguageCodes.TryParse(languageText, out language))
        {
            throw new TranscriptFormatException($"\"language\" must be \"zh\" or \"en\", not \"{languageText}\"");
        }

        DateTimeOffset? startedAt = null;
        var startedText = ReadString(obj, "startedAt");
        if (startedText is not null)
        {
            if (!DateTimeOffset.TryParse(startedText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                throw new TranscriptFormatException($"\"startedAt\" is not an ISO 8601 time with offset: \"{startedText}\"");
            }

            startedAt = parsed;
        }

        if (obj["turns"] is not JsonArray turnsNode)
        {
            throw new TranscriptFormatException("missing \"turns\" (an array of {speaker, start, end, text})");
        }

        var turns = new List<Turn>(turnsNode.Count);
        for (var i = 0; i < turnsNode.Count; i++)
        {
            turns.Add(ReadTurn(turnsNode[i], i));
        }

        return new TranscriptDocument
        {
            CallId = callId,
            Language = language,
            StartedAt = startedAt,
            AgentId = ReadString(obj, "agentId"),
            CustomerPhone = ReadString(obj, "customerPhone"),
            Transcript = new Transcript(turns),
            Labels = ReadLabels(obj["labels"]),
        };
    }

    public static string Serialize(TranscriptDocument document)
    {
        var obj = new JsonObject
        {
            ["callId"] = document.CallId,
            ["language"] = document.Language.ToCode(),
        };
        if (document.StartedAt is { } started)
        {
            obj["startedAt"] = started.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        if (document.AgentId is not null)
        {
            obj["agentId"] = document.AgentId;
        }

        if (document.CustomerPhone is not null)
        {
            obj["customerPhone"] = document.CustomerPhone;
        }

        var turns = new JsonArray();
        foreach (var t in document.Transcript.Turns)
        {
            var turn = new JsonObject
            {
                ["speaker"] = t.Speaker.ToWire(),
                ["start"] = Math.Round(t.Start, 3),
                ["end"] = Math.Round(t.End, 3),
                ["text"] = t.Text,
            };
            if (t.Confidence is { } c)
            {
                turn["confidence"] = Math.Round(c, 3);
            }

            turns.Add(turn);
        }

        obj["turns"] = turns;
        if (document.Labels is { } labels)
        {
            var l = new JsonObject();
            foreach (var (type, indexes) in labels)
            {
                l[type] = new JsonArray(indexes.Select(i => (JsonNode)i).ToArray());
            }

            obj["labels"] = l;
        }

        return obj.ToJsonString(WriteOptions);
    }

    private static Turn ReadTurn(JsonNode? node, int index)
    {
        if (node is not JsonObject t)
        {
            throw new TranscriptFormatException($"turn {index} is not an object");
        }

        var speakerText = ReadString(t, "speaker");
        if (!SpeakerNames.TryParse(speakerText, out var speaker))
        {
            throw new TranscriptFormatException($"turn {index}: speaker must be agent, customer or unknown, not \"{speakerText}\"");
        }

        var start = ReadNumber(t, "start", index) ?? 0;
        var end = ReadNumber(t, "end", index) ?? start;
        if (start < 0 || end < start)
        {
            throw new TranscriptFormatException($"turn {index}: times must satisfy 0 <= start <= end (start {start}, end {end})");
        }

        var text = ReadString(t, "text") ?? throw new TranscriptFormatException($"turn {index}: missing \"text\"");
        double? confidence = ReadNumber(t, "confidence", index);
        return new Turn(speaker, start, end, text, confidence);
    }

    private static string? ReadString(JsonObject obj, string name)
    {
        var node = obj[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue v && v.TryGetValue<string>(out var s))
        {
            return s;
        }

        // Numbers where strings are expected (a phone number written without quotes) are common in vendor files.
        return node.ToJsonString();
    }

    private static double? ReadNumber(JsonObject obj, string name, int index)
    {
        var node = obj[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue v)
        {
            if (v.TryGetValue<double>(out var d))
            {
                return d;
            }

            if (v.TryGetValue<string>(out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d))
            {
                return d;
            }
        }

        throw new TranscriptFormatException($"turn {index}: \"{name}\" must be a number of seconds");
    }

    private static Dictionary<string, IReadOnlyList<int>>? ReadLabels(JsonNode? node)
    {
        if (node is not JsonObject obj)
        {
            return null;
        }

        var result = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            if (value is JsonArray arr)
            {
                result[key] = arr.Select(n => n is JsonValue jv && jv.TryGetValue<int>(out var i) ? i : -1).Where(i => i >= 0).ToArray();
            }
        }

        return result;
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message;
    }
}
