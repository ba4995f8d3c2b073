using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TelesalesQa.Core.Calls;
using TelesalesQa.Data;
using TelesalesQa.Worker.Options;

namespace TelesalesQa.Worker.Pipeline;

/// <summary>
/// The shared shape of every stage job: load the call, skip work already done (so a job that runs
/// twice is harmless), run the stage, record the outcome and the status in one save, then enqueue
/// the next stage. Bad input quarantines at once; an unexpected failure is rethrown so Hangfire
/// retries with back-off, until <see cref="PipelineOptions.MaxAttempts"/> quarantines the call.
/// </summary>
public sealed partial class StageRunner(QaDbFactory dbFactory, IOptions<PipelineOptions> options, TimeProvider time, ILogger<StageRunner> logger)
{
    public delegate Task<StageOutcome> StageWork(QaDbContext db, Call call, CancellationToken cancellationToken);

    public async Task RunAsync(Guid callId, CallStatus reaches, StageWork work, Action<Guid>? next, CancellationToken cancellationToken)
    {
        var stage = reaches.ToString();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["CallId"] = callId, ["Stage"] = stage });
        var watch = Stopwatch.StartNew();
        await using var db = dbFactory.Create();
        var call = await db.Calls.FindAsync([callId], cancellationToken);
        if (call is null)
        {
            LogMissing(callId, stage);
            return;
        }

        if (call.Status == CallStatus.Quarantined)
        {
            return;
        }

        if (call.Reached >= reaches)
        {
            next?.Invoke(callId);
            return;
        }

        StageOutcome outcome;
        try
        {
            outcome = await work(db, call, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // Shutting down: Hangfire re-queues the job for the next start.
        }
        catch (Exception ex)
        {
            db.ChangeTracker.Clear();
            call = await db.Calls.FindAsync([callId], cancellationToken) ?? throw new InvalidOperationException($"Call {callId} vanished.", ex);
            call.FailedAttempts++;
            if (call.FailedAttempts >= options.Value.MaxAttempts)
            {
                call.Quarantine($"failed {call.FailedAttempts} times at the {stage.ToLowerInvariant()} stage: {ex.GetType().Name}: {ex.Message}", time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(cancellationToken);
                LogGaveUp(ex, callId, stage, call.FailedAttempts);
                return;
            }

            await db.SaveChangesAsync(cancellationToken);
            LogRetry(ex, callId, stage, call.FailedAttempts);
            throw;
        }

        var now = time.GetUtcNow().UtcDateTime;
        switch (outcome)
        {
            case StageOutcome.HeldOutcome held:
                call.Hold(held.Reason, now);
                await db.SaveChangesAsync(cancellationToken);
                LogHeld(callId, stage, held.Reason);
                return;
            case StageOutcome.QuarantinedOutcome q:
                call.Quarantine(q.Reason, now);
                await db.SaveChangesAsync(cancellationToken);
                LogQuarantined(callId, stage, q.Reason);
                return;
            default:
                call.Advance(reaches, now);
                call.FailedAttempts = 0;
                await db.SaveChangesAsync(cancellationToken);
                LogDone(callId, stage, watch.ElapsedMilliseconds);
                next?.Invoke(callId);
                return;
        }
    }

    // Reasons are written by this code about the file (format, length, stage), never its contents, so they are safe to log.
    [LoggerMessage(LogLevel.Information, "Stage {Stage} done for call {CallId} in {ElapsedMs} ms")]
    private partial void LogDone(Guid callId, string stage, long elapsedMs);

    [LoggerMessage(LogLevel.Warning, "Call {CallId} held at stage {Stage}: {Reason}")]
    private partial void LogHeld(Guid callId, string stage, string reason);

    [LoggerMessage(LogLevel.Warning, "Call {CallId} quarantined at stage {Stage}: {Reason}")]
    private partial void LogQuarantined(Guid callId, string stage, string reason);

    [LoggerMessage(LogLevel.Warning, "Stage {Stage} failed for call {CallId} (attempt {Attempt}); Hangfire will retry")]
    private partial void LogRetry(Exception ex, Guid callId, string stage, int attempt);

    [LoggerMessage(LogLevel.Error, "Stage {Stage} failed for call {CallId} {Attempt} times; call quarantined")]
    private partial void LogGaveUp(Exception ex, Guid callId, string stage, int attempt);

    [LoggerMessage(LogLevel.Warning, "Stage {Stage} found no call {CallId}; nothing to do")]
    private partial void LogMissing(Guid callId, string stage);
}
