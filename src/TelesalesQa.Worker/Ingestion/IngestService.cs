using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;
using TelesalesQa.Data;
using Microsoft.Extensions.Options;
using TelesalesQa.Worker.Options;
using TelesalesQa.Worker.Pipeline;
using TelesalesQa.Worker.Storage;

namespace TelesalesQa.Worker.Ingestion;

/// <summary>The result of ingesting one file. <see cref="Error"/> is set when the file could not even be taken in.</summary>
public sealed record IngestResult(string Source, Guid? CallId, bool Duplicate, string? Error)
{
    /// <summary>SHA-256 of the file as read at ingestion (null when it could not be read).</summary>
    public string? Sha256 { get; init; }
}

/// <summary>
/// Takes recordings (with their sidecars) and transcript files into the store and starts the pipeline.
/// Calls are identified by the SHA-256 of the file, so ingesting the same file twice is one call.
/// A file whose contents turn out to be unusable still becomes a call, quarantined with the reason,
/// so nothing handed to the product is silently dropped.
/// </summary>
public sealed partial class IngestService(QaDbFactory dbFactory, RecordingStore store, IPipelineScheduler pipeline, IOptions<PipelineOptions> options, TimeProvider time, ILogger<IngestService> logger)
{
    /// <summary>Ingests the given files and folders (folders: their recordings and transcript files, recursively).</summary>
    public async Task<IReadOnlyList<IngestResult>> IngestAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var results = new List<IngestResult>();
        foreach (var item in IngestPlan.Expand(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(item.Error is not null
                ? new IngestResult(item.Path, null, false, item.Error)
                : await IngestOneAsync(item, cancellationToken));
        }

        return results;
    }

    public async Task<IngestResult> IngestOneAsync(IngestItem item, CancellationToken cancellationToken = default)
    {
        string sha;
        try
        {
            sha = RecordingStore.HashFile(item.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new IngestResult(item.Path, null, false, $"cannot read the file: {ex.Message}");
        }

        await using (var db = dbFactory.Create())
        {
            var existing = await db.Calls.Where(c => c.Recording.Sha256 == sha).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (existing is not null)
            {
                LogDuplicate(existing.Value);
                return new IngestResult(item.Path, existing, true, null) { Sha256 = sha };
            }
        }

        var call = BuildCall(item, sha, out var quarantineReason);
        await using (var db = dbFactory.Create())
        {
            db.Calls.Add(call);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another ingester stored the same content between our check and our insert.
                db.ChangeTracker.Clear();
                var other = await db.Calls.Where(c => c.Recording.Sha256 == sha).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
                if (other is not null)
                {
                    return new IngestResult(item.Path, other, true, null) { Sha256 = sha };
                }

                throw;
            }
        }

        LogIngested(call.Id, call.Recording.IsTranscriptOnly ? "transcript" : "recording");
        if (quarantineReason is null)
        {
            pipeline.Prepare(call.Id);
        }

        return new IngestResult(item.Path, call.Id, false, null) { Sha256 = sha };
    }

    private Call BuildCall(IngestItem item, string sha, out string? quarantineReason)
    {
        quarantineReason = null;
        var now = time.GetUtcNow().UtcDateTime;
        var isTranscript = item.Kind == IngestKind.Transcript;
        var stored = store.Put(sha, item.Path, (isTranscript ? RecordingStore.TranscriptName : "recording") + NormalisedExtension(item.Path));
        var recording = new Recording
        {
            StoredPath = stored,
            OriginalFileName = Path.GetFileName(item.Path),
            Sha256 = sha,
            SizeBytes = new FileInfo(item.Path).Length,
            Format = isTranscript ? Recording.TranscriptOnlyFormat : "",
            ChannelLayout = isTranscript ? ChannelLayout.None : DefaultLayout(),
        };
        var call = new Call { ExternalId = Path.GetFileNameWithoutExtension(item.Path), Recording = recording, ReceivedAtUtc = now, StartedAt = new DateTimeOffset(now, TimeSpan.Zero) };

        if (item.TranscriptSidecar is not null)
        {
            store.Put(sha, item.TranscriptSidecar, RecordingStore.TranscriptName + NormalisedExtension(item.TranscriptSidecar));
        }

        // Identity from the transcript (a transcript file, or a vendor sidecar), then the metadata sidecar, which wins.
        var transcriptPath = isTranscript ? item.Path : item.TranscriptSidecar;
        if (transcriptPath is not null)
        {
            try
            {
                // Read in full now, so a broken transcript is quarantined at once with its reason.
                if (TranscriptFiles.Read(transcriptPath).Document is { } doc)
                {
                    call.ExternalId = doc.CallId;
                    call.Language = doc.Language;
                    call.AgentId = doc.AgentId ?? "";
                    call.CustomerPhone = doc.CustomerPhone ?? "";
                    if (doc.StartedAt is { } s)
                    {
                        call.StartedAt = s;
                    }
                }
            }
            catch (TranscriptFormatException ex)
            {
                quarantineReason = isTranscript ? $"unreadable transcript: {ex.Message}" : $"unreadable transcript sidecar: {ex.Message}";
            }
        }

        if (item.MetadataSidecar is not null)
        {
            store.Put(sha, item.MetadataSidecar, RecordingStore.MetadataSidecar);
            try
            {
                Apply(call, CallMetadata.Parse(File.ReadAllText(item.MetadataSidecar)));
            }
            catch (FormatException ex)
            {
                quarantineReason ??= $"unreadable metadata sidecar: {ex.Message}";
            }
        }

        if (quarantineReason is not null)
        {
            call.Quarantine(quarantineReason, now);
        }

        return call;
    }

    private ChannelLayout DefaultLayout() =>
        ChannelLayoutNames.TryParse(options.Value.DefaultChannelLayout, out var layout) ? layout : ChannelLayout.AgentLeft;

    private static void Apply(Call call, CallMetadata m)
    {
        call.ExternalId = m.CallId ?? call.ExternalId;
        call.AgentId = m.AgentId ?? call.AgentId;
        call.Team = m.Team ?? call.Team;
        call.CustomerPhone = m.CustomerPhone ?? call.CustomerPhone;
        call.Campaign = m.Campaign ?? call.Campaign;
        call.Language = m.Language ?? call.Language;
        if (m.StartedAt is { } s)
        {
            call.StartedAt = s;
        }

        if (m.ChannelLayout is { } layout)
        {
            call.Recording.ChannelLayout = layout;
        }
    }

    private static string NormalisedExtension(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext.Length is > 1 and <= 6 && ext.Skip(1).All(char.IsLetterOrDigit) ? ext : ".bin";
    }

    [LoggerMessage(LogLevel.Information, "Ingested call {CallId} ({Kind})")]
    private partial void LogIngested(Guid callId, string kind);

    [LoggerMessage(LogLevel.Information, "Duplicate of call {CallId}; not ingested again")]
    private partial void LogDuplicate(Guid callId);
}
