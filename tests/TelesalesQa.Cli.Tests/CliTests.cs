using System.Text.Json.Nodes;
using TelesalesQa.TestSupport;

namespace TelesalesQa.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Good = """
        {"callId": "t-1", "language": "zh", "startedAt": "2026-11-20T10:15:00+08:00", "agentId": "A1", "customerPhone": "13800138000",
         "turns": [{"speaker": "agent", "start": 0, "end": 3, "text": "您好，我是华信理财的小王"},
                   {"speaker": "agent", "start": 3, "end": 7, "text": "这款产品稳赚不赔，保本保息"},
                   {"speaker": "customer", "start": 7, "end": 9, "text": "我不需要，别再打了"},
                   {"speaker": "agent", "start": 9, "end": 12, "text": "您再考虑一下嘛，真的很划算"},
                   {"speaker": "agent", "start": 12, "end": 14, "text": "好的，谢谢，再见"}]}
        """;

    [Fact]
    public async Task Analyze_Json_PrintsOneContractLinePerCall_AndAnErrorLineForABrokenFile_WithExitCode2()
    {
        var good = _dir.File("good.json");
        var broken = _dir.File("broken.json");
        File.WriteAllText(good, Good);
        File.WriteAllText(broken, "{\"callId\": \"t-2\", \"turns\": [");

        var result = await Cli.RunAsync(_dir.Path, "analyze", good, broken, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(2, result.Lines.Length);
        var ok = JsonNode.Parse(result.Lines[0])!.AsObject();
        Assert.Equal(["callId", "score", "severity", "findings", "errors"], ok.Select(p => p.Key));
        Assert.Equal("t-1", (string?)ok["callId"]);
        Assert.Equal("severe", (string?)ok["severity"]);
        var findings = ok["findings"]!.AsArray();
        var types = findings.Select(f => (string?)f!["type"]).ToArray();
        Assert.Contains("exaggerated_claim", types);
        Assert.Contains("refusal", types);
        Assert.Contains("ignored_refusal", types);
        var claim = findings.First(f => (string?)f!["type"] == "exaggerated_claim")!.AsObject();
        Assert.Equal(["type", "clause", "severity", "turnIndex", "speaker", "start", "end", "confidence", "evidence"], claim.Select(p => p.Key));
        Assert.Equal("5.2.1", (string?)claim["clause"]);
        Assert.Equal(1, (int)claim["turnIndex"]!);
        Assert.Equal("这款产品稳赚不赔，保本保息", (string?)claim["evidence"]);
        Assert.Empty(ok["errors"]!.AsArray());

        var bad = JsonNode.Parse(result.Lines[1])!.AsObject();
        Assert.Equal("broken", (string?)bad["callId"]);
        Assert.Contains("unreadable transcript: not valid JSON", (string?)bad["errors"]![0], StringComparison.Ordinal);
        Assert.Contains("broken.json: unreadable transcript", result.Stderr, StringComparison.Ordinal);

        // Stateless: nothing was written beside the files.
        Assert.Equal(["broken.json", "good.json"], Directory.EnumerateFileSystemEntries(_dir.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Analyze_ExitsZero_WhenEveryFileIsReadable()
    {
        File.WriteAllText(_dir.File("good.json"), Good);
        var result = await Cli.RunAsync(_dir.Path, "analyze", _dir.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("t-1: score ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_Wait_Json_PrintsCaseIds_AndTheSameFileAgainIsTheSameCall()
    {
        var data = _dir.Sub("data");
        var first = await Cli.RunAsync(_dir.Path, "ingest", Repo.Sample("zh-002.wav"), Repo.Sample("zh-001.wav"), "--wait", "--json", "--data", data);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var lines = first.Lines.Select(l => JsonNode.Parse(l)!.AsObject()).ToDictionary(o => (string)o["callId"]!);
        Assert.NotNull((string?)lines["zh-002"]["caseId"]);
        Assert.Null((string?)lines["zh-001"]["caseId"]);
        Assert.True(lines["zh-001"].ContainsKey("caseId"));
        Assert.Equal("Scored", (string?)lines["zh-002"]["status"]);

        var again = await Cli.RunAsync(_dir.Path, "ingest", Repo.Sample("zh-002.wav"), "--wait", "--json", "--data", data);
        var line = JsonNode.Parse(Assert.Single(again.Lines))!;
        Assert.Equal((string?)lines["zh-002"]["caseId"], (string?)line["caseId"]);

        // Everything lives under the data folder.
        Assert.True(File.Exists(Path.Combine(data, "telesalesqa.db")));
        Assert.True(File.Exists(Path.Combine(data, "hangfire.db")));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(data, "logs")));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(data, "recordings"), "recording.wav", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(_dir.File("data2")));
    }

    [Fact]
    public async Task InspectAudio_Json_DescribesTheSpeakersOfAStereoRecording()
    {
        var result = await Cli.RunAsync(_dir.Path, "inspect-audio", Repo.Sample("zh-001.wav"), "--json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var o = JsonNode.Parse(result.Stdout)!.AsObject();
        Assert.Equal("wav/mulaw", (string?)o["format"]);
        Assert.Equal(8000, (int)o["sampleRate"]!);
        Assert.Equal(2, (int)o["channels"]!);
        Assert.True((double)o["speakers"]!["agent"]!["talkSeconds"]! > 3);
        Assert.True((double)o["speakers"]!["customer"]!["talkSeconds"]! > 1);
        Assert.NotEmpty(o["speakers"]!["agent"]!["speechSegments"]!.AsArray());
        Assert.NotNull(o["overlaps"]);
        Assert.NotNull(o["silences"]);
        Assert.NotNull(o["problems"]);
    }

    [Fact]
    public async Task InspectAudio_ExitsWithCode2_AndOneLineReason_ForAFileItCannotRead()
    {
        var file = _dir.File("x.wav");
        File.WriteAllText(file, "definitely not audio, just text in a file that someone named .wav by mistake");
        var result = await Cli.RunAsync(_dir.Path, "inspect-audio", file, "--json");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal($"error: {file}: not a WAV recording (unrecognised content)", result.Stderr.Trim());
    }

    [Fact]
    public async Task Demo_ProcessesTheSampleRecordings_AndSummarises()
    {
        var data = _dir.Sub("demo");
        var result = await Cli.RunAsync(Repo.Root, "demo", "--data", data);
        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        // The console may wrap long lines: compare with whitespace folded.
        var text = System.Text.RegularExpressions.Regex.Replace(result.Stdout, @"\s+", " ");
        Assert.Contains("Findings per type", text, StringComparison.Ordinal);
        Assert.Contains("exaggerated_claim", text, StringComparison.Ordinal);
        Assert.Matches(@"10 calls from .*: \d+ scored, 0 quarantined, \d+ held; [1-9]\d* review cases filed", text);
        Assert.Contains(data, result.Stdout.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_TakesFilesDroppedIntoTheInbox_AndScoresThem()
    {
        var data = _dir.Sub("worker-data");
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Cli.DllPath);
        psi.ArgumentList.Add("worker");
        psi.ArgumentList.Add("--data");
        psi.ArgumentList.Add(data);
        psi.Environment["TELESALESQA_Pipeline__InboxPollSeconds"] = "1";
        psi.Environment["TELESALESQA_Pipeline__InboxSettleSeconds"] = "0";
        using var worker = System.Diagnostics.Process.Start(psi)!;
        worker.OutputDataReceived += (_, _) => { };
        worker.ErrorDataReceived += (_, _) => { };
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
        try
        {
            var inbox = Path.Combine(data, "inbox");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!Directory.Exists(inbox) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            foreach (var f in new[] { "zh-003.json", "zh-003.transcript.json", "zh-003.wav" })
            {
                File.Copy(Repo.Sample(f), Path.Combine(inbox, f));
            }

            var factory = new TelesalesQa.Data.QaDbFactory(new TelesalesQa.Data.DatabaseOptions(), Path.Combine(data, "telesalesqa.db"));
            string? status = null;
            while (status != "Scored" && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
                await using var db = factory.Create();
                try
                {
                    status = db.Calls.Select(c => c.Status).AsEnumerable().Select(s => s.ToString()).FirstOrDefault();
                }
                catch (Microsoft.Data.Sqlite.SqliteException)
                {
                    // The worker has not created its tables yet.
                }
            }

            Assert.Equal("Scored", status);
            Assert.Empty(Directory.EnumerateFiles(inbox));
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Transcribe_Json_PrintsTheInterchangeFormat_WithSpeakersFromTheChannels()
    {
        var result = await Cli.RunAsync(_dir.Path, "transcribe", Repo.Sample("en-004.wav"), "--json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var doc = TelesalesQa.Core.Transcripts.TranscriptJson.Parse(result.Stdout);
        Assert.Equal("en-004", doc.CallId);
        Assert.Equal(TelesalesQa.Core.Calls.Language.En, doc.Language);
        Assert.Contains(doc.Transcript.Turns, t => t.Speaker == TelesalesQa.Core.Transcripts.Speaker.Customer && t.Text.Contains("not interested", StringComparison.Ordinal));
        Assert.Contains(doc.Transcript.Turns, t => t.Speaker == TelesalesQa.Core.Transcripts.Speaker.Agent);
    }

    [Fact]
    public async Task Transcribe_ExitsWithCode2_ForALanguageWithoutAnEngine()
    {
        var result = await Cli.RunAsync(_dir.Path, "transcribe", Repo.Sample("zh-001.wav"), "--json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no speech engine for language zh", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsr_PrintsWerPerFileAndOverall()
    {
        var folder = _dir.Sub("asr");
        File.Copy(Repo.Sample("en-002.wav"), Path.Combine(folder, "en-002.wav"));
        File.Copy(Repo.Sample("en-002.json"), Path.Combine(folder, "en-002.json"));
        File.Copy(Repo.Sample("en-002.ref.json"), Path.Combine(folder, "en-002.ref.json"));
        var result = await Cli.RunAsync(_dir.Path, "evaluate-asr", folder);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var line = Assert.Single(result.Lines, l => l.StartsWith("en-002.wav: WER ", StringComparison.Ordinal));
        var wer = double.Parse(System.Text.RegularExpressions.Regex.Match(line, @"WER ([\d.]+) %").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(wer, 0, 25);
        Assert.Contains(result.Lines, l => l.StartsWith("overall en: WER ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Clip_WritesTheSpanAsWav_AndRejectsABadBleepSpan()
    {
        var output = _dir.File("clip.wav");
        var ok = await Cli.RunAsync(_dir.Path, "clip", Repo.Sample("zh-001.wav"), "--from", "1", "--to", "4", "--bleep", "2-2.5", "--out", output);
        Assert.True(ok.ExitCode == 0, ok.Stderr);
        var clip = TelesalesQa.Audio.Decoding.AudioDecoder.Decode(output);
        Assert.Equal(3.0, clip.Info.DurationSeconds, 2);
        Assert.Equal(2, clip.Info.Channels);

        var bad = await Cli.RunAsync(_dir.Path, "clip", Repo.Sample("zh-001.wav"), "--from", "1", "--to", "4", "--bleep", "3-2", "--out", output);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--bleep 3-2: expected START-END", bad.Stderr, StringComparison.Ordinal);
    }
}
