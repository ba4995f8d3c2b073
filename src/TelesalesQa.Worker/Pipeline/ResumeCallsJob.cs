using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TelesalesQa.Core.Calls;
using TelesalesQa.Data;
using TelesalesQa.Transcription;
using TelesalesQa.Worker.Options;

namespace TelesalesQa.Worker.Pipeline;

/// <summary>
/// Recurring job (and once at worker start): resumes held calls whose cause is gone (a speech engine
/// for their language is now installed), and re-enqueues calls that stalled between stages (e.g. a
/// process killed after saving a stage but before enqueuing the next).
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
[AutomaticRetry(Attempts = 0)]
public sealed partial class ResumeCallsJob(QaDbFactory dbFactory, IPipelineScheduler pipeline, TranscriptionEngines engines, IOptions<PipelineOptions> options, TimeProvider time, ILogger<ResumeCallsJob> logger)
{
    public const string RecurringId = "resume-calls";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        var resumed = 0;
        var held = await db.Calls.Where(c => c.Status == CallStatus.Held).Select(c => new { c.Id, c.Language, c.HeldAt }).ToListAsync(cancellationToken);
        foreach (var c in held)
        {
            if (c.HeldAt == CallStatus.Prepared && engines.For(c.Language, out _) is null)
            {
                continue;
            }

            Enqueue(c.Id, c.HeldAt);
            resumed++;
        }

        var stalledBefore = time.GetUtcNow().UtcDateTime - TimeSpan.FromSeconds(options.Value.InvisibilityTimeoutSeconds * 1.5);
        var open = new[] { CallStatus.Received, CallStatus.Prepared, CallStatus.Transcribed, CallStatus.Analysed };
        var stalled = await db.Calls.Where(c => open.Contains(c.Status) && c.UpdatedAtUtc < stalledBefore).Select(c => new { c.Id, c.Status }).ToListAsync(cancellationToken);
        foreach (var c in stalled)
        {
            Enqueue(c.Id, c.Status);
            resumed++;
        }

        if (resumed > 0)
        {
            LogResumed(resumed);
        }

        return resumed;
    }

    /// <summary>Enqueues the stage after the one the call has reached.</summary>
    private void Enqueue(Guid id, CallStatus reached)
    {
        switch (reached)
        {
            case CallStatus.Received: pipeline.Prepare(id); break;
            case CallStatus.Prepared: pipeline.Transcribe(id); break;
            case CallStatus.Transcribed: pipeline.Analyse(id); break;
            case CallStatus.Analysed: pipeline.Score(id); break;
        }
    }

    [LoggerMessage(LogLevel.Information, "Resumed {Count} held or stalled calls")]
    private partial void LogResumed(int count);
}
