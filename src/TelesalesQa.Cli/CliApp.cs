using System.CommandLine;
using TelesalesQa.Cli.Commands;

namespace TelesalesQa.Cli;

/// <summary>The <c>telesalesqa</c> command line.</summary>
public static class CliApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("TelesalesQa: call-recording QA for telesales teams. Listens to every call, finds conduct-code violations, files review cases.");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(InspectAudioCommand.Create());
        root.Subcommands.Add(TranscribeCommand.Create());
        root.Subcommands.Add(EvaluateAsrCommand.Create());
        root.Subcommands.Add(TrainLmCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(ModelsCommand.Create());
        root.Subcommands.Add(ClipCommand.Create());
        return root;
    }

    /// <summary>--data DIR: the SQLite files, recording store, inbox and logs all live under it.</summary>
    public static Option<string> DataOption() => new("--data")
    {
        Description = "Data folder: databases, recording store, inbox and logs (default ./data)",
        DefaultValueFactory = _ => "./data",
    };

    public static Option<bool> JsonOption() => new("--json") { Description = "Print one JSON object per call per line" };
}
