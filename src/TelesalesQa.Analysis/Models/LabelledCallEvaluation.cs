using TelesalesQa.Analysis.Detectors;
using TelesalesQa.Core.Findings;
using TelesalesQa.Core.Policy;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Analysis.Models;

/// <summary>Turn-level metrics per labelled type, and call-level precision of "this call has a severe finding".</summary>
public sealed record CallEvaluationReport(IReadOnlyDictionary<string, Metrics> PerType, Metrics SevereCall, int Calls, int Turns);

/// <summary>
/// Scores whole labelled calls (transcript interchange files with <c>"labels"</c>) through the full
/// analyser, so the dialogue rule for ignored refusals is measured as the product runs it.
/// </summary>
public static class LabelledCallEvaluation
{
    public static readonly string[] Types = [FindingTypes.ExaggeratedClaim, FindingTypes.Rudeness, FindingTypes.IgnoredRefusal, FindingTypes.Refusal];

    private static readonly string[] SevereTypes = [FindingTypes.ExaggeratedClaim, FindingTypes.Rudeness, FindingTypes.IgnoredRefusal];

    public static CallEvaluationReport Evaluate(CallAnalyzer analyzer, IEnumerable<TranscriptDocument> calls, ConductPolicy policy)
    {
        var perType = Types.ToDictionary(t => t, _ => Metrics.Empty, StringComparer.Ordinal);
        var severe = Metrics.Empty;
        int callCount = 0, turnCount = 0;
        foreach (var doc in calls)
        {
            if (doc.Labels is null)
            {
                continue;
            }

            callCount++;
            turnCount += doc.Transcript.Turns.Count;
            var findings = analyzer.Analyze(new CallContext(doc.Transcript, doc.Language, null, policy)).Findings;
            foreach (var type in Types)
            {
                var actual = doc.Labels.TryGetValue(type, out var l) ? l.ToHashSet() : [];
                var predicted = findings.Where(f => f.Type == type && f.TurnIndex is not null).Select(f => f.TurnIndex!.Value).ToHashSet();
                for (var i = 0; i < doc.Transcript.Turns.Count; i++)
                {
                    perType[type] = perType[type].Add(actual.Contains(i), predicted.Contains(i));
                }
            }

            var actuallySevere = SevereTypes.Any(t => doc.Labels.TryGetValue(t, out var l) && l.Count > 0);
            var predictedSevere = findings.Any(f => SevereTypes.Contains(f.Type) && f.Severity == Severity.Severe);
            severe = severe.Add(actuallySevere, predictedSevere);
        }

        return new CallEvaluationReport(perType, severe, callCount, turnCount);
    }

    public static IEnumerable<TranscriptDocument> ReadFolder(string path)
    {
        var files = File.Exists(path) ? [path] : Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        foreach (var file in files)
        {
            yield return TranscriptJson.Parse(File.ReadAllText(file));
        }
    }
}
