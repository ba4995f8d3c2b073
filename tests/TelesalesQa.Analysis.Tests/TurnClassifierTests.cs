using TelesalesQa.Analysis.Models;
using TelesalesQa.Core.Policy;
using TelesalesQa.TestSupport;

namespace TelesalesQa.Analysis.Tests;

public sealed class TurnClassifierTests
{
    private static string Training => Path.Combine(Repo.Root, "models", "training");

    [Fact]
    public void ShippedModels_AreInstalledBesideTheProgram_ForEveryTask()
    {
        Assert.Equal(TurnTask.All.Count, TurnModels.Shipped.Count);
    }

    [Fact]
    public void Training_ReachesTheMeasuredF1_ForEveryTask_OnTheHeldOutGroups()
    {
        var reports = TurnModelTraining.TrainAll(Training, outputFolder: null);
        Assert.Equal(TurnTask.All.Count, reports.Count);
        foreach (var r in reports)
        {
            // The goal is 0.85 for every type. Rudeness (sarcasm without marker words, from a
            // second author's data) measures 0.79 and is pinned here so it cannot silently get worse.
            var floor = r.Task == TurnTask.Rudeness ? 0.77 : 0.87;
            Assert.True(r.Combined.F1 >= floor, $"{r.Task.Name}: F1 {r.Combined.F1:0.000}");
            // The model must beat the keyword floor by a wide margin, or it adds nothing.
            Assert.True(r.Combined.F1 > r.Rules.F1 + 0.15, $"{r.Task.Name}: model {r.Combined.F1:0.000} vs rules {r.Rules.F1:0.000}");
            // Calibration: on average a stated confidence is within 0.1 of the observed hit rate.
            Assert.True(r.ExpectedCalibrationError < 0.1, $"{r.Task.Name}: ECE {r.ExpectedCalibrationError:0.000}");
            Assert.True(r.HeldOutRows > 200);
        }
    }

    [Fact]
    public void HeldOutSplit_NeverPutsOneGroupOnBothSides()
    {
        foreach (var task in TurnTask.All)
        {
            var rows = LabelledUtterance.ReadTask(Training, task);
            var mixed = rows.GroupBy(r => r.Group).Where(g => g.Select(r => r.IsHeldOut()).Distinct().Count() > 1);
            Assert.Empty(mixed);
            Assert.InRange(rows.Count(r => r.IsHeldOut()) / (double)rows.Count, 0.12, 0.28);
        }
    }

    [Fact]
    public void Train_IsReproducible_WithTheFixedSeed()
    {
        var rows = LabelledUtterance.ReadTask(Training, TurnTask.Refusal).Take(400).ToList();
        var a = TurnClassifier.Train(TurnTask.Refusal, rows);
        var b = TurnClassifier.Train(TurnTask.Refusal, rows);
        foreach (var text in new[] { "不需要，谢谢", "how much is it", "please stop calling me", "让我想想" })
        {
            Assert.Equal(a.Predict(text), b.Predict(text), 6);
        }
    }

    [Fact]
    public void SavedModel_PredictsLikeTheTrainedOne_AfterLoading()
    {
        using var dir = new TempDir();
        var rows = LabelledUtterance.ReadTask(Training, TurnTask.Rudeness).Take(400).ToList();
        var trained = TurnClassifier.Train(TurnTask.Rudeness, rows);
        trained.Save(dir.File("r.zip"));
        var loaded = TurnClassifier.Load(TurnTask.Rudeness, dir.File("r.zip"));
        Assert.Equal(trained.Predict("你是不是听不懂人话"), loaded.Predict("你是不是听不懂人话"), 6);
    }

    [Fact]
    public void Predict_GivesTheSameAnswers_FromManyThreadsAtOnce()
    {
        var model = TurnModels.Shipped[TurnTask.ExaggeratedClaim]!;
        string[] texts = ["这个产品稳赚不赔", "您最好下午再打过来", "It's completely risk free", "I'll send the brochure today"];
        var expected = texts.Select(model.Predict).ToArray();
        var mismatches = 0;
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (Math.Abs(model.Predict(texts[i % texts.Length]) - expected[i % texts.Length]) > 1e-6)
            {
                Interlocked.Increment(ref mismatches);
            }
        });
        Assert.Equal(0, mismatches);
    }

    [Theory]
    [InlineData("这款理财宝本保息，稳赚不陪的", true)]             // recogniser homophones
    [InlineData("嗯那个就是说这个收益是百分百保证的您放心", true)]   // fillers, no punctuation
    [InlineData("這個方案保證穩賺，零風險啦", true)]                 // Traditional script
    [InlineData("we garantee you a fixed return of twelve percent no risk", true)] // misspelt
    [InlineData("去年收益大约百分之四，但是过往业绩不代表未来", false)]
    [InlineData("我保证今天下班前把合同发到您邮箱", false)]
    [InlineData("最低起购金额是一万元", false)]
    [InlineData("the best time to reach you is the morning right", false)]
    public void ExaggeratedClaimModel_HandlesRecogniserNoiseAndHardNegatives(string text, bool expected)
    {
        var p = new TurnJudge(TurnModels.Shipped).Score(TurnTask.ExaggeratedClaim, text);
        Assert.Equal(expected, p >= 0.5);
    }

    [Fact]
    public void SecondAuthorsCalls_StayAboveTheMeasuredFloor_ThroughTheWholeAnalyser()
    {
        // Calls by a second, independent author (their single turns are in the training data, these
        // calls are not). Closer to what an outside evaluation sees; the floors pin today's figures.
        var report = LabelledCallEvaluation.Evaluate(CallAnalyzer.CreateDefault(), LabelledCallEvaluation.ReadFolder(Path.Combine(AppContext.BaseDirectory, "HeldOutCalls")), ConductPolicy.Default);
        Assert.Equal(20, report.Calls);
        Assert.True(report.SevereCall.Precision >= 0.75, $"call-level precision {report.SevereCall.Precision:0.00}");
        Assert.True(report.SevereCall.Recall >= 0.9, $"call-level recall {report.SevereCall.Recall:0.00}");
        Assert.True(report.PerType[Core.Findings.FindingTypes.Refusal].F1 >= 0.8);
        Assert.All(report.PerType.Values, m => Assert.True(m.F1 >= 0.6, $"F1 {m.F1:0.000}"));
    }

    [Fact]
    public void LabelledCalls_ReachTheGoals_ThroughTheWholeAnalyser()
    {
        // These calls were written apart from the training rows (no shared utterances), though they
        // were used to spot gaps while the corpus was written; the independent held-out set is the customer's.
        var report = LabelledCallEvaluation.Evaluate(CallAnalyzer.CreateDefault(), LabelledCallEvaluation.ReadFolder(Path.Combine(AppContext.BaseDirectory, "LabelledCalls")), ConductPolicy.Default);
        Assert.Equal(24, report.Calls);
        Assert.True(report.SevereCall.Precision >= 0.9, $"call-level precision {report.SevereCall.Precision:0.00}");
        foreach (var (type, m) in report.PerType)
        {
            Assert.True(m.F1 >= 0.7, $"{type}: F1 {m.F1:0.000}");
        }

        var rulesOnly = LabelledCallEvaluation.Evaluate(CallAnalyzer.CreateRulesOnly(), LabelledCallEvaluation.ReadFolder(Path.Combine(AppContext.BaseDirectory, "LabelledCalls")), ConductPolicy.Default);
        Assert.True(report.PerType.Values.Average(m => m.F1) > rulesOnly.PerType.Values.Average(m => m.F1) + 0.2);
    }
}
