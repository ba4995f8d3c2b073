using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TelesalesQa.CloudLanguage;

/// <summary>
/// A small client for Azure AI Language's analyze-text API on Azure.Core's HTTP pipeline (key header,
/// retries with back-off, timeouts). Every text is passed through <see cref="Core.Text.PiiRedactor"/>
/// inside the client before it is written into a request, so no caller can send raw personal data.
/// Text is never logged: Azure.Core's content logging is forced off.
/// </summary>
/// <param name="options">Must be enabled and valid (<see cref="AzureLanguageOptions.EnsureUsable"/>); otherwise the constructor throws.</param>
/// <param name="clientOptions">Pipeline settings (retries, transport); defaults when null.</param>
public sealed class AzureLanguageClient(AzureLanguageOptions options, AzureLanguageClientOptions? clientOptions = null)
{
    /// <summary>The REST API version this client speaks.</summary>
    public const string ApiVersion = "2023-04-01";

    /// <summary>The service's limit per document; longer (redacted) texts are cut to it.</summary>
    public const int MaxCharactersPerDocument = 5120;

    /// <summary>The service's limit of documents per synchronous PII request.</summary>
    public const int PiiServiceDocumentLimit = 5;

    /// <summary>The service's limit of documents per synchronous sentiment request.</summary>
    public const int SentimentServiceDocumentLimit = 10;

    private const string KeyHeader = "Ocp-Apim-Subscription-Key";

    private readonly AzureLanguageOptions _options = Checked(options);
    private readonly Uri _analyzeUri = AnalyzeUri(options);
    private readonly HttpPipeline _pipeline = BuildPipeline(options, clientOptions ?? new AzureLanguageClientOptions());

    /// <summary>The cloud's sentiment for each turn, in the order given. Blank turns are not sent and carry an <c>EmptyText</c> error.</summary>
    /// <exception cref="AzureLanguageException">The service refused a request (after retries) or answered unreadably.</exception>
    public async Task<IReadOnlyList<TurnSentiment>> AnalyzeSentimentAsync(IReadOnlyList<TurnText> turns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var results = new TurnSentiment?[turns.Count];
        var documents = Prepare(turns, i => results[i] = new TurnSentiment(i, null, null, [], null, EmptyText));
        foreach (var batch in documents.Chunk(Math.Min(_options.MaxDocumentsPerRequest, SentimentServiceDocumentLimit)))
        {
            var (status, json) = await SendAsync(AnalyzeTextWire.SentimentKind, batch, cancellationToken);
            using (json)
            {
                Read(status, () => AnalyzeTextWire.ReadSentiment(json.RootElement, batch, results));
            }

            foreach (var d in batch)
            {
                results[d.TurnIndex] ??= new TurnSentiment(d.TurnIndex, null, null, [], d.Sent, NoResult);
            }
        }

        return results.Select(r => r!).ToList();
    }

    /// <summary>
    /// The personal data the cloud still finds in each turn after local redaction (names, addresses…),
    /// in the order given. Blank turns are not sent and carry an <c>EmptyText</c> error.
    /// </summary>
    /// <exception cref="AzureLanguageException">The service refused a request (after retries) or answered unreadably.</exception>
    public async Task<IReadOnlyList<TurnPii>> RecognizePiiAsync(IReadOnlyList<TurnText> turns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var results = new TurnPii?[turns.Count];
        var documents = Prepare(turns, i => results[i] = new TurnPii(i, [], null, null, EmptyText));
        foreach (var batch in documents.Chunk(Math.Min(_options.MaxDocumentsPerRequest, PiiServiceDocumentLimit)))
        {
            var (status, json) = await SendAsync(AnalyzeTextWire.PiiKind, batch, cancellationToken);
            using (json)
            {
                Read(status, () => AnalyzeTextWire.ReadPii(json.RootElement, batch, results));
            }

            foreach (var d in batch)
            {
                results[d.TurnIndex] ??= new TurnPii(d.TurnIndex, [], null, d.Sent, NoResult);
            }
        }

        return results.Select(r => r!).ToList();
    }

    private static CloudDocumentError EmptyText { get; } = new("EmptyText", "The turn has no text; nothing was sent.");

    private static CloudDocumentError NoResult { get; } = new("NoResult", "The service returned neither a result nor an error for this document.");

    private static List<PreparedDocument> Prepare(IReadOnlyList<TurnText> turns, Action<int> onEmpty)
    {
        var documents = new List<PreparedDocument>(turns.Count);
        for (var i = 0; i < turns.Count; i++)
        {
            if (PreparedDocument.From(i, turns[i], MaxCharactersPerDocument) is { } d)
            {
                documents.Add(d);
            }
            else
            {
                onEmpty(i);
            }
        }

        return documents;
    }

    private async Task<(int Status, JsonDocument Json)> SendAsync(string kind, PreparedDocument[] batch, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_analyzeUri);
        request.Headers.Add(HttpHeader.Names.ContentType, "application/json");
        request.Headers.Add(HttpHeader.Names.Accept, "application/json");
        request.Content = RequestContent.Create(AnalyzeTextWire.WriteRequest(kind, batch));

        await _pipeline.SendAsync(message, cancellationToken);
        var response = message.Response;
        var body = response.Content.ToMemory();
        if (response.IsError)
        {
            throw AnalyzeTextWire.ReadError(response.Status, body);
        }

        try
        {
            return (response.Status, JsonDocument.Parse(body));
        }
        catch (JsonException e)
        {
            throw new AzureLanguageException(response.Status, null, $"Azure AI Language answered HTTP {response.Status} with a body that is not JSON. Check {AzureLanguageOptions.SectionName}:Endpoint.", e);
        }
    }

    private static void Read(int status, Action read)
    {
        try
        {
            read();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new AzureLanguageException(status, null, $"Azure AI Language answered in a shape this client does not know (api-version {ApiVersion}): {e.Message}", e);
        }
    }

    private static AzureLanguageOptions Checked(AzureLanguageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureUsable();
        return options;
    }

    private static Uri AnalyzeUri(AzureLanguageOptions options) =>
        new($"{options.Endpoint!.Trim().TrimEnd('/')}/language/:analyze-text?api-version={ApiVersion}", UriKind.Absolute);

    private static HttpPipeline BuildPipeline(AzureLanguageOptions options, AzureLanguageClientOptions clientOptions)
    {
        // Whatever the caller configured: request and response bodies carry transcript text.
        clientOptions.Diagnostics.IsLoggingContentEnabled = false;
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        return HttpPipelineBuilder.Build(clientOptions, new SubscriptionKeyPolicy(new AzureKeyCredential(options.Key!), KeyHeader));
    }
}
