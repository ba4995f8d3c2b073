using Hangfire;
using Microsoft.EntityFrameworkCore;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;
using TelesalesQa.Data.Entities;
using TelesalesQa.Transcription;
using TelesalesQa.Worker.Ingestion;
using TelesalesQa.Worker.Storage;

namespace TelesalesQa.Worker.Pipeline;

/// <summary>
/// Stage 2: get the call's words. A transcript that came with the call (a transcript file, or a
/// vendor sidecar beside the recording) wins; otherwise the speech engine for the call's language.
/// With no engine for the language the call is held, not failed, and resumes once one is installed.
/// </summary>
[AutomaticRetry(Attempts = 5, DelaysInSeconds = [1, 5, 20, 60, 300])]
public sealed class TranscribeCallJob(StageRunner runner, RecordingStore store, IPipelineScheduler next, TranscriptionEngines engines, AudioPreparer preparer)
{
    public Task RunAsync(Guid callId, CancellationToken cancellationToken) =>
        runner.RunAsync(callId, CallStatus.Transcribed, WorkAsync, next.Analyse, cancellationToken);

    private async Task<StageOutcome> WorkAsync(Data.QaDbContext db, Call call, CancellationToken ct)
    {
        if (await db.Transcripts.AnyAsync(t => t.CallId == call.Id, ct))
        {
            return StageOutcome.Done;
        }

        var transcriptFile = call.Recording.IsTranscriptOnly
            ? store.Resolve(call.Recording.StoredPath)
            : store.Transcript(call.Recording.Sha256);
        if (transcriptFile is not null)
        {
            TranscriptFile file;
            try
            {
                file = TranscriptFiles.Read(transcriptFile);
            }
            catch (TranscriptFormatException ex)
            {
                return StageOutcome.Quarantine($"unreadable transcript sidecar: {ex.Message}");
            }

            var source = call.Recording.IsTranscriptOnly ? "transcript-file" : "sidecar";
            Save(db, call, file.Transcript, file.Format == Transcription.Vendors.VendorTranscriptFormat.Interchange ? source : $"{source}:{file.FormatName}");
            return StageOutcome.Done;
        }

        var engine = engines.For(call.Language, out var reason);
        if (engine is null)
        {
            return StageOutcome.Hold(reason!);
        }

        var prepared = preparer.Prepare(store.Resolve(call.Recording.StoredPath), call.Recording.ChannelLayout);
        var transcript = engine.Transcribe(prepared, call.Language, ct);
        Save(db, call, transcript, $"engine:{engine.Name}");
        return StageOutcome.Done;
    }

    private static void Save(Data.QaDbContext db, Call call, Transcript transcript, string source)
    {
        var doc = new TranscriptDocument
        {
            CallId = call.ExternalId,
            Language = call.Language,
            StartedAt = call.StartedAt,
            AgentId = call.AgentId,
            CustomerPhone = call.CustomerPhone,
            Transcript = transcript,
        };
        db.Transcripts.Add(new StoredTranscript { CallId = call.Id, Source = source, Json = TranscriptJson.Serialize(doc) });
        call.TranscriptSource = source;
    }
}
