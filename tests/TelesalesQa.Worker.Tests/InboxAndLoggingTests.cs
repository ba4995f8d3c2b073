using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;
using TelesalesQa.TestSupport;
using TelesalesQa.Worker.Ingestion;

namespace TelesalesQa.Worker.Tests;

[Collection("pipeline")]
public sealed class InboxAndLoggingTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task InboxPoll_MovesSettledRecordingsAndSidecarsIntoTheStore_AndStartsThePipeline()
    {
        var data = _dir.Sub("data");
        await using var host = await PipelineHost.StartAsync(data);
        var inbox = Path.Combine(data, "inbox");
        foreach (var f in new[] { "zh-003.wav", "zh-003.json", "zh-003.transcript.json" })
        {
            File.Copy(Repo.Sample(f), Path.Combine(inbox, f));
        }

        var taken = await host.Services.GetRequiredService<InboxPollJob>().RunAsync(CancellationToken.None);
        Assert.Equal(1, taken);
        Assert.Empty(Directory.EnumerateFiles(inbox));
        var call = Assert.Single(await host.CallsAsync());
        Assert.Equal("zh-003", call.ExternalId);
        Assert.Equal(JsonNode.Parse(File.ReadAllText(Repo.Sample("zh-003.json")))!["agentId"]!.GetValue<string>(), call.AgentId);
        Assert.True(await host.WaitAsync([call.Id]));
        Assert.Equal(CallStatus.Scored, (await host.CallAsync("zh-003")).Status);
        var stored = Path.Combine(data, "recordings", call.Recording.StoredPath);
        Assert.Equal(call.Recording.Sha256, Storage.RecordingStore.HashFile(stored));
    }

    [Fact]
    public async Task InboxPoll_LeavesFilesThatAreStillBeingWritten()
    {
        var data = _dir.Sub("data");
        await using var host = await PipelineHost.StartAsync(data, Hosting.PipelineRole.ClientOnly, new Dictionary<string, string?> { ["Pipeline:InboxSettleSeconds"] = "30" });
        var target = Path.Combine(data, "inbox", "zh-001.wav");
        // Written just now (File.Copy would keep the source's old modification time).
        File.WriteAllBytes(target, File.ReadAllBytes(Repo.Sample("zh-001.wav")));
        Assert.Equal(0, await host.Services.GetRequiredService<InboxPollJob>().RunAsync(CancellationToken.None));
        Assert.True(File.Exists(target));
        Assert.Empty(await host.CallsAsync());
    }

    [Fact]
    public async Task Logs_HoldNoCustomerPhoneNumbersOrTranscriptText_AtInformationAndAbove()
    {
        var data = _dir.Sub("data");
        await using (var host = await PipelineHost.StartAsync(data))
        {
            var results = await host.IngestAsync(Repo.SampleRecordings);
            Assert.True(await host.WaitAsync(results.Select(r => r.CallId!.Value)));
        }

        var lines = Directory.EnumerateFiles(Path.Combine(data, "logs"), "*.json").SelectMany(File.ReadAllLines).ToArray();
        Assert.Contains(lines, l => l.Contains("\"Stage\"", StringComparison.Ordinal)); // the logs are really there and structured

        var secrets = new List<string>();
        foreach (var meta in Directory.EnumerateFiles(Repo.SampleRecordings, "*.json").Where(f => !f.EndsWith(".ref.json", StringComparison.Ordinal) && !f.EndsWith(".transcript.json", StringComparison.Ordinal)))
        {
            secrets.Add(JsonNode.Parse(File.ReadAllText(meta))!["customerPhone"]!.GetValue<string>());
        }

        foreach (var reference in Directory.EnumerateFiles(Repo.SampleRecordings, "*.ref.json"))
        {
            secrets.AddRange(TranscriptJson.Parse(File.ReadAllText(reference)).Transcript.Turns.Select(t => t.Text.Length > 12 ? t.Text[..12] : t.Text));
        }

        Assert.NotEmpty(secrets);
        foreach (var line in lines)
        {
            var level = JsonDocument.Parse(line).RootElement.TryGetProperty("@l", out var l) ? l.GetString() : "Information";
            if (level is "Verbose" or "Debug")
            {
                continue;
            }

            var text = System.Text.RegularExpressions.Regex.Unescape(line);
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task PolicyFile_InTheDataFolder_ChangesWhatIsFoundAndHowItIsScored()
    {
        var data = _dir.Sub("data");
        File.WriteAllText(Path.Combine(data, "policy.json"), """{"rules": {"exaggerated_claim": {"severity": "minor"}, "missing_closing": {"enabled": false}}, "caseScoreThreshold": 10}""");
        await using var host = await PipelineHost.StartAsync(data);
        var id = Assert.Single(await host.IngestAsync(Repo.Sample("zh-002.wav"))).CallId!.Value;
        Assert.True(await host.WaitAsync([id]));
        var types = await host.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Findings.Where(f => f.CallId == id)));
        Assert.Contains(types, f => f.Type == Core.Findings.FindingTypes.ExaggeratedClaim && f.Severity == Core.Findings.Severity.Minor);
        Assert.DoesNotContain(types, f => f.Type == Core.Findings.FindingTypes.MissingClosing);
        Assert.False(await host.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Cases)));
    }

    [Fact]
    public async Task BrokenPolicyFile_StopsTheWorkerAtStart_NamingTheField()
    {
        var data = _dir.Sub("data");
        File.WriteAllText(Path.Combine(data, "policy.json"), """{"rules": {"rudeness": {"threshold": 7}}}""");
        var ex = await Assert.ThrowsAsync<FormatException>(() => PipelineHost.StartAsync(data));
        Assert.Contains("rules.rudeness.threshold must be between 0 and 1", ex.Message, StringComparison.Ordinal);
    }
}
