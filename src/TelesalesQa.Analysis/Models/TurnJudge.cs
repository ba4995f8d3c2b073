using TelesalesQa.Analysis.Rules;
using TelesalesQa.Core.Text;

namespace TelesalesQa.Analysis.Models;

/// <summary>
/// The probability that one turn is a positive for a task: the trained model where one is installed,
/// combined with the precise phrase rules (a rule hit lifts the probability to the rule's measured
/// precision); the rules alone where no model is installed.
/// </summary>
public sealed class TurnJudge(TurnModels models)
{
    public static TurnJudge RulesOnly { get; } = new(TurnModels.None);

    public TurnModels Models => models;

    public string DetectorName(TurnTask task) => models[task] is null ? $"rules/{task.Name}@1" : $"model/{task.Name}@1+rules";

    public double Score(TurnTask task, string text) => Score(task, text, MatchText.Normalize(text));

    public double Score(TurnTask task, string text, string key)
    {
        var rule = RuleScore(task, key);
        if (models[task] is not { } model)
        {
            return rule;
        }

        var p = model.Predict(text);
        if (task == TurnTask.ExaggeratedClaim && rule == 0 && Lexicon.NotAClaim.Match(key) is not null)
        {
            // A named hard negative of the policy and no precise claim phrase: the model's doubt stands, below the line.
            p = Math.Min(p, NotAClaimCap);
        }

        return Math.Max(p, rule);
    }

    /// <summary>Where a turn's only claim-like words are a named hard negative, its score stays below this.</summary>
    public const double NotAClaimCap = 0.45;

    /// <summary>The rule layer on its own: the confidence of a precise phrase hit, else 0.</summary>
    public static double RuleScore(TurnTask task, string key)
    {
        if (task == TurnTask.Pushing)
        {
            return Lexicon.Pushing.Match(key) is not null && Lexicon.AcceptsRefusal.Match(key) is null ? 0.8 : 0;
        }

        var (rule, confidence) = task.Name switch
        {
            "exaggerated_claim" => (Lexicon.ExaggeratedClaim, 0.9),
            "rudeness" => (Lexicon.Rudeness, 0.85),
            _ => (Lexicon.Refusal, 0.9),
        };
        return rule.Match(key) is not null ? confidence : 0;
    }
}
