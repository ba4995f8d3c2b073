using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Analysis.Models;

/// <summary>The four single-turn classification tasks, their training files and who speaks the turns they judge.</summary>
public sealed record TurnTask(string Name, Speaker Speaker, string? FindingType)
{
    public static readonly TurnTask ExaggeratedClaim = new("exaggerated_claim", Speaker.Agent, FindingTypes.ExaggeratedClaim);
    public static readonly TurnTask Rudeness = new("rudeness", Speaker.Agent, FindingTypes.Rudeness);
    public static readonly TurnTask Refusal = new("refusal", Speaker.Customer, FindingTypes.Refusal);

    /// <summary>Agent turns after a refusal that keep pitching; feeds the ignored-refusal dialogue rule, not a finding by itself.</summary>
    public static readonly TurnTask Pushing = new("pushing", Speaker.Agent, null);

    public static IReadOnlyList<TurnTask> All { get; } = [ExaggeratedClaim, Rudeness, Refusal, Pushing];

    public string ModelFile => $"{Name}.zip";
}
