using System.CommandLine;
using System.Globalization;
using TelesalesQa.Analysis.Models;

namespace TelesalesQa.Cli.Commands;

/// <summary><c>train</c>: rebuilds every turn classifier in models/*.zip from models/training/ (fixed seed) and prints held-out metrics.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var training = new Option<string>("--training") { Description = "Folder of TASK.LANG.tsv files", DefaultValueFactory = _ => "models/training" };
        var output = new Option<string>("--out") { Description = "Folder to write TASK.zip models to", DefaultValueFactory = _ => "models" };
        var dryRun = new Option<bool>("--evaluate-only") { Description = "Measure on the held-out split without writing models" };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation", DefaultValueFactory = _ => TurnClassifier.DefaultL2 };
        var command = new Command("train", "Train the turn classifiers and report held-out precision, recall and F1") { training, output, dryRun, l2 };
        command.SetAction((parse, ct) =>
        {
            var reports = TurnModelTraining.TrainAll(parse.GetValue(training)!, parse.GetValue(dryRun) ? null : parse.GetValue(output), parse.GetValue(l2));
            Print(reports);
            return Task.FromResult(0);
        });
        return command;
    }

    internal static void Print(IReadOnlyList<TaskReport> reports)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.Out.WriteLine("held-out split (by group): precision / recall / F1");
        Console.Out.WriteLine($"{"task",-18} {"train",6} {"test",5}  {"model",-20} {"rules",-20} {"model+rules",-20} ECE");
        foreach (var r in reports)
        {
            static string F(Metrics m) => string.Create(CultureInfo.InvariantCulture, $"{m.Precision:0.00}/{m.Recall:0.00}/{m.F1:0.000}");
            Console.Out.WriteLine(string.Create(inv, $"{r.Task.Name,-18} {r.TrainRows,6} {r.HeldOutRows,5}  {F(r.Model),-20} {F(r.Rules),-20} {F(r.Combined),-20} {r.ExpectedCalibrationError:0.000}"));
            Console.Out.WriteLine("    F1 by file: " + string.Join(", ", r.ByLanguage.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value.F1:0.00} ({kv.Value.Count})"))));
            Console.Out.WriteLine("    P/R/F1 by threshold: " + string.Join(", ", r.ByThreshold.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key:0.0}: {F(kv.Value)}"))));
        }
    }
}
