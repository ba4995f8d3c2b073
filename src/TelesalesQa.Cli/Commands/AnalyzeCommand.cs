using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TelesalesQa.Worker.Ingestion;
using TelesalesQa.Worker.Reporting;

namespace TelesalesQa.Cli.Commands;

/// <summary><c>analyze PATH...</c>: stateless analysis; nothing is stored. Exit code 2 if any file failed.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Transcript JSON files, recordings, or folders of them", Arity = ArgumentArity.OneOrMore };
        var json = CliApp.JsonOption();
        var command = new Command("analyze", "Analyse transcripts or recordings without storing anything") { paths, json };
        command.SetAction((parse, ct) =>
        {
            using var services = StatelessServices.Build();
            var analyzer = services.GetRequiredService<StatelessAnalyzer>();
            var failed = false;
            foreach (var item in IngestPlan.Expand(parse.GetValue(paths)!))
            {
                var report = analyzer.Analyze(item, ct);
                if (report.Errors.Count > 0)
                {
                    failed = true;
                    foreach (var e in report.Errors)
                    {
                        Console.Error.WriteLine($"error: {e}");
                    }
                }

                Console.Out.WriteLine(parse.GetValue(json) ? report.ToJsonLine() : Text.Describe(report));
            }

            return Task.FromResult(failed ? 2 : 0);
        });
        return command;
    }
}
