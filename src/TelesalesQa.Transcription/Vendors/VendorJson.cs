using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription.Vendors;

/// <summary>Tolerant JSON reading shared by the vendor readers: vendors write numbers as strings ("4.86") as often as numbers.</summary>
internal static class VendorJson
{
    public static JsonNode? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new TranscriptFormatException($"not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {ex.BytePositionInLine ?? 0})", ex);
        }
    }

    public static string? String(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<string>(out var s))
        {
            return s;
        }

        return value.GetValueKind() is JsonValueKind.Number ? value.ToJsonString() : null;
    }

    /// <summary>A number written as a JSON number or a numeric string; null when absent; false when present but not a number.</summary>
    public static bool TryNumber(JsonNode? node, out double? number)
    {
        number = null;
        if (node is null)
        {
            return true;
        }

        if (node is JsonValue value)
        {
            if (value.GetValueKind() is JsonValueKind.Number && value.TryGetValue<double>(out var d))
            {
                number = d;
                return true;
            }

            if (value.TryGetValue<string>(out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d) && double.IsFinite(d))
            {
                number = d;
                return true;
            }
        }

        return false;
    }

    /// <summary>The first element of an array property, when it is an object.</summary>
    public static JsonObject? First(JsonObject obj, string arrayName) =>
        obj[arrayName] is JsonArray { Count: > 0 } array ? array[0] as JsonObject : null;

    /// <summary>The raw text of a value for an error message, shortened.</summary>
    public static string Show(JsonNode? node)
    {
        var text = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "";
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
