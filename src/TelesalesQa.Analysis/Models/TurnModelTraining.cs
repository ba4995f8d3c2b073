namespace TelesalesQa.Analysis.Models;

/// <summary>Per-task results of training: held-out metrics of the model, of the rules alone, and of the combination the product uses.</summary>
public sealed record TaskReport(TurnTask Task, int TrainRows, int HeldOutRows, Metrics Model, Metrics Rules, Metrics Combined, double ExpectedCalibrationError)
{
    /// <summary>The combined metrics per training file's language suffix (zh-Hans, zh-Hant-b, en…).</summary>
    public IReadOnlyDictionary<string, Metrics> ByLanguage { get; init; } = new Dictionary<string, Metrics>();

    /// <summary>The combined metrics at other decision thresholds (the policy's per-type threshold), for choosing one.</summary>
    public IReadOnlyDictionary<double, Metrics> ByThreshold { get; init; } = new Dictionary<double, Metrics>();
}

/// <summary>Trains every task's classifier from models/training/ and measures it on the held-out groups.</summary>
public static class TurnModelTraining
{
    public const double DecisionThreshold = 0.5;

    /// <summary>Trains on the training groups, evaluates on the held-out groups, then (if <paramref name="outputFolder"/> is given) retrains on all rows and saves.</summary>
    public static IReadOnlyList<TaskReport> TrainAll(string trainingFolder, string? outputFolder, float l2 = TurnClassifier.DefaultL2)
    {
        var reports = new List<TaskReport>();
        foreach (var task in TurnTask.All)
        {
            var rows = LabelledUtterance.ReadTask(trainingFolder, task);
            var train = rows.Where(r => !r.IsHeldOut()).ToList();
            var heldOut = rows.Where(r => r.IsHeldOut()).ToList();
            var model = TurnClassifier.Train(task, train, l2);
            reports.Add(Evaluate(task, model, train.Count, heldOut));
            if (outputFolder is not null)
            {
                Directory.CreateDirectory(outputFolder);
                TurnClassifier.Train(task, rows, l2).Save(Path.Combine(outputFolder, task.ModelFile));
            }
        }

        return reports;
    }

    public static TaskReport Evaluate(TurnTask task, TurnClassifier model, int trainRows, IReadOnlyList<LabelledUtterance> heldOut)
    {
        var judge = new TurnJudge(new TurnModels([model]));
        Metrics m = Metrics.Empty, r = Metrics.Empty, c = Metrics.Empty;
        var byLanguage = new SortedDictionary<string, Metrics>(StringComparer.Ordinal);
        double[] thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
        var byThreshold = thresholds.ToDictionary(t => t, _ => Metrics.Empty);
        var bins = new (double Confidence, int Correct, int Count)[10];
        foreach (var row in heldOut)
        {
            var p = model.Predict(row.Text);
            var key = Core.Text.MatchText.Normalize(row.Text);
            m = m.Add(row.Label, p >= DecisionThreshold);
            r = r.Add(row.Label, TurnJudge.RuleScore(task, key) >= DecisionThreshold);
            var combined = judge.Score(task, row.Text, key);
            c = c.Add(row.Label, combined >= DecisionThreshold);
            byLanguage[row.Language] = byLanguage.GetValueOrDefault(row.Language, Metrics.Empty).Add(row.Label, combined >= DecisionThreshold);
            foreach (var t in thresholds)
            {
                byThreshold[t] = byThreshold[t].Add(row.Label, combined >= t);
            }
            var bin = Math.Min(9, (int)(combined * 10));
            bins[bin] = (bins[bin].Confidence + combined, bins[bin].Correct + (row.Label ? 1 : 0), bins[bin].Count + 1);
        }

        // Expected calibration error: how far "a 0.9 means nine in ten are right" is from the truth, weighted by bin size.
        var ece = heldOut.Count == 0 ? 0 : bins.Where(b => b.Count > 0).Sum(b => Math.Abs(b.Confidence / b.Count - (double)b.Correct / b.Count) * b.Count) / heldOut.Count;
        return new TaskReport(task, trainRows, heldOut.Count, m, r, c, ece) { ByLanguage = byLanguage, ByThreshold = byThreshold };
    }
}
