using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Events;
using TelesalesQa.Worker.Hosting;
using TelesalesQa.Worker.Ingestion;
using TelesalesQa.Worker.Reporting;

namespace TelesalesQa.Cli.Commands;

/// <summary><c>ingest PATH... [--wait] [--json]</c>: store recordings or transcripts and enqueue the pipeline; with --wait, run it here until they are done.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Recordings (with NAME.json metadata and optional NAME.transcript.json), transcript files, or folders", Arity = ArgumentArity.OneOrMore };
        var wait = new Option<bool>("--wait") { Description = "Run the worker in this process until these calls are done, then print them" };
        var timeout = new Option<int>("--timeout") { Description = "With --wait: give up after this many seconds (exit code 3)", DefaultValueFactory = _ => 1800 };
        var json = CliApp.JsonOption();
        var data = CliApp.DataOption();
        var command = new Command("ingest", "Put recordings or transcript files into the store and run the pipeline on them") { paths, wait, timeout, json, data };
        command.SetAction(async (parse, ct) =>
        {
            var waitForIt = parse.GetValue(wait);
            using var host = CliHost.Build(parse.GetValue(data)!, waitForIt ? PipelineRole.Server : PipelineRole.ClientOnly, LogEventLevel.Warning);
            await host.StartAsync(ct);
            try
            {
                var results = await host.Services.GetRequiredService<IngestService>().IngestAsync(parse.GetValue(paths)!, ct);
                return await ReportAsync(host, results, waitForIt, TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.GetValue(json), progress: null, ct);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        });
        return command;
    }

    /// <summary>Prints one line per ingested call (and per file that could not be taken in); returns the exit code.</summary>
    public static async Task<int> ReportAsync(IHost host, IReadOnlyList<IngestResult> results, bool wait, TimeSpan timeout, bool json, Action<int, int>? progress, CancellationToken ct)
    {
        var exit = 0;
        foreach (var failed in results.Where(r => r.Error is not null))
        {
            Console.Error.WriteLine($"error: {failed.Source}: {failed.Error}");
            var line = CallReport.Failed(Path.GetFileNameWithoutExtension(failed.Source), $"{failed.Source}: {failed.Error}") with { IncludeCaseId = true };
            Console.Out.WriteLine(json ? line.ToJsonLine() : Text.Describe(line));
            exit = 2;
        }

        var ids = results.Where(r => r.CallId is not null).Select(r => r.CallId!.Value).Distinct().ToArray();
        var reports = host.Services.GetRequiredService<CallReports>();
        if (wait && !await reports.WaitForAsync(ids, timeout, progress, ct))
        {
            Console.Error.WriteLine($"error: not all calls finished within {timeout.TotalSeconds:0} s; they continue when a worker runs");
            exit = 3;
        }

        foreach (var r in await reports.LoadAsync(ids, ct))
        {
            Console.Out.WriteLine(json ? r.ToJsonLine() : Text.Describe(r) + (wait ? "" : $" [{r.Status}]"));
            if (r.Status == "Quarantined")
            {
                exit = Math.Max(exit, 2);
            }
        }

        return exit;
    }
}
