namespace TelesalesQa.Analysis.Models;

/// <summary>Binary confusion counts with precision, recall and F1.</summary>
public sealed record Metrics(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public static Metrics Empty { get; } = new(0, 0, 0, 0);

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Count => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public Metrics Add(bool actual, bool predicted) => (actual, predicted) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (false, true) => this with { FalsePositives = FalsePositives + 1 },
        (true, false) => this with { FalseNegatives = FalseNegatives + 1 },
        _ => this with { TrueNegatives = TrueNegatives + 1 },
    };

    public static Metrics operator +(Metrics a, Metrics b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives, a.TrueNegatives + b.TrueNegatives);
}
