using System.Globalization;
using TelesalesQa.Worker.Reporting;

namespace TelesalesQa.Cli.Commands;

/// <summary>Human-readable one-call summaries for the non-JSON output.</summary>
internal static class Text
{
    public static string Describe(CallReport r)
    {
        if (r.Errors.Count > 0 && r.Score is null)
        {
            return $"{r.CallId}: {string.Join("; ", r.Errors)}";
        }

        var findings = r.Findings.Count == 0
            ? "no findings"
            : string.Join(", ", r.Findings.GroupBy(f => f.Type).Select(g => g.Count() > 1 ? $"{g.Key} ×{g.Count()}" : g.Key));
        var score = r.Score is { } s ? s.ToString("0", CultureInfo.InvariantCulture) : "-";
        var caseText = r.IncludeCaseId ? (r.CaseId is { } c ? $", case {c.ToString()[..8]}" : ", no case") : "";
        return $"{r.CallId}: score {score} ({r.Severity}), {findings}{caseText}";
    }
}
