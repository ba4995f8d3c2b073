using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TelesalesQa.CloudLanguage.Tests;

/// <summary>One request as the fake server received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("empty body");

    public IReadOnlyList<JsonNode> Documents => Json["analysisInput"]!["documents"]!.AsArray().Select(d => d!).ToList();

    public IReadOnlyList<string> Texts => Documents.Select(d => (string)d["text"]!).ToList();
}

/// <summary>
/// A real HTTP server on 127.0.0.1 (a free port) that records requests and answers in the documented
/// shape of Azure AI Language's analyze-text API. Scripted replies (status + body) are used first;
/// after them it answers every document itself: sentiment from a few keywords, PII for the names
/// "Zhang San"/"张三". Nothing leaves the loopback interface.
/// </summary>
public sealed class FakeLanguageServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(int Status, string Body)> _scripted = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Task _loop;

    public FakeLanguageServer()
    {
        var port = FreePort();
        Endpoint = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Endpoint + "/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Endpoint { get; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    /// <summary>Answers the next request with this status and body instead of computing a reply.</summary>
    public void Enqueue(int status, string body) => _scripted.Enqueue((status, body));

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener's disposal exception; nothing to report.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
                .ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
            var url = context.Request.Url!;
            var recorded = new RecordedRequest(context.Request.HttpMethod, url.AbsolutePath, url.Query, headers, body);
            _requests.Enqueue(recorded);

            var (status, reply) = _scripted.TryDequeue(out var s) ? s : (200, Answer(recorded));
            var bytes = Encoding.UTF8.GetBytes(reply);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static string Answer(RecordedRequest request)
    {
        var json = request.Json;
        var kind = (string)json["kind"]!;
        var documents = new JsonArray();
        foreach (var d in request.Documents)
        {
            var id = (string)d["id"]!;
            var text = (string)d["text"]!;
            documents.Add(kind == "SentimentAnalysis" ? SentimentDocument(id, text) : PiiDocument(id, text));
        }

        var result = new JsonObject
        {
            ["kind"] = kind + "Results",
            ["results"] = new JsonObject
            {
                ["documents"] = documents,
                ["errors"] = new JsonArray(),
                ["modelVersion"] = "2022-11-01",
            },
        };
        return result.ToJsonString();
    }

    private static JsonObject SentimentDocument(string id, string text)
    {
        var (label, pos, neu, neg) =
            text.Contains("滚", StringComparison.Ordinal) || text.Contains("terrible", StringComparison.OrdinalIgnoreCase) ? ("negative", 0.01, 0.04, 0.95)
            : text.Contains("谢谢", StringComparison.Ordinal) || text.Contains("thank", StringComparison.OrdinalIgnoreCase) ? ("positive", 0.9, 0.08, 0.02)
            : ("neutral", 0.1, 0.85, 0.05);
        JsonObject Scores() => new() { ["positive"] = pos, ["neutral"] = neu, ["negative"] = neg };
        return new JsonObject
        {
            ["id"] = id,
            ["sentiment"] = label,
            ["confidenceScores"] = Scores(),
            ["sentences"] = new JsonArray(new JsonObject
            {
                ["sentiment"] = label,
                ["confidenceScores"] = Scores(),
                ["offset"] = 0,
                ["length"] = text.Length,
                ["text"] = text,
            }),
            ["warnings"] = new JsonArray(),
        };
    }

    private static JsonObject PiiDocument(string id, string text)
    {
        var entities = new JsonArray();
        var redacted = new StringBuilder(text);
        foreach (var name in new[] { "Zhang San", "张三" })
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                entities.Add(new JsonObject
                {
                    ["text"] = name,
                    ["category"] = "Person",
                    ["offset"] = at,
                    ["length"] = name.Length,
                    ["confidenceScore"] = 0.98,
                });
                for (var k = at; k < at + name.Length; k++)
                {
                    redacted[k] = '*';
                }
            }
        }

        return new JsonObject
        {
            ["redactedText"] = redacted.ToString(),
            ["id"] = id,
            ["entities"] = entities,
            ["warnings"] = new JsonArray(),
        };
    }
}
