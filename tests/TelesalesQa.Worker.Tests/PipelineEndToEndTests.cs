using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Transcripts;
using TelesalesQa.TestSupport;

namespace TelesalesQa.Worker.Tests;

[Collection("pipeline")]
public sealed class PipelineEndToEndTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Pipeline_ScoresTheSampleRecordings_AndFilesCasesForViolations_OnRealSqliteStores()
    {
        await using var host = await PipelineHost.StartAsync(_dir.Sub("data"));
        var results = await host.IngestAsync(Repo.SampleRecordings);
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.True(await host.WaitAsync(results.Select(r => r.CallId!.Value)));

        var calls = await host.CallsAsync();
        Assert.Equal(results.Count, calls.Count);
        foreach (var id in new[] { "zh-001", "zh-002", "zh-003", "zh-004" })
        {
            var call = calls.Single(c => c.ExternalId == id);
            Assert.Equal(CallStatus.Scored, call.Status);
            Assert.Equal("sidecar", call.TranscriptSource);
            Assert.Equal("wav/mulaw", call.Recording.Format);
            Assert.InRange(call.Recording.DurationSeconds, 10, 60);
        }

        // Each violation call is flagged on a turn its reference labels name, and gets a case; the clean call does not.
        foreach (var (id, type) in new[] { ("zh-002", FindingTypes.ExaggeratedClaim), ("zh-003", FindingTypes.Rudeness), ("zh-004", FindingTypes.IgnoredRefusal) })
        {
            var call = calls.Single(c => c.ExternalId == id);
            var labels = TranscriptJson.Parse(await File.ReadAllTextAsync(Repo.Sample($"{id}.ref.json"))).Labels![type];
            var flagged = await host.DbAsync(db => db.Findings.Where(f => f.CallId == call.Id && f.Type == type).Select(f => f.TurnIndex).ToListAsync());
            Assert.Contains(flagged, t => labels.Contains(t!.Value));
            Assert.Equal(Severity.Severe, call.WorstSeverity);
            Assert.True(await host.DbAsync(db => db.Cases.AnyAsync(c => c.CallId == call.Id)), id);
        }

        // English calls are transcribed for real by PocketSphinx (installed by the test command), from the stereo channels.
        foreach (var en in calls.Where(c => c.ExternalId.StartsWith("en-", StringComparison.Ordinal)))
        {
            Assert.Equal(CallStatus.Scored, en.Status);
            Assert.Equal("engine:pocketsphinx", en.TranscriptSource);
        }

        var en004 = calls.Single(c => c.ExternalId == "en-004");
        var en004Types = await host.DbAsync(db => db.Findings.Where(f => f.CallId == en004.Id).Select(f => f.Type).ToListAsync());
        Assert.Contains(FindingTypes.Refusal, en004Types);
        Assert.Contains(FindingTypes.IgnoredRefusal, en004Types);

        var clean = calls.Single(c => c.ExternalId == "zh-001");
        Assert.False(await host.DbAsync(db => db.Cases.AnyAsync(c => c.CallId == clean.Id)));
        Assert.NotEqual(Severity.Severe, clean.WorstSeverity);

        // Audio facts were computed for every recording: the stereo split found both speakers.
        var facts = await host.DbAsync(db => db.AudioFacts.CountAsync());
        Assert.Equal(calls.Count(c => c.Reached >= CallStatus.Prepared), facts);

        // The metadata's local time and offset survive the UTC round trip through the database.
        Assert.Equal(TimeSpan.FromHours(8), clean.StartedAt.Offset);
    }

    [Fact]
    public async Task Ingest_TheSameFileTwice_IsOneCall_EvenUnderAnotherName()
    {
        var copy = Path.Combine(_dir.Sub("elsewhere"), "renamed.wav");
        File.Copy(Repo.Sample("zh-001.wav"), copy);
        await using var host = await PipelineHost.StartAsync(_dir.Sub("data"), Hosting.PipelineRole.ClientOnly);
        var first = Assert.Single(await host.IngestAsync(Repo.Sample("zh-001.wav")));
        var second = Assert.Single(await host.IngestAsync(Repo.Sample("zh-001.wav")));
        var third = Assert.Single(await host.IngestAsync(copy));
        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        Assert.True(third.Duplicate);
        Assert.Equal(first.CallId, second.CallId);
        Assert.Equal(first.CallId, third.CallId);
        Assert.Single(await host.CallsAsync());
    }

    [Fact]
    public async Task BadRecordings_AreQuarantinedWithReadableReasons_WhileTheRestComplete()
    {
        var inbox = _dir.Sub("batch");
        File.Copy(Repo.Sample("zh-002.wav"), Path.Combine(inbox, "zh-002.wav"));
        File.Copy(Repo.Sample("zh-002.json"), Path.Combine(inbox, "zh-002.json"));
        File.Copy(Repo.Sample("zh-002.transcript.json"), Path.Combine(inbox, "zh-002.transcript.json"));
        File.WriteAllBytes(Path.Combine(inbox, "empty.wav"), []);
        File.WriteAllBytes(Path.Combine(inbox, "tiny.wav"), "RIFF"u8.ToArray());
        File.WriteAllText(Path.Combine(inbox, "notes.wav"), "this is not a recording, it is somebody's shopping list");
        var real = await File.ReadAllBytesAsync(Repo.Sample("zh-001.wav"));
        File.WriteAllBytes(Path.Combine(inbox, "cut.wav"), real[..(real.Length / 2)]);
        File.WriteAllBytes(Path.Combine(inbox, "gsm.wav"), TestWav.Wrap(0x0031, 1, 8000, 16, new byte[4000]));
        File.WriteAllBytes(Path.Combine(inbox, "quiet.wav"), TestWav.Build(TestWav.Encoding.Pcm16, 8000, new float[16000], new float[16000]));
        File.WriteAllText(Path.Combine(inbox, "broken.transcript-only.json"), "{\"callId\": \"x\", \"turns\": [ {\"speaker\": ");
        var mp3s = Path.Combine(Repo.Root, "tests", "TelesalesQa.Audio.Tests", "Fixtures");
        File.Copy(Path.Combine(mp3s, "stereo-8k-mpeg25.mp3"), Path.Combine(inbox, "old-recorder.mp3"));

        await using var host = await PipelineHost.StartAsync(_dir.Sub("data"));
        var results = await host.IngestAsync(inbox);
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.True(await host.WaitAsync(results.Select(r => r.CallId!.Value)));

        var calls = await host.CallsAsync();
        string Reason(string file) => calls.Single(c => c.Recording.OriginalFileName == file).StatusReason!;
        Assert.Equal(CallStatus.Scored, calls.Single(c => c.ExternalId == "zh-002").Status);
        Assert.All(calls.Where(c => c.ExternalId != "zh-002"), c => Assert.Equal(CallStatus.Quarantined, c.Status));
        Assert.Equal("empty file (0 bytes)", Reason("empty.wav"));
        Assert.Equal("too short to be a recording (4 bytes)", Reason("tiny.wav"));
        Assert.Equal("not a WAV recording (unrecognised content)", Reason("notes.wav"));
        Assert.Matches(@"^truncated: \d+\.\d of \d+\.\d seconds present$", Reason("cut.wav"));
        Assert.StartsWith("unsupported codec: GSM 6.10", Reason("gsm.wav"), StringComparison.Ordinal);
        Assert.Equal("no speech found: the recording is silent on every channel", Reason("quiet.wav"));
        Assert.StartsWith("unreadable transcript: not valid JSON", Reason("broken.transcript-only.json"), StringComparison.Ordinal);
        Assert.StartsWith("unsupported MP3: MPEG-2.5 at 8000 Hz", Reason("old-recorder.mp3"), StringComparison.Ordinal);

        // Nothing is lost: every quarantined file is kept in the recording store.
        Assert.All(calls, c => Assert.True(File.Exists(Path.Combine(_dir.Path, "data", "recordings", c.Recording.StoredPath)), c.Recording.OriginalFileName));
    }

    [Fact]
    public async Task RecordingWithOneSilentChannel_IsScored_ButCarriesAWarning()
    {
        var folder = _dir.Sub("in");
        var agent = TestWav.Bursts(8000, 6, 300, (0.5, 2.5, 0.3), (3, 5, 0.3));
        File.WriteAllBytes(Path.Combine(folder, "half.wav"), TestWav.Build(TestWav.Encoding.MuLaw, 8000, agent, new float[agent.Length]));
        File.WriteAllText(Path.Combine(folder, "half.transcript.json"), """{"callId": "half", "language": "zh", "turns": [{"speaker": "agent", "start": 0.5, "end": 2.5, "text": "您好，我是小李"}, {"speaker": "agent", "start": 3, "end": 5, "text": "谢谢，再见"}]}""");
        await using var host = await PipelineHost.StartAsync(_dir.Sub("data"));
        var id = Assert.Single(await host.IngestAsync(folder)).CallId!.Value;
        Assert.True(await host.WaitAsync([id]));
        var report = Assert.Single(await host.Services.GetRequiredService<Reporting.CallReports>().LoadAsync([id]));
        Assert.Equal("Scored", report.Status);
        Assert.Equal(["customer channel is silent"], report.Warnings);
        Assert.Contains("\"warnings\":[\"customer channel is silent\"]", report.ToJsonLine(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelLayout_ComesFromConfiguration_WhenTheMetadataIsSilent()
    {
        // Customer on the left, agent on the right, and no NAME.json: the source's setting decides.
        var folder = _dir.Sub("in");
        var agent = TestWav.Bursts(8000, 6, 300, (0.5, 2.5, 0.3), (4, 5.5, 0.3));
        var customer = TestWav.Bursts(8000, 6, 500, (2.8, 3.6, 0.3));
        File.WriteAllBytes(Path.Combine(folder, "swapped.wav"), TestWav.Build(TestWav.Encoding.Pcm16, 8000, customer, agent));
        File.WriteAllText(Path.Combine(folder, "swapped.transcript.json"), """{"callId": "swapped", "language": "zh", "turns": [{"speaker": "agent", "start": 0.5, "end": 2.5, "text": "您好"}]}""");
        await using var host = await PipelineHost.StartAsync(_dir.Sub("data"), settings: new Dictionary<string, string?> { ["Pipeline:DefaultChannelLayout"] = "agent-right" });
        var id = Assert.Single(await host.IngestAsync(folder)).CallId!.Value;
        Assert.True(await host.WaitAsync([id]));
        var call = Assert.Single(await host.CallsAsync());
        Assert.Equal(ChannelLayout.AgentRight, call.Recording.ChannelLayout);
        var facts = await host.DbAsync(db => db.AudioFacts.SingleAsync());
        var agentTalk = System.Text.Json.Nodes.JsonNode.Parse(facts.Json)!["speakers"]!["agent"]!["talkSeconds"]!.GetValue<double>();
        Assert.InRange(agentTalk, 3.3, 3.7); // 2 s + 1.5 s of agent speech, found on the right channel
    }

    [Fact]
    public async Task Mp3Recording_GoesThroughThePipeline()
    {
        var folder = _dir.Sub("in");
        File.Copy(Path.Combine(Repo.Root, "tests", "TelesalesQa.Audio.Tests", "Fixtures", "stereo-16k-mpeg2.mp3"), Path.Combine(folder, "tones.mp3"));
        File.WriteAllText(Path.Combine(folder, "tones.transcript.json"), """{"callId": "tones", "language": "en", "turns": [{"speaker": "agent", "start": 0.5, "end": 1.5, "text": "Hello, this is Tom"}, {"speaker": "agent", "start": 2.5, "end": 3.5, "text": "Thanks, bye"}]}""");
        await using var host = await PipelineHost.StartAsync(_dir.Sub("data"));
        var id = Assert.Single(await host.IngestAsync(folder)).CallId!.Value;
        Assert.True(await host.WaitAsync([id]));
        var call = Assert.Single(await host.CallsAsync());
        Assert.Equal(CallStatus.Scored, call.Status);
        Assert.Equal("mp3/mpeg2", call.Recording.Format);
        Assert.Equal(16000, call.Recording.SampleRate);
    }

    [Fact]
    public async Task HugeRecording_IsQuarantined_AsTooLarge()
    {
        await using var host = await PipelineHost.StartAsync(_dir.Sub("data"), settings: new Dictionary<string, string?> { ["Pipeline:MaxFileBytes"] = "100000" });
        var result = Assert.Single(await host.IngestAsync(Repo.Sample("zh-003.wav")));
        Assert.True(await host.WaitAsync([result.CallId!.Value]));
        var call = Assert.Single(await host.CallsAsync());
        Assert.Equal(CallStatus.Quarantined, call.Status);
        Assert.Matches(@"^file too large \(\d+ MB; the limit is 0 MB\)$", call.StatusReason);
    }

    [Fact]
    public async Task Worker_RestartedMidPipeline_FinishesTheRemainingCalls()
    {
        var data = _dir.Sub("data");
        var one = new Dictionary<string, string?> { ["Pipeline:WorkerCount"] = "1" };
        IReadOnlyList<Ingestion.IngestResult> results;
        await using (var first = await PipelineHost.StartAsync(data, settings: one))
        {
            results = await first.IngestAsync(Repo.SampleRecordings);
            // Stop as soon as the first call is scored: with one worker the others are still mid-pipeline.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!(await first.CallsAsync()).Any(c => c.Status == CallStatus.Scored) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }

        var unfinished = (await ReadCallsAsync(data)).Count(c => c.Status is not (CallStatus.Scored or CallStatus.Quarantined or CallStatus.Held));
        Assert.True(unfinished > 0, "the first worker finished everything before it was stopped; the test did not exercise a restart");

        await using var second = await PipelineHost.StartAsync(data);
        Assert.True(await second.WaitAsync(results.Select(r => r.CallId!.Value)));
        var calls = await second.CallsAsync();
        Assert.All(calls.Where(c => c.ExternalId.StartsWith("zh-", StringComparison.Ordinal)), c => Assert.Equal(CallStatus.Scored, c.Status));
        // Each call was analysed once per run of a stage: no duplicated findings or cases after the restart.
        var dupCases = await second.DbAsync(db => db.Cases.GroupBy(c => c.CallId).CountAsync(g => g.Count() > 1));
        Assert.Equal(0, dupCases);
    }

    [Fact]
    public async Task CallWithoutASpeechEngine_IsHeldWithTheReason_AndResumedOnceAnEngineIsInstalled()
    {
        var data = _dir.Sub("data");
        Guid id;
        await using (var noEngine = await PipelineHost.StartAsync(data, settings: new Dictionary<string, string?> { ["Transcription:PocketSphinx:Enabled"] = "false" }))
        {
            id = Assert.Single(await noEngine.IngestAsync(Repo.Sample("en-004.wav"))).CallId!.Value;
            Assert.True(await noEngine.WaitAsync([id]));
            var held = Assert.Single(await noEngine.CallsAsync());
            Assert.Equal(CallStatus.Held, held.Status);
            // PocketSphinx is off and no Whisper model is installed: the reason says which file to put where.
            Assert.StartsWith("no speech engine for language en (whisper: model file ", held.StatusReason, StringComparison.Ordinal);
            Assert.Contains("ggml-base.bin not found", held.StatusReason, StringComparison.Ordinal);
            Assert.Equal(CallStatus.Prepared, held.HeldAt);
        }

        // The worker starts again with PocketSphinx enabled: its start-up sweep resumes the held call.
        await using var withEngine = await PipelineHost.StartAsync(data);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while ((await withEngine.CallAsync("en-004")).Status != CallStatus.Scored && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var call = await withEngine.CallAsync("en-004");
        Assert.Equal(CallStatus.Scored, call.Status);
        Assert.Equal("engine:pocketsphinx", call.TranscriptSource);
    }

    private static async Task<List<Call>> ReadCallsAsync(string data)
    {
        await using var host = await PipelineHost.StartAsync(data, Hosting.PipelineRole.ClientOnly);
        return await host.CallsAsync();
    }
}
