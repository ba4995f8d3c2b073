using Hangfire;
using Microsoft.EntityFrameworkCore;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Cases;
using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Scoring;

namespace TelesalesQa.Worker.Pipeline;

/// <summary>Stage 4: score the call and file a review case when the policy says it needs one (one case per call, however often this runs).</summary>
[AutomaticRetry(Attempts = 5, DelaysInSeconds = [1, 5, 20, 60, 300])]
public sealed class ScoreCallJob(StageRunner runner, PolicyProvider policy, TimeProvider time)
{
    public Task RunAsync(Guid callId, CancellationToken cancellationToken) =>
        runner.RunAsync(callId, CallStatus.Scored, WorkAsync, next: null, cancellationToken);

    private async Task<StageOutcome> WorkAsync(Data.QaDbContext db, Call call, CancellationToken ct)
    {
        var findings = (await db.Findings.Where(f => f.CallId == call.Id).ToListAsync(ct)).Select(f => f.ToFinding()).ToArray();
        var score = CallScorer.Score(findings, policy.Current);
        call.Score = score.Score;
        call.WorstSeverity = score.WorstSeverity;

        var existing = await db.Cases.FirstOrDefaultAsync(c => c.CallId == call.Id, ct);
        if (score.NeedsReview && existing is null)
        {
            db.Cases.Add(ReviewCase.File(call.Id, score.Score, score.WorstSeverity ?? Severity.Minor, score.SuggestedAction, time.GetUtcNow().UtcDateTime));
        }
        else if (existing is not null)
        {
            existing.Score = score.Score;
            existing.SuggestedAction = score.SuggestedAction;
        }

        return StageOutcome.Done;
    }
}
