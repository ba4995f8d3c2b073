using System.Diagnostics;
using System.Text.RegularExpressions;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;
using TelesalesQa.Transcription;
using TelesalesQa.Transcription.Evaluation;
using TelesalesQa.Worker.Ingestion;
using TelesalesQa.Worker.Pipeline;

namespace TelesalesQa.Worker.Reporting;

/// <summary>One recording's accuracy: errors against its reference, and how long the engine took.</summary>
public sealed record AsrFileResult(string File, Language Language, ErrorCount Errors, double AudioSeconds, double CpuSeconds, string? Problem);

/// <summary>
/// Transcribes each recording of a folder and compares with its reference: <c>NAME.ref.txt</c>,
/// <c>NAME.ref.json</c> or <c>NAME.transcript.json</c> beside it, or a Sphinx-style
/// <c>transcription</c> file (<c>&lt;s&gt; words &lt;/s&gt; (NAME)</c>) in the folder.
/// </summary>
public sealed partial class AsrEvaluation(TranscriptionEngines engines, AudioPreparer preparer)
{
    public IReadOnlyList<AsrFileResult> Evaluate(string folder, Language defaultLanguage, string? engineName, CancellationToken cancellationToken)
    {
        var sphinxRefs = ReadSphinxTranscription(Path.Combine(folder, "transcription"));
        var results = new List<AsrFileResult>();
        foreach (var wav in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".wav", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = IngestPlan.ForFile(wav, explicitlyNamed: false);
            var meta = item.MetadataSidecar is null ? new CallMetadata() : CallMetadata.Parse(File.ReadAllText(item.MetadataSidecar));
            var language = meta.Language ?? defaultLanguage;
            var reference = ReadReference(wav, sphinxRefs);
            if (reference is null)
            {
                continue;
            }

            var engine = engines.Pick(language, engineName, out var reason);
            if (engine is null)
            {
                results.Add(new AsrFileResult(wav, language, ErrorCount.Zero, 0, 0, reason));
                continue;
            }

            var prepared = preparer.Prepare(wav, meta.ChannelLayout ?? ChannelLayout.AgentLeft);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var transcript = engine.Transcribe(prepared, language, cancellationToken);
            var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var hypothesis = string.Join(' ', transcript.Turns.Select(t => t.Text));
            results.Add(new AsrFileResult(wav, language, ErrorRate.Count(reference, hypothesis, language), prepared.Facts.Format.DurationSeconds, used, null));
        }

        return results;
    }

    private static string? ReadReference(string wav, IReadOnlyDictionary<string, string> sphinxRefs)
    {
        var stem = Path.Combine(Path.GetDirectoryName(wav)!, Path.GetFileNameWithoutExtension(wav));
        if (File.Exists(stem + ".ref.txt"))
        {
            return File.ReadAllText(stem + ".ref.txt");
        }

        foreach (var json in new[] { stem + ".ref.json", stem + ".transcript.json" })
        {
            if (File.Exists(json))
            {
                return string.Join(' ', TranscriptJson.Parse(File.ReadAllText(json)).Transcript.Turns.Select(t => t.Text));
            }
        }

        return sphinxRefs.GetValueOrDefault(Path.GetFileNameWithoutExtension(wav));
    }

    private static Dictionary<string, string> ReadSphinxTranscription(string path)
    {
        var refs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return refs;
        }

        foreach (var line in File.ReadLines(path))
        {
            var m = SphinxLine().Match(line);
            if (m.Success)
            {
                refs[m.Groups["id"].Value] = m.Groups["text"].Value;
            }
        }

        return refs;
    }

    [GeneratedRegex(@"^\s*(<s>)?\s*(?<text>.*?)\s*(</s>)?\s*\((?<id>[^)]+)\)\s*$")]
    private static partial Regex SphinxLine();
}
