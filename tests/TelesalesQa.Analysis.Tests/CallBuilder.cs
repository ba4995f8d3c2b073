using TelesalesQa.Analysis.Detectors;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Policy;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Analysis.Tests;

/// <summary>Builds a call from alternating lines: "A: text" for the agent, "C: text" for the customer, 3 s each.</summary>
internal static class CallBuilder
{
    public static CallContext Call(Language language, params string[] lines) => Call(language, null, lines);

    public static CallContext Call(Language language, DateTimeOffset? startedAt, params string[] lines)
    {
        var turns = lines.Select((l, i) => new Turn(l.StartsWith("A:", StringComparison.Ordinal) ? Speaker.Agent : Speaker.Customer, i * 3.0, i * 3.0 + 2.8, l[2..].Trim()));
        return new CallContext(new Transcript(turns), language, startedAt, ConductPolicy.Default);
    }

    public static IReadOnlyList<Core.Findings.Finding> Findings(CallContext call, string type) =>
        CallAnalyzer.CreateDefault().Analyze(call).Findings.Where(f => f.Type == type).ToArray();

    /// <summary>Whether the one turn, spoken by the given speaker in an otherwise polite call, yields the type.</summary>
    public static bool Flags(string type, Language language, bool agent, string text)
    {
        var call = Call(language, "A: 您好，我是小李 hello", agent ? $"A: {text}" : $"C: {text}", "A: 谢谢，再见 thank you bye");
        return Findings(call, type).Any(f => f.TurnIndex == 1);
    }
}
