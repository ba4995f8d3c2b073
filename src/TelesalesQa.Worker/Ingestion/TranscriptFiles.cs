using TelesalesQa.Core.Transcripts;
using TelesalesQa.Transcription.Vendors;

namespace TelesalesQa.Worker.Ingestion;

/// <summary>A transcript read from a file in any supported format; <see cref="Document"/> is set for the interchange format, which also carries the call's identity.</summary>
public sealed record TranscriptFile(Transcript Transcript, TranscriptDocument? Document, VendorTranscriptFormat Format)
{
    public string FormatName => Format switch
    {
        VendorTranscriptFormat.WebVtt => "webvtt",
        VendorTranscriptFormat.Srt => "srt",
        VendorTranscriptFormat.AmazonTranscribe => "amazon-transcribe",
        VendorTranscriptFormat.AzureSpeech => "azure-speech",
        _ => "interchange",
    };
}

/// <summary>
/// Where transcripts come from beside a recording, and how any of them is read: the interchange JSON,
/// WebVTT, SRT, Amazon Transcribe or Azure Speech batch output.
/// </summary>
public static class TranscriptFiles
{
    /// <summary>Sidecar names tried beside <c>NAME.wav</c>, in order.</summary>
    public static readonly string[] SidecarSuffixes = [".transcript.json", ".transcript.vtt", ".transcript.srt", ".vtt", ".srt"];

    public static readonly string[] Extensions = [".json", ".vtt", ".srt"];

    public static string? SidecarFor(string stem) => SidecarSuffixes.Select(s => stem + s).FirstOrDefault(File.Exists);

    /// <summary>The recording stem a sidecar belongs to (NAME for NAME.transcript.json or NAME.vtt), or null.</summary>
    public static string? StemOfSidecar(string fileName) =>
        SidecarSuffixes.FirstOrDefault(s => fileName.EndsWith(s, StringComparison.OrdinalIgnoreCase)) is { } suffix ? fileName[..^suffix.Length] : null;

    /// <summary>Reads a transcript file; throws <see cref="TranscriptFormatException"/> with a readable reason.</summary>
    public static TranscriptFile Read(string path)
    {
        var detected = VendorTranscripts.DetectFormat(path);
        if (detected is not { } format)
        {
            // Let the reader say precisely what is wrong (e.g. "not valid JSON (line 1, byte 40)").
            VendorTranscripts.Read(path);
            throw new TranscriptFormatException("not a transcript this product can read (JSON interchange, WebVTT, SRT, Amazon Transcribe or Azure Speech)");
        }

        if (format == VendorTranscriptFormat.Interchange)
        {
            var doc = TranscriptJson.Parse(File.ReadAllText(path));
            return new TranscriptFile(doc.Transcript, doc, format);
        }

        return new TranscriptFile(VendorTranscripts.Read(path), null, format);
    }
}
