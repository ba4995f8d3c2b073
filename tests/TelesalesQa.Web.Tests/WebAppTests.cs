using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TelesalesQa.TestSupport;
using TelesalesQa.Worker.Ingestion;
using TelesalesQa.Worker.Reporting;

namespace TelesalesQa.Web.Tests;

public sealed class WebAppTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private WebApplication? _app;
    private readonly HttpClient _http = new();
    private Guid _callId;

    public async Task InitializeAsync()
    {
        // The real app on Kestrel (127.0.0.1, a free port), running the worker too so calls get processed.
        _app = WebApp.Build(["--urls", "http://127.0.0.1:0", "--data", _dir.Sub("data"), "--Web:RunWorker=true", "--Pipeline:QueuePollSeconds=0.1"]);
        await _app.StartAsync();
        _http.BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var results = await _app.Services.GetRequiredService<IngestService>().IngestAsync([Repo.Sample("zh-002.wav")]);
        _callId = results.Single().CallId!.Value;
        Assert.True(await _app.Services.GetRequiredService<CallReports>().WaitForAsync([_callId], TimeSpan.FromSeconds(60), null, CancellationToken.None));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _dir.Dispose();
    }

    [Fact]
    public async Task Home_ListsTheReviewCase_ForAViolatingCall()
    {
        var html = await _http.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Review queue", html, StringComparison.Ordinal);
        Assert.Contains($"/calls/{_callId}", html, StringComparison.Ordinal);
        Assert.Contains("zh-002", html, StringComparison.Ordinal);
        Assert.Contains("<td>severe</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallPage_ShowsFindingsWithClauses_AndTheTranscript_WithThePhoneMasked()
    {
        var html = await _http.GetStringAsync(new Uri($"/calls/{_callId}", UriKind.Relative));
        Assert.Contains("exaggerated_claim", html, StringComparison.Ordinal);
        Assert.Contains("5.2.1", html, StringComparison.Ordinal);
        Assert.Contains("稳赚不赔", html, StringComparison.Ordinal);
        var phone = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Repo.Sample("zh-002.json")))!["customerPhone"]!.GetValue<string>();
        Assert.DoesNotContain(phone, html, StringComparison.Ordinal);
        Assert.Contains(phone[^4..], html, StringComparison.Ordinal);

        // Per-turn speech rate and loudness from the audio stage.
        Assert.Contains("characters/min", html, StringComparison.Ordinal);
        Assert.Matches(@"<td>-\d+\.\d / -\d+\.\d</td>", html);
    }

    [Fact]
    public async Task Api_ReturnsTheCallReport_AndNotFoundForAnUnknownCall()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(await _http.GetStringAsync(new Uri($"/api/calls/{_callId}", UriKind.Relative)))!;
        Assert.Equal("zh-002", (string?)json["callId"]);
        Assert.NotNull((string?)json["caseId"]);
        var missing = await _http.GetAsync(new Uri($"/api/calls/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("13800138000", "•••••••8000")]
    [InlineData("123", "•••")]
    public void MaskPhone_KeepsOnlyTheLastFourDigits(string phone, string expected)
    {
        Assert.Equal(expected, Pages.MaskPhone(phone));
    }
}
