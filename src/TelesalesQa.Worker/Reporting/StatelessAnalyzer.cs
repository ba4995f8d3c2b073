using TelesalesQa.Analysis;
using TelesalesQa.Analysis.Detectors;
using TelesalesQa.Audio.Decoding;
using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;
using TelesalesQa.Transcription;
using TelesalesQa.Worker.Ingestion;
using TelesalesQa.Worker.Pipeline;

namespace TelesalesQa.Worker.Reporting;

/// <summary>
/// The <c>analyze</c> command's engine: the same stages as the pipeline, in memory, storing nothing.
/// Transcript files are analysed directly; recordings use their transcript sidecar or the speech
/// engine for their language, plus the audio facts.
/// </summary>
public sealed class StatelessAnalyzer(CallAnalyzer analyzer, PolicyProvider policy, AudioPreparer preparer, TranscriptionEngines engines)
{
    public CallReport Analyze(IngestItem item, CancellationToken cancellationToken = default)
    {
        var fallbackId = Path.GetFileNameWithoutExtension(item.Path);
        if (item.Error is not null)
        {
            return CallReport.Failed(fallbackId, $"{item.Path}: {item.Error}");
        }

        try
        {
            return item.Kind == IngestKind.Transcript ? FromTranscript(item.Path) : FromRecording(item, fallbackId, cancellationToken);
        }
        catch (TranscriptFormatException ex)
        {
            return CallReport.Failed(fallbackId, $"{item.Path}: unreadable transcript: {ex.Message}");
        }
        catch (AudioReadException ex)
        {
            return CallReport.Failed(fallbackId, $"{item.Path}: {ex.Message}");
        }
        catch (FormatException ex)
        {
            return CallReport.Failed(fallbackId, $"{item.Path}: {ex.Message}");
        }
        catch (IOException ex)
        {
            return CallReport.Failed(fallbackId, $"{item.Path}: cannot read the file: {ex.Message}");
        }
    }

    private CallReport FromTranscript(string path)
    {
        var file = TranscriptFiles.Read(path);
        var doc = file.Document;
        return Report(doc?.CallId ?? Path.GetFileNameWithoutExtension(path), file.Transcript, doc?.Language ?? Language.Zh, doc?.StartedAt, AcousticFacts.None);
    }

    private CallReport FromRecording(IngestItem item, string fallbackId, CancellationToken ct)
    {
        var meta = item.MetadataSidecar is null ? new CallMetadata() : CallMetadata.Parse(File.ReadAllText(item.MetadataSidecar));
        var sidecarFile = item.TranscriptSidecar is null ? null : TranscriptFiles.Read(item.TranscriptSidecar);
        var sidecar = sidecarFile?.Document;
        var language = meta.Language ?? sidecar?.Language ?? Language.Zh;
        var callId = meta.CallId ?? sidecar?.CallId ?? fallbackId;
        var prepared = preparer.Prepare(item.Path, meta.ChannelLayout ?? ChannelLayout.AgentLeft);
        Transcript transcript;
        if (sidecarFile is not null)
        {
            transcript = sidecarFile.Transcript;
        }
        else
        {
            var engine = engines.For(language, out var reason);
            if (engine is null)
            {
                return CallReport.Failed(callId, $"{item.Path}: {reason}");
            }

            transcript = engine.Transcribe(prepared, language, ct);
        }

        return Report(callId, transcript, language, meta.StartedAt ?? sidecar?.StartedAt, AnalyseCallJob.ToAcoustics(prepared.Facts));
    }

    private CallReport Report(string callId, Transcript transcript, Language language, DateTimeOffset? startedAt, AcousticFacts acoustics)
    {
        var result = analyzer.Analyze(new CallContext(transcript, language, startedAt, policy.Current, acoustics));
        return new CallReport(callId, result.Score.Score, result.Score.SeverityWire, result.Findings, []);
    }
}
