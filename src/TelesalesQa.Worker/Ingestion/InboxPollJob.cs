using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TelesalesQa.Worker.Options;
using TelesalesQa.Worker.Storage;

namespace TelesalesQa.Worker.Ingestion;

/// <summary>
/// Recurring job: takes settled files from the drop folder (<c>inbox/</c>). A file is taken only when
/// it and its sidecars have not changed for a while (a copy may still be running), and deleted from
/// the inbox only after the stored copy's hash has been checked.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
[AutomaticRetry(Attempts = 0)]
public sealed partial class InboxPollJob(IngestService ingest, RecordingStore store, IOptions<StorageOptions> storage, IOptions<PipelineOptions> pipeline, TimeProvider time, ILogger<InboxPollJob> logger)
{
    public const string RecurringId = "inbox-poll";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var inbox = storage.Value.Inbox;
        if (!Directory.Exists(inbox))
        {
            return 0;
        }

        var settledBefore = time.GetUtcNow().UtcDateTime - TimeSpan.FromSeconds(pipeline.Value.InboxSettleSeconds);
        var taken = 0;
        foreach (var item in IngestPlan.FromFolder(inbox).ToList())
        {
            var parts = new[] { item.Path, item.MetadataSidecar, item.TranscriptSidecar }.OfType<string>().ToArray();
            if (parts.Any(p => File.GetLastWriteTimeUtc(p) > settledBefore))
            {
                continue;
            }

            var result = await ingest.IngestOneAsync(item, cancellationToken);
            if (result.Error is not null || result.CallId is null || result.Sha256 is not { } sha)
            {
                LogNotTaken(Path.GetFileName(item.Path), result.Error ?? "unknown");
                continue;
            }

            var stored = item.Kind == IngestKind.Transcript
                ? store.Transcript(sha)
                : Directory.EnumerateFiles(store.FolderFor(sha), "recording.*").FirstOrDefault();
            if (stored is null || RecordingStore.HashFile(stored) != sha)
            {
                LogNotTaken(Path.GetFileName(item.Path), "stored copy does not match; left in the inbox");
                continue;
            }

            foreach (var p in parts)
            {
                File.Delete(p);
            }

            taken++;
        }

        return taken;
    }

    // File names come from the call recorder (ids and dates), not from customers.
    [LoggerMessage(LogLevel.Warning, "Inbox file {FileName} not taken: {Reason}")]
    private partial void LogNotTaken(string fileName, string reason);
}
