using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Transcripts;
using TelesalesQa.Data;
using TelesalesQa.Worker.Reporting;

namespace TelesalesQa.Web;

/// <summary>Server-rendered pages: plain HTML, every value encoded, customer phone numbers masked.</summary>
public static class Pages
{
    // All of Unicode passes unescaped so Chinese stays readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static void MapQaPages(this WebApplication app)
    {
        app.MapGet("/health", () => Results.Text("ok"));
        app.MapGet("/", HomeAsync);
        app.MapGet("/calls/{id:guid}", CallAsync);
        app.MapGet("/api/calls/{id:guid}", async (Guid id, CallReports reports, CancellationToken ct) =>
            (await reports.LoadAsync([id], ct)).FirstOrDefault() is { } r ? Results.Text(r.ToJsonLine(), "application/json") : Results.NotFound());
    }

    /// <summary>Shows the last four digits only: enough to recognise a number, not to dial it.</summary>
    public static string MaskPhone(string phone) =>
        phone.Length <= 4 ? new string('•', phone.Length) : new string('•', phone.Length - 4) + phone[^4..];

    private static async Task<IResult> HomeAsync(QaDbFactory dbFactory, CancellationToken ct)
    {
        await using var db = dbFactory.Create();
        var calls = await db.Calls.AsNoTracking().OrderByDescending(c => c.ReceivedAtUtc).Take(200).ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking().ToListAsync(ct);
        var byCall = calls.ToDictionary(c => c.Id);
        var sb = Page("TelesalesQa — review queue");
        sb.Append("<h1>Review queue</h1>");
        sb.Append(CultureInfo.InvariantCulture, $"<p>{calls.Count} calls: ");
        sb.Append(string.Join(", ", calls.GroupBy(c => c.Status).Select(g => $"{g.Count()} {E(g.Key.ToString().ToLowerInvariant())}")));
        sb.Append(". <a href=\"/hangfire\">Jobs</a></p>");
        sb.Append("<table><tr><th>case</th><th>call</th><th>agent</th><th>score</th><th>severity</th><th>status</th><th>suggested action</th></tr>");
        foreach (var c in cases.OrderByDescending(c => c.Severity).ThenBy(c => c.Score))
        {
            var call = byCall.GetValueOrDefault(c.CallId);
            sb.Append(CultureInfo.InvariantCulture, $"<tr class=\"{E(c.Severity.ToWire())}\"><td>{E(c.Id.ToString()[..8])}</td><td><a href=\"/calls/{c.CallId}\">{E(call?.ExternalId ?? "?")}</a></td><td>{E(call?.AgentId ?? "")}</td><td>{c.Score:0}</td><td>{E(c.Severity.ToWire())}</td><td>{E(c.Status.ToString())}</td><td>{E(c.SuggestedAction ?? "")}</td></tr>");
        }

        sb.Append("</table><h2>Calls</h2><table><tr><th>call</th><th>started</th><th>agent</th><th>team</th><th>status</th><th>score</th></tr>");
        foreach (var c in calls)
        {
            var reason = c.StatusReason is null ? "" : $": {c.StatusReason}";
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"/calls/{c.Id}\">{E(c.ExternalId)}</a></td><td>{E(c.StartedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture))}</td><td>{E(c.AgentId)}</td><td>{E(c.Team)}</td><td>{E(c.Status.ToString() + reason)}</td><td>{(c.Score is { } s ? s.ToString("0", CultureInfo.InvariantCulture) : "")}</td></tr>");
        }

        sb.Append("</table></body></html>");
        return Results.Content(sb.ToString(), "text/html; charset=utf-8");
    }

    private static async Task<IResult> CallAsync(Guid id, QaDbFactory dbFactory, CancellationToken ct)
    {
        await using var db = dbFactory.Create();
        var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (call is null)
        {
            return Results.NotFound();
        }

        var findings = (await db.Findings.AsNoTracking().Where(f => f.CallId == id).ToListAsync(ct)).Select(f => f.ToFinding()).ToList();
        var transcript = await db.Transcripts.AsNoTracking().FirstOrDefaultAsync(t => t.CallId == id, ct);
        var factsRow = await db.AudioFacts.AsNoTracking().FirstOrDefaultAsync(f => f.CallId == id, ct);
        var acoustics = factsRow is null
            ? Core.Calls.AcousticFacts.None
            : Worker.Pipeline.AnalyseCallJob.ToAcoustics(System.Text.Json.JsonSerializer.Deserialize<Audio.Speech.CallAudioFacts>(factsRow.Json, Worker.Pipeline.AudioPreparer.FactsJson));
        var sb = Page($"TelesalesQa — call {call.ExternalId}");
        sb.Append(CultureInfo.InvariantCulture, $"<p><a href=\"/\">← review queue</a></p><h1>Call {E(call.ExternalId)}</h1>");
        sb.Append(CultureInfo.InvariantCulture, $"<p>agent {E(call.AgentId)} · team {E(call.Team)} · customer {E(MaskPhone(call.CustomerPhone))} · campaign {E(call.Campaign)} · started {E(call.StartedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture))} · {E(call.Language.ToCode())}</p>");
        sb.Append(CultureInfo.InvariantCulture, $"<p>status {E(call.Status.ToString())}{E(call.StatusReason is null ? "" : ": " + call.StatusReason)} · score {(call.Score is { } s ? s.ToString("0", CultureInfo.InvariantCulture) : "-")} · transcript {E(call.TranscriptSource ?? "-")} · {E(call.Recording.Format)} {call.Recording.DurationSeconds:0.0} s</p>");
        sb.Append("<h2>Findings</h2><table><tr><th>type</th><th>clause</th><th>severity</th><th>turn</th><th>time</th><th>confidence</th><th>evidence</th></tr>");
        foreach (var f in findings.OrderBy(f => f.Start))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr class=\"{E(f.Severity.ToWire())}\"><td>{E(f.Type)}</td><td>{E(f.Clause)}</td><td>{E(f.Severity.ToWire())}</td><td>{f.TurnIndex}</td><td>{f.Start:0.0}–{f.End:0.0}</td><td>{f.Confidence:0.00}</td><td>{E(f.Evidence)}</td></tr>");
        }

        sb.Append("</table><h2>Transcript</h2><table><tr><th>start</th><th>speaker</th><th>text</th><th>rate</th><th>level (RMS / peak dBFS)</th><th>findings</th></tr>");
        if (transcript is not null)
        {
            var turns = TranscriptJson.Parse(transcript.Json).Transcript.Turns;
            for (var i = 0; i < turns.Count; i++)
            {
                var flagged = findings.Where(f => f.TurnIndex == i).Select(f => f.Type).ToArray();
                var (rate, unit) = Analysis.Detectors.SpeechBehaviourDetector.Rate(turns[i], call.Language);
                var level = acoustics.Energy.TryGetValue(turns[i].Speaker, out var energy) && energy.RmsDbfs(turns[i].Start, turns[i].End) is { } rms
                    ? string.Create(CultureInfo.InvariantCulture, $"{rms:0.0} / {energy.PeakDbfs(turns[i].Start, turns[i].End) ?? double.NaN:0.0}")
                    : "";
                sb.Append(CultureInfo.InvariantCulture, $"<tr{(flagged.Length > 0 ? " class=\"flagged\"" : "")}><td>{turns[i].Start:0.0}</td><td>{E(turns[i].Speaker.ToWire())}</td><td>{E(turns[i].Text)}</td><td>{rate:0} {E(unit)}/min</td><td>{E(level)}</td><td>{E(string.Join(", ", flagged))}</td></tr>");
            }
        }

        sb.Append("</table></body></html>");
        return Results.Content(sb.ToString(), "text/html; charset=utf-8");
    }

    private static StringBuilder Page(string title)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{E(title)}</title>");
        sb.Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}.severe{background:#fdd}.minor{background:#ffe}.flagged{background:#fee}</style></head><body>");
        return sb;
    }

    private static string E(string text) => Html.Encode(text);
}
