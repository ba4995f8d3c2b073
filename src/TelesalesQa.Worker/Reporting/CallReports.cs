using Microsoft.EntityFrameworkCore;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Findings;
using TelesalesQa.Data;

namespace TelesalesQa.Worker.Reporting;

/// <summary>Reads stored calls back as reports.</summary>
public sealed class CallReports(QaDbFactory dbFactory)
{
    public async Task<IReadOnlyList<CallReport>> LoadAsync(IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.Create();
        var calls = await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var findings = (await db.Findings.AsNoTracking().Where(f => callIds.Contains(f.CallId)).ToListAsync(cancellationToken))
            .GroupBy(f => f.CallId)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.TurnIndex ?? -1).ThenBy(f => f.Type, StringComparer.Ordinal).Select(f => f.ToFinding()).ToArray());
        var cases = await db.Cases.AsNoTracking().Where(c => callIds.Contains(c.CallId)).ToDictionaryAsync(c => c.CallId, c => c.Id, cancellationToken);
        var warnings = (await db.AudioFacts.AsNoTracking().Where(f => callIds.Contains(f.CallId)).ToListAsync(cancellationToken))
            .ToDictionary(f => f.CallId, f => System.Text.Json.Nodes.JsonNode.Parse(f.Json)?["problems"]?.AsArray().Select(p => p?.GetValue<string>() ?? "").Where(p => p.Length > 0).ToArray() ?? []);

        var byId = calls.ToDictionary(c => c.Id);
        var reports = new List<CallReport>();
        foreach (var id in callIds.Distinct())
        {
            if (!byId.TryGetValue(id, out var call))
            {
                continue;
            }

            var errors = call.Status is CallStatus.Quarantined or CallStatus.Held && call.StatusReason is not null
                ? new[] { $"{call.Status.ToString().ToLowerInvariant()}: {call.StatusReason}" }
                : [];
            reports.Add(new CallReport(
                call.ExternalId,
                call.Score,
                call.WorstSeverity?.ToWire() ?? "none",
                findings.TryGetValue(id, out var f) ? f : [],
                errors)
            {
                InternalId = call.Id,
                Status = call.Status.ToString(),
                StatusReason = call.StatusReason,
                TranscriptSource = call.TranscriptSource,
                CaseId = cases.TryGetValue(id, out var caseId) ? caseId : null,
                Warnings = warnings.GetValueOrDefault(id) ?? [],
                IncludeCaseId = true,
            });
        }

        return reports;
    }

    /// <summary>Waits until every call is finished (scored or quarantined) or held.</summary>
    public async Task<bool> WaitForAsync(IReadOnlyCollection<Guid> callIds, TimeSpan timeout, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        var settled = new[] { CallStatus.Scored, CallStatus.Quarantined, CallStatus.Held };
        while (true)
        {
            int done;
            await using (var db = dbFactory.Create())
            {
                done = await db.Calls.CountAsync(c => callIds.Contains(c.Id) && settled.Contains(c.Status), cancellationToken);
            }

            progress?.Invoke(done, callIds.Count);
            if (done >= callIds.Count)
            {
                return true;
            }

            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
