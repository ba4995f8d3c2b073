using TelesalesQa.Core.Calls;

namespace TelesalesQa.CloudLanguage.Tests;

public sealed class AzureLanguageClientTests : IDisposable
{
    private const string DocumentedSentiment = """
        {"kind":"SentimentAnalysisResults","results":{"documents":[{"id":"1","sentiment":"mixed",
        "confidenceScores":{"positive":0.47,"neutral":0.02,"negative":0.51},
        "sentences":[
          {"sentiment":"positive","confidenceScores":{"positive":0.89,"neutral":0.1,"negative":0.01},"offset":0,"length":13,"text":"Good morning!"},
          {"sentiment":"negative","confidenceScores":{"positive":0.05,"neutral":0.05,"negative":0.9},"offset":14,"length":19,"text":"This plan is awful."}],
        "warnings":[]}],"errors":[],"modelVersion":"2022-11-01"}}
        """;

    private const string DocumentedPii = """
        {"kind":"PiiEntityRecognitionResults","results":{"documents":[{"redactedText":"I am *********, I live at ***************.","id":"1",
        "entities":[
          {"text":"Zhang San","category":"Person","offset":5,"length":9,"confidenceScore":0.98},
          {"text":"12 Baker Street","category":"Address","offset":26,"length":15,"confidenceScore":0.76}],
        "warnings":[]}],"errors":[],"modelVersion":"2021-01-15"}}
        """;

    private readonly FakeLanguageServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task AnalyzeSentimentAsync_PostsTheDocumentedRequest_WhenCalled()
    {
        var client = TestClients.Client(_server);

        await client.AnalyzeSentimentAsync([new TurnText("您好，谢谢您", Language.Zh)]);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/language/:analyze-text", request.Path);
        Assert.Equal("?api-version=2023-04-01", request.Query);
        Assert.Equal(TestClients.Key, request.Headers["Ocp-Apim-Subscription-Key"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        var json = request.Json;
        Assert.Equal("SentimentAnalysis", (string)json["kind"]!);
        Assert.True((bool)json["parameters"]!["loggingOptOut"]!);
        Assert.Equal("Utf16CodeUnit", (string)json["parameters"]!["stringIndexType"]!);
        var document = Assert.Single(request.Documents);
        Assert.Equal("1", (string)document["id"]!);
        Assert.Equal("zh-hans", (string)document["language"]!);
        Assert.Equal("您好，谢谢您", (string)document["text"]!);
    }

    [Fact]
    public async Task RecognizePiiAsync_PostsThePiiKind_WhenCalled()
    {
        var client = TestClients.Client(_server);

        await client.RecognizePiiAsync([new TurnText("Hello, this is Zhang San", Language.En)]);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/language/:analyze-text", request.Path);
        Assert.Equal("?api-version=2023-04-01", request.Query);
        Assert.Equal("PiiEntityRecognition", (string)request.Json["kind"]!);
        Assert.Equal("none", (string)request.Json["parameters"]!["domain"]!);
        Assert.Equal("en", (string)Assert.Single(request.Documents)["language"]!);
    }

    [Theory]
    [InlineData("您好，謝謝您的來電", Language.Zh, "zh-hant")]
    [InlineData("您好，谢谢您的来电", Language.Zh, "zh-hans")]
    [InlineData("Thanks for calling", Language.En, "en")]
    public async Task AnalyzeSentimentAsync_SendsTheLanguageCode_ForTheTurnsScript(string text, Language language, string code)
    {
        var client = TestClients.Client(_server);

        await client.AnalyzeSentimentAsync([new TurnText(text, language)]);

        Assert.Equal(code, (string)Assert.Single(Assert.Single(_server.Requests).Documents)["language"]!);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_ParsesLabelScoresAndSentences_WhenServiceAnswersTheDocumentedShape()
    {
        _server.Enqueue(200, DocumentedSentiment);
        var client = TestClients.Client(_server);

        var result = Assert.Single(await client.AnalyzeSentimentAsync([new TurnText("Good morning! This plan is awful.", Language.En)]));

        Assert.Null(result.Error);
        Assert.Equal(0, result.TurnIndex);
        Assert.Equal(SentimentLabel.Mixed, result.Sentiment);
        Assert.Equal(new SentimentScores(0.47, 0.02, 0.51), result.Scores);
        Assert.Collection(
            result.Sentences,
            s => Assert.Equal(new SentenceSentiment(SentimentLabel.Positive, new SentimentScores(0.89, 0.1, 0.01), 0, 13, "Good morning!"), s),
            s => Assert.Equal(new SentenceSentiment(SentimentLabel.Negative, new SentimentScores(0.05, 0.05, 0.9), 14, 19, "This plan is awful."), s));
        Assert.Equal("Good morning! This plan is awful.", result.Sent!.Text);
    }

    [Fact]
    public async Task RecognizePiiAsync_ParsesEntitiesAndRedactedText_WhenServiceAnswersTheDocumentedShape()
    {
        _server.Enqueue(200, DocumentedPii);
        var client = TestClients.Client(_server);

        var result = Assert.Single(await client.RecognizePiiAsync([new TurnText("I am Zhang San, I live at 12 Baker Street.", Language.En)]));

        Assert.Null(result.Error);
        Assert.Equal("I am *********, I live at ***************.", result.RedactedText);
        Assert.Collection(
            result.Entities,
            e => Assert.Equal(new CloudPiiEntity("Person", null, 5, 9, 0.98, "Zhang San"), e),
            e => Assert.Equal(new CloudPiiEntity("Address", null, 26, 15, 0.76, "12 Baker Street"), e));
        Assert.Equal("Zhang San", result.Sent!.Text.Substring(result.Entities[0].Offset, result.Entities[0].Length));
    }

    [Fact]
    public async Task RecognizePiiAsync_ReadsEachTurnsOwnResult_WhenTheFakeServiceComputesThem()
    {
        var client = TestClients.Client(_server);

        var results = await client.RecognizePiiAsync(
        [
            new TurnText("我是张三，电话13800138000", Language.Zh),
            new TurnText("no names here", Language.En),
        ]);

        Assert.Equal(2, results.Count);
        var entity = Assert.Single(results[0].Entities);
        Assert.Equal(("Person", "张三"), (entity.Category, entity.Text));
        Assert.Equal("我是**，电话[PHONE]", results[0].RedactedText);
        Assert.Empty(results[1].Entities);
        Assert.Equal(1, results[1].TurnIndex);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_SplitsIntoBatchesOfMaxDocumentsPerRequest_WhenThereAreMoreTurns()
    {
        var client = TestClients.Client(_server, maxDocuments: 5);
        var turns = Enumerable.Range(0, 12).Select(i => new TurnText($"turn {i}, thank you", Language.En)).ToList();

        var results = await client.AnalyzeSentimentAsync(turns);

        Assert.Equal([5, 5, 2], _server.Requests.Select(r => r.Documents.Count));
        Assert.Equal(
            Enumerable.Range(1, 12).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _server.Requests.SelectMany(r => r.Documents).Select(d => (string)d["id"]!));
        Assert.Equal(Enumerable.Range(0, 12), results.Select(r => r.TurnIndex));
        Assert.All(results, r => Assert.Equal(SentimentLabel.Positive, r.Sentiment));
        Assert.Equal("turn 11, thank you", results[11].Sent!.Text);
    }

    [Fact]
    public async Task RecognizePiiAsync_KeepsToTheServicesFiveDocumentLimit_WhenMaxDocumentsPerRequestIsHigher()
    {
        var client = TestClients.Client(_server, maxDocuments: 10);
        var turns = Enumerable.Range(0, 7).Select(i => new TurnText($"turn {i}", Language.En)).ToList();

        await client.AnalyzeSentimentAsync(turns);
        await client.RecognizePiiAsync(turns);

        Assert.Equal([7, 5, 2], _server.Requests.Select(r => r.Documents.Count));
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_SendsNothingForBlankTurns_AndMarksThemEmptyText()
    {
        var client = TestClients.Client(_server);

        var results = await client.AnalyzeSentimentAsync([new TurnText("", Language.Zh), new TurnText("  ", Language.Zh), new TurnText("谢谢", Language.Zh)]);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("3", (string)Assert.Single(request.Documents)["id"]!);
        Assert.Equal("EmptyText", results[0].Error!.Code);
        Assert.Equal("EmptyText", results[1].Error!.Code);
        Assert.Null(results[0].Sent);
        Assert.Equal(SentimentLabel.Positive, results[2].Sentiment);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_MakesNoRequest_WhenEveryTurnIsBlank()
    {
        var client = TestClients.Client(_server);

        var results = await client.AnalyzeSentimentAsync([new TurnText(" ", Language.En)]);

        Assert.Empty(_server.Requests);
        Assert.Equal("EmptyText", Assert.Single(results).Error!.Code);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_ReportsAPerDocumentError_WhenTheServiceRejectsOneDocument()
    {
        _server.Enqueue(200, """
            {"kind":"SentimentAnalysisResults","results":{"documents":[{"id":"1","sentiment":"neutral",
            "confidenceScores":{"positive":0.1,"neutral":0.8,"negative":0.1},"sentences":[],"warnings":[]}],
            "errors":[{"id":"2","error":{"code":"InvalidArgument","message":"Invalid document in request.",
            "innererror":{"code":"UnsupportedLanguageCode","message":"Invalid language code."}}}],"modelVersion":"2022-11-01"}}
            """);
        var client = TestClients.Client(_server);

        var results = await client.AnalyzeSentimentAsync([new TurnText("ok", Language.En), new TurnText("ok too", Language.En)]);

        Assert.Equal(SentimentLabel.Neutral, results[0].Sentiment);
        Assert.Null(results[1].Sentiment);
        Assert.Equal(new CloudDocumentError("UnsupportedLanguageCode", "Invalid language code."), results[1].Error);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_ThrowsAReadableException_WhenTheKeyIsRejected()
    {
        _server.Enqueue(401, """{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}""");
        var client = TestClients.Client(_server);

        var e = await Assert.ThrowsAsync<AzureLanguageException>(() => client.AnalyzeSentimentAsync([new TurnText("hello", Language.En)]));

        Assert.Equal(401, e.Status);
        Assert.Equal("401", e.ErrorCode);
        Assert.Contains("HTTP 401", e.Message, StringComparison.Ordinal);
        Assert.Contains("Access denied due to invalid subscription key", e.Message, StringComparison.Ordinal);
        Assert.Contains("Cloud:AzureLanguage:Key", e.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task RecognizePiiAsync_ThrowsWithTheInnerError_WhenTheRequestIsInvalid()
    {
        _server.Enqueue(400, """{"error":{"code":"InvalidRequest","message":"Invalid Request.","innererror":{"code":"InvalidDocumentBatch","message":"Batch request contains too many records. Max 5 records are permitted."}}}""");
        var client = TestClients.Client(_server);

        var e = await Assert.ThrowsAsync<AzureLanguageException>(() => client.RecognizePiiAsync([new TurnText("hello", Language.En)]));

        Assert.Equal(400, e.Status);
        Assert.Equal("InvalidRequest", e.ErrorCode);
        Assert.Contains("InvalidDocumentBatch: Batch request contains too many records", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_ThrowsAReadableException_WhenTheErrorBodyIsNotJson()
    {
        _server.Enqueue(404, "<html>Not Found</html>");
        var client = TestClients.Client(_server);

        var e = await Assert.ThrowsAsync<AzureLanguageException>(() => client.AnalyzeSentimentAsync([new TurnText("hello", Language.En)]));

        Assert.Equal(404, e.Status);
        Assert.Contains("no readable error body", e.Message, StringComparison.Ordinal);
        Assert.Contains("Cloud:AzureLanguage:Endpoint", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all", "not JSON")]
    [InlineData("""{"kind":"SentimentAnalysisResults","unexpected":true}""", "shape")]
    [InlineData("""{"kind":"KeyPhraseExtractionResults","results":{"documents":[]}}""", "shape")]
    public async Task AnalyzeSentimentAsync_ThrowsAReadableException_WhenSuccessBodyIsUnreadable(string body, string expected)
    {
        _server.Enqueue(200, body);
        var client = TestClients.Client(_server);

        var e = await Assert.ThrowsAsync<AzureLanguageException>(() => client.AnalyzeSentimentAsync([new TurnText("hello", Language.En)]));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hello", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_RetriesAndSucceeds_WhenTheServiceIsBrieflyUnavailable()
    {
        _server.Enqueue(503, """{"error":{"code":"ServiceUnavailable","message":"Service is temporarily unavailable."}}""");
        _server.Enqueue(503, """{"error":{"code":"ServiceUnavailable","message":"Service is temporarily unavailable."}}""");
        var client = TestClients.Client(_server);

        var result = Assert.Single(await client.AnalyzeSentimentAsync([new TurnText("thank you", Language.En)]));

        Assert.Equal(SentimentLabel.Positive, result.Sentiment);
        Assert.Equal(3, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal(TestClients.Key, r.Headers["Ocp-Apim-Subscription-Key"]));
        Assert.Single(_server.Requests.Select(r => r.Body).Distinct());
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_ThrowsAfterTheConfiguredRetries_WhenTheServiceStaysUnavailable()
    {
        for (var i = 0; i < 3; i++)
        {
            _server.Enqueue(503, """{"error":{"code":"ServiceUnavailable","message":"Service is temporarily unavailable."}}""");
        }

        var client = new AzureLanguageClient(TestClients.Options(_server), TestClients.FastRetries(maxRetries: 2));

        var e = await Assert.ThrowsAsync<AzureLanguageException>(() => client.AnalyzeSentimentAsync([new TurnText("hello", Language.En)]));

        Assert.Equal(503, e.Status);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Contains("after retries", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_SendsNothing_WhenAlreadyCancelled()
    {
        var client = TestClients.Client(_server);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.AnalyzeSentimentAsync([new TurnText("hello", Language.En)], cts.Token));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_ReturnsResultsInTurnOrder_WhenBuiltFromTranscriptTurns()
    {
        var turns = TurnText.FromTurns(
            [
                new Core.Transcripts.Turn(Core.Transcripts.Speaker.Agent, 0, 2, "您好，谢谢接听"),
                new Core.Transcripts.Turn(Core.Transcripts.Speaker.Customer, 2, 4, "滚，别再打了"),
            ],
            Language.Zh);
        var client = TestClients.Client(_server);

        var results = await client.AnalyzeSentimentAsync(turns);

        Assert.Equal([SentimentLabel.Positive, SentimentLabel.Negative], results.Select(r => r.Sentiment!.Value));
    }
}
