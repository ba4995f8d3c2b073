using System.Text.Json;

namespace TelesalesQa.CloudLanguage;

/// <summary>
/// The JSON of <c>POST {endpoint}/language/:analyze-text</c> (api-version 2023-04-01): request bodies,
/// result documents, per-document errors and error bodies.
/// </summary>
internal static class AnalyzeTextWire
{
    public const string SentimentKind = "SentimentAnalysis";
    public const string PiiKind = "PiiEntityRecognition";

    public static byte[] WriteRequest(string kind, IReadOnlyList<PreparedDocument> documents)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("kind", kind);
            w.WriteStartObject("parameters");
            w.WriteString("modelVersion", "latest");
            // Ask the service not to keep the (already redacted) text in its logs.
            w.WriteBoolean("loggingOptOut", true);
            // Offsets in .NET string units, so they index the SentText directly.
            w.WriteString("stringIndexType", "Utf16CodeUnit");
            if (kind == SentimentKind)
            {
                w.WriteBoolean("opinionMining", false);
            }
            else
            {
                w.WriteString("domain", "none");
            }

            w.WriteEndObject();
            w.WriteStartObject("analysisInput");
            w.WriteStartArray("documents");
            foreach (var d in documents)
            {
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                w.WriteString("language", d.LanguageCode);
                w.WriteString("text", d.Sent.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static void ReadSentiment(JsonElement root, IReadOnlyList<PreparedDocument> batch, TurnSentiment?[] results)
    {
        var byId = batch.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var documents = Results(root, "SentimentAnalysisResults", out var errors);
        foreach (var doc in documents.EnumerateArray())
        {
            if (!byId.TryGetValue(Str(doc, "id"), out var prepared))
            {
                continue;
            }

            var sentences = new List<SentenceSentiment>();
            if (doc.TryGetProperty("sentences", out var ss) && ss.ValueKind == JsonValueKind.Array)
            {
                foreach (var s in ss.EnumerateArray())
                {
                    sentences.Add(new SentenceSentiment(
                        Label(Str(s, "sentiment")),
                        Scores(s.GetProperty("confidenceScores")),
                        s.GetProperty("offset").GetInt32(),
                        s.GetProperty("length").GetInt32(),
                        s.TryGetProperty("text", out var t) ? t.GetString() ?? "" : ""));
                }
            }

            results[prepared.TurnIndex] = new TurnSentiment(
                prepared.TurnIndex,
                Label(Str(doc, "sentiment")),
                Scores(doc.GetProperty("confidenceScores")),
                sentences,
                prepared.Sent,
                null);
        }

        foreach (var (id, error) in errors)
        {
            if (byId.TryGetValue(id, out var prepared))
            {
                results[prepared.TurnIndex] = new TurnSentiment(prepared.TurnIndex, null, null, [], prepared.Sent, error);
            }
        }
    }

    public static void ReadPii(JsonElement root, IReadOnlyList<PreparedDocument> batch, TurnPii?[] results)
    {
        var byId = batch.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var documents = Results(root, "PiiEntityRecognitionResults", out var errors);
        foreach (var doc in documents.EnumerateArray())
        {
            if (!byId.TryGetValue(Str(doc, "id"), out var prepared))
            {
                continue;
            }

            var entities = new List<CloudPiiEntity>();
            if (doc.TryGetProperty("entities", out var es) && es.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in es.EnumerateArray())
                {
                    entities.Add(new CloudPiiEntity(
                        Str(e, "category"),
                        e.TryGetProperty("subcategory", out var sub) && sub.ValueKind == JsonValueKind.String ? sub.GetString() : null,
                        e.GetProperty("offset").GetInt32(),
                        e.GetProperty("length").GetInt32(),
                        e.GetProperty("confidenceScore").GetDouble(),
                        e.TryGetProperty("text", out var t) ? t.GetString() ?? "" : ""));
                }
            }

            var redacted = doc.TryGetProperty("redactedText", out var r) ? r.GetString() : null;
            results[prepared.TurnIndex] = new TurnPii(prepared.TurnIndex, entities, redacted, prepared.Sent, null);
        }

        foreach (var (id, error) in errors)
        {
            if (byId.TryGetValue(id, out var prepared))
            {
                results[prepared.TurnIndex] = new TurnPii(prepared.TurnIndex, [], null, prepared.Sent, error);
            }
        }
    }

    /// <summary>Turns an error response into a readable exception; its message never holds transcript text.</summary>
    public static AzureLanguageException ReadError(int status, ReadOnlyMemory<byte> body)
    {
        string? code = null;
        string? message = null;
        string? inner = null;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                code = OptStr(error, "code");
                message = OptStr(error, "message");
                if (error.TryGetProperty("innererror", out var ie) && ie.ValueKind == JsonValueKind.Object)
                {
                    var ic = OptStr(ie, "code");
                    var im = OptStr(ie, "message");
                    inner = (ic, im) switch
                    {
                        (null, null) => null,
                        (_, null) => ic,
                        (null, _) => im,
                        _ => $"{ic}: {im}",
                    };
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, an empty body): the status and the hint must do.
        }

        var what = message is null ? "no readable error body" : message.TrimEnd('.');
        var codePart = code is null ? "" : $", code {code}";
        var innerPart = inner is null ? "" : $" ({inner})";
        return new AzureLanguageException(status, code, $"Azure AI Language refused the request (HTTP {status}{codePart}): {what}{innerPart}. {Hint(status)}");
    }

    private static string Hint(int status) => status switch
    {
        401 or 403 => $"Check {AzureLanguageOptions.SectionName}:Key, and that {AzureLanguageOptions.SectionName}:Endpoint is the resource the key belongs to.",
        404 => $"Check {AzureLanguageOptions.SectionName}:Endpoint: it should be the Language resource's base URL.",
        429 => "The resource's rate limit was still exceeded after retries; try later or raise its pricing tier.",
        >= 500 => "The service still failed after retries; try again later.",
        _ => "The request was not accepted as sent.",
    };

    private static JsonElement Results(JsonElement root, string expectedKind, out List<(string Id, CloudDocumentError Error)> errors)
    {
        var kind = OptStr(root, "kind");
        if (kind is not null && kind != expectedKind)
        {
            throw new JsonException($"expected kind {expectedKind}, got {kind}");
        }

        var results = root.GetProperty("results");
        errors = [];
        if (results.TryGetProperty("errors", out var errs) && errs.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in errs.EnumerateArray())
            {
                var error = e.GetProperty("error");
                var code = OptStr(error, "code") ?? "Unknown";
                var message = OptStr(error, "message") ?? "";
                if (error.TryGetProperty("innererror", out var inner) && inner.ValueKind == JsonValueKind.Object)
                {
                    code = OptStr(inner, "code") ?? code;
                    message = OptStr(inner, "message") ?? message;
                }

                errors.Add((Str(e, "id"), new CloudDocumentError(code, message)));
            }
        }

        return results.GetProperty("documents");
    }

    private static SentimentScores Scores(JsonElement e) => new(
        e.GetProperty("positive").GetDouble(),
        e.GetProperty("neutral").GetDouble(),
        e.GetProperty("negative").GetDouble());

    private static SentimentLabel Label(string value) => value switch
    {
        "positive" => SentimentLabel.Positive,
        "neutral" => SentimentLabel.Neutral,
        "negative" => SentimentLabel.Negative,
        "mixed" => SentimentLabel.Mixed,
        _ => throw new JsonException($"unknown sentiment '{value}'"),
    };

    private static string Str(JsonElement e, string name) =>
        e.GetProperty(name).GetString() ?? throw new JsonException($"'{name}' is null");

    private static string? OptStr(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
