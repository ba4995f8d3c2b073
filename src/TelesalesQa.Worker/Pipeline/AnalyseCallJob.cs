using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using TelesalesQa.Analysis;
using TelesalesQa.Analysis.Detectors;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;
using TelesalesQa.Data.Entities;

namespace TelesalesQa.Worker.Pipeline;

/// <summary>Stage 3: run the detectors over the transcript and the audio facts; replaces the call's findings, so a re-run does not duplicate them.</summary>
[AutomaticRetry(Attempts = 5, DelaysInSeconds = [1, 5, 20, 60, 300])]
public sealed class AnalyseCallJob(StageRunner runner, IPipelineScheduler next, CallAnalyzer analyzer, PolicyProvider policy)
{
    public Task RunAsync(Guid callId, CancellationToken cancellationToken) =>
        runner.RunAsync(callId, CallStatus.Analysed, WorkAsync, next.Score, cancellationToken);

    private async Task<StageOutcome> WorkAsync(Data.QaDbContext db, Call call, CancellationToken ct)
    {
        var stored = await db.Transcripts.FirstOrDefaultAsync(t => t.CallId == call.Id, ct)
            ?? throw new InvalidOperationException("the call has no transcript although it passed the transcription stage");
        var doc = TranscriptJson.Parse(stored.Json);
        var factsRow = await db.AudioFacts.FirstOrDefaultAsync(f => f.CallId == call.Id, ct);
        var acoustics = factsRow is null ? AcousticFacts.None : ToAcoustics(JsonSerializer.Deserialize<CallAudioFacts>(factsRow.Json, AudioPreparer.FactsJson));

        var result = analyzer.Analyze(new CallContext(doc.Transcript, call.Language, call.StartedAt, policy.Current, acoustics));
        await db.Findings.Where(f => f.CallId == call.Id).ExecuteDeleteAsync(ct);
        db.Findings.AddRange(result.Findings.Select(f => StoredFinding.From(call.Id, f)));
        return StageOutcome.Done;
    }

    /// <summary>The audio stage's stored facts as the detectors see them.</summary>
    public static AcousticFacts ToAcoustics(CallAudioFacts? facts) => facts is null
        ? AcousticFacts.None
        : new AcousticFacts(
            facts.Overlaps.Select(o => new TimeRange(o.Start, o.End)).ToArray(),
            facts.Silences.Select(s => new TimeRange(s.Start, s.End)).ToArray())
        {
            Energy = facts.Envelopes
                .Where(kv => SpeakerNames.TryParse(kv.Key, out _))
                .ToDictionary(kv => SpeakerNames.TryParse(kv.Key, out var s) ? s : Speaker.Unknown, kv => new SpeakerEnergy(kv.Value.FrameSeconds, kv.Value.MeanSquare) { Peak = kv.Value.Peak }),
        };
}
