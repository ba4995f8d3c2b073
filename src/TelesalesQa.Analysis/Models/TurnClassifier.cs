using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace TelesalesQa.Analysis.Models;

/// <summary>
/// One trained single-turn classifier (ML.NET: bag of <see cref="TurnFeatures"/> tokens, L2-normalised,
/// L-BFGS logistic regression, whose output is a probability). Thread-safe: ML.NET's PredictionEngine
/// is not (a shared one gave wrong answers under two threads), so engines are pooled, one per thread in use.
/// </summary>
public sealed class TurnClassifier
{
    public const int Seed = 20261127;

    /// <summary>L2 regularisation of the logistic regression, chosen on the held-out split.</summary>
    public const float DefaultL2 = 0.01f;

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<Input, Output>> _pool = [];

    private TurnClassifier(TurnTask task, MLContext ml, ITransformer model)
    {
        Task = task;
        _ml = ml;
        _model = model;
    }

    public TurnTask Task { get; }

    public sealed class Input
    {
        public bool Label { get; set; }

        public string FeatureText { get; set; } = "";
    }

    public sealed class Output
    {
        public float Probability { get; set; }
    }

    /// <summary>Trains on the given rows with a fixed seed, so the same data gives the same model.</summary>
    public static TurnClassifier Train(TurnTask task, IEnumerable<LabelledUtterance> rows, float l2 = DefaultL2)
    {
        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new Input { Label = r.Label, FeatureText = TurnFeatures.Tokens(r.Text) }).ToList());
        var pipeline = ml.Transforms.Text.TokenizeIntoWords("Tokens", nameof(Input.FeatureText), [' '])
            .Append(ml.Transforms.Conversion.MapValueToKey("TokenKeys", "Tokens"))
            .Append(ml.Transforms.Text.ProduceNgrams("Bag", "TokenKeys", ngramLength: 1, useAllLengths: false, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.NormalizeLpNorm("Features", "Bag"))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(
                labelColumnName: nameof(Input.Label),
                featureColumnName: "Features",
                l2Regularization: l2,
                l1Regularization: 0));
        return new TurnClassifier(task, ml, pipeline.Fit(data));
    }

    public static TurnClassifier Load(TurnTask task, string path)
    {
        var ml = new MLContext(Seed);
        using var stream = File.OpenRead(path);
        return new TurnClassifier(task, ml, ml.Model.Load(stream, out _));
    }

    public void Save(string path)
    {
        var schema = SchemaDefinition.Create(typeof(Input));
        var empty = _ml.Data.LoadFromEnumerable(Array.Empty<Input>(), schema);
        using var stream = File.Create(path);
        _ml.Model.Save(_model, empty.Schema, stream);
    }

    /// <summary>The probability that the utterance belongs to the task's positive class.</summary>
    public double Predict(string text)
    {
        var engine = _pool.TryTake(out var e) ? e : _ml.Model.CreatePredictionEngine<Input, Output>(_model);
        try
        {
            return engine.Predict(new Input { FeatureText = TurnFeatures.Tokens(text) }).Probability;
        }
        finally
        {
            _pool.Add(engine);
        }
    }
}
