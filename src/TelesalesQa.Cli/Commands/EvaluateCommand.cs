using System.CommandLine;
using System.Globalization;
using TelesalesQa.Analysis;
using TelesalesQa.Analysis.Models;
using TelesalesQa.Core.Policy;

namespace TelesalesQa.Cli.Commands;

/// <summary><c>evaluate [PATH...]</c>: held-out metrics of the classifiers, and turn-level P/R/F1 per type on folders of labelled transcript files.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Labelled transcript files or folders", Arity = ArgumentArity.ZeroOrMore };
        var training = new Option<string>("--training") { Description = "Folder of TASK.LANG.tsv files for the held-out split", DefaultValueFactory = _ => "models/training" };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Measure the rule layer alone (the floor the models must beat)" };
        var command = new Command("evaluate", "Measure the detectors: held-out split and labelled calls") { paths, training, rulesOnly };
        command.SetAction((parse, ct) =>
        {
            if (Directory.Exists(parse.GetValue(training)))
            {
                TrainCommand.Print(TurnModelTraining.TrainAll(parse.GetValue(training)!, outputFolder: null));
                Console.Out.WriteLine();
            }

            var analyzer = parse.GetValue(rulesOnly) ? CallAnalyzer.CreateRulesOnly() : CallAnalyzer.CreateDefault();
            var inv = CultureInfo.InvariantCulture;
            foreach (var path in parse.GetValue(paths) ?? [])
            {
                var report = LabelledCallEvaluation.Evaluate(analyzer, LabelledCallEvaluation.ReadFolder(path), ConductPolicy.Default);
                Console.Out.WriteLine($"{path}: {report.Calls} labelled calls, {report.Turns} turns (turn level: precision / recall / F1)");
                foreach (var (type, m) in report.PerType)
                {
                    Console.Out.WriteLine(string.Create(inv, $"  {type,-18} {m.Precision:0.00} / {m.Recall:0.00} / {m.F1:0.000}  (tp {m.TruePositives}, fp {m.FalsePositives}, fn {m.FalseNegatives})"));
                }

                var s = report.SevereCall;
                Console.Out.WriteLine(string.Create(inv, $"  call has a severe finding: precision {s.Precision:0.00}, recall {s.Recall:0.00} (tp {s.TruePositives}, fp {s.FalsePositives}, fn {s.FalseNegatives})"));
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
