using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serilog.Events;
using Spectre.Console;
using TelesalesQa.Core.Findings;
using TelesalesQa.Worker.Hosting;
using TelesalesQa.Worker.Ingestion;
using TelesalesQa.Worker.Options;
using TelesalesQa.Worker.Reporting;

namespace TelesalesQa.Cli.Commands;

/// <summary><c>demo</c>: the README's main command. Runs every bundled sample recording through the real pipeline on the embedded default and explains what happened.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var data = CliApp.DataOption();
        var samples = new Option<string?>("--samples") { Description = "Folder of recordings (default: the repository's sample-recordings/)" };
        var command = new Command("demo", "Process the sample recordings end to end and print a summary") { data, samples };
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(samples) ?? FindSamples();
            if (folder is null || !Directory.Exists(folder))
            {
                Console.Error.WriteLine("error: sample-recordings/ not found; run from the repository or pass --samples DIR");
                return 1;
            }

            if (Console.IsOutputRedirected)
            {
                AnsiConsole.Profile.Width = 160; // a log file or pipe: do not wrap the tables at 80 columns
            }

            using var host = CliHost.Build(parse.GetValue(data)!, PipelineRole.Server, LogEventLevel.Warning);
            await host.StartAsync(ct);
            try
            {
                var results = await host.Services.GetRequiredService<IngestService>().IngestAsync([folder], ct);
                var ids = results.Where(r => r.CallId is not null).Select(r => r.CallId!.Value).Distinct().ToArray();
                var reports = host.Services.GetRequiredService<CallReports>();
                var finished = false;
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var task = ctx.AddTask($"Processing {ids.Length} calls", maxValue: Math.Max(1, ids.Length));
                        finished = await reports.WaitForAsync(ids, TimeSpan.FromMinutes(30), (done, _) => task.Value = done, ct);
                    });

                var loaded = await reports.LoadAsync(ids, ct);
                PrintSummary(loaded, results, host.Services.GetRequiredService<IOptions<StorageOptions>>().Value, folder);
                return finished ? 0 : 3;
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        });
        return command;
    }

    private static void PrintSummary(IReadOnlyList<CallReport> calls, IReadOnlyList<IngestResult> results, StorageOptions storage, string folder)
    {
        var console = AnsiConsole.Console;
        console.WriteLine();
        var table = new Table().Border(TableBorder.Rounded).Title("Calls");
        table.AddColumns("call", "status", "transcript", "score", "severity", "findings", "review case");
        foreach (var c in calls.OrderBy(c => c.CallId, StringComparer.Ordinal))
        {
            var findings = c.Findings.Count == 0 ? "-" : string.Join(", ", c.Findings.GroupBy(f => f.Type).Select(g => g.Count() > 1 ? $"{g.Key} ×{g.Count()}" : g.Key));
            table.AddRow(
                Markup.Escape(c.CallId),
                Markup.Escape((c.Status == "Scored" ? "scored" : $"{c.Status?.ToLowerInvariant()}: {c.StatusReason}") + (c.Warnings.Count > 0 ? $" ({string.Join("; ", c.Warnings)})" : "")),
                Markup.Escape(c.TranscriptSource ?? "-"),
                c.Score?.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                c.Severity,
                Markup.Escape(findings),
                c.CaseId is { } id ? id.ToString()[..8] : "-");
        }

        console.Write(table);

        var byType = calls.SelectMany(c => c.Findings).GroupBy(f => f.Type).OrderByDescending(g => g.Count());
        var types = new Table().Border(TableBorder.Rounded).Title("Findings per type");
        types.AddColumns("type", "clause", "severity", "count");
        foreach (var g in byType)
        {
            types.AddRow(g.Key, g.First().Clause, g.First().Severity.ToWire(), g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(types);
        var scored = calls.Count(c => c.Status == "Scored");
        var cases = calls.Count(c => c.CaseId is not null);
        var duplicates = results.Count(r => r.Duplicate);
        console.MarkupLine($"[bold]{calls.Count}[/] calls from {Markup.Escape(folder)}: {scored} scored, {calls.Count(c => c.Status == "Quarantined")} quarantined, {calls.Count(c => c.Status == "Held")} held; [bold]{cases}[/] review cases filed.");
        if (duplicates > 0)
        {
            console.MarkupLine($"{duplicates} files were already in this data folder (same content), so they were not processed again.");
        }

        if (calls.Any(c => c.TranscriptSource == "sidecar"))
        {
            console.MarkupLine("Calls marked [italic]sidecar[/] used the vendor transcript beside the recording (NAME.transcript.json): this machine has no offline Mandarin speech model.");
        }

        console.MarkupLine($"Data folder: {Markup.Escape(storage.Root)} (app database telesalesqa.db, job store hangfire.db, recordings/, inbox/, logs/).");
        console.MarkupLine("Drop more recordings (NAME.wav + NAME.json metadata) into the inbox/ folder while [bold]worker[/] runs, or use [bold]ingest PATH --wait[/].");
        console.MarkupLine($"Web UI (review queue, calls, findings, jobs): [bold]dotnet run --project src/TelesalesQa.Web -- --data {Markup.Escape(storage.Root)} --urls http://127.0.0.1:5080[/], then open http://127.0.0.1:5080/");
    }

    /// <summary>The repository's sample-recordings/: searched upwards from the working directory, then from the program's folder.</summary>
    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "sample-recordings");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
