using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Serilog.Events;
using TelesalesQa.Worker.Hosting;

namespace TelesalesQa.Cli.Commands;

/// <summary><c>worker</c>: runs the Hangfire server and the inbox watcher until stopped (Ctrl+C or SIGTERM).</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var data = CliApp.DataOption();
        var command = new Command("worker", "Run the pipeline worker (Hangfire server and inbox watcher) until stopped") { data };
        command.SetAction(async (parse, ct) =>
        {
            using var host = CliHost.Build(parse.GetValue(data)!, PipelineRole.Server, LogEventLevel.Information);
            await host.RunAsync(ct);
            return 0;
        });
        return command;
    }
}
