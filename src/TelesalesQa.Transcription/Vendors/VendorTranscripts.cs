using System.Text;
using System.Text.Json.Nodes;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription.Vendors;

/// <summary>
/// Reads transcripts other platforms produced: WebVTT, SRT, Amazon Transcribe JSON, Azure Speech
/// batch JSON, and the product's own interchange JSON. The format is picked from the file's
/// extension and content, so a platform's export can be dropped in as it is.
/// </summary>
public static class VendorTranscripts
{
    private const int SniffBytes = 4096;

    /// <summary>Reads a transcript file in any format this product knows.</summary>
    /// <param name="path">A <c>.vtt</c>, <c>.srt</c> or <c>.json</c> file (other extensions are recognised by content).</param>
    /// <param name="map">Which vendor speaker labels are the agent and the customer; <see cref="VendorSpeakerMap.Default"/> when null. Not used for interchange JSON, which names its speakers.</param>
    /// <exception cref="TranscriptFormatException">The file is not a transcript this product can read, or it is broken; the message says what and where.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static Transcript Read(string path, VendorSpeakerMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = File.ReadAllText(path);
        var format = Detect(Path.GetExtension(path), text, out var reason) ?? throw new TranscriptFormatException(reason);
        return Parse(text, format, map);
    }

    /// <summary>Reads transcript text already known to be in <paramref name="format"/>.</summary>
    /// <exception cref="TranscriptFormatException">The text is broken; the message says what and where.</exception>
    public static Transcript Parse(string text, VendorTranscriptFormat format, VendorSpeakerMap? map = null) => format switch
    {
        VendorTranscriptFormat.WebVtt => WebVttTranscript.Parse(text, map),
        VendorTranscriptFormat.Srt => SrtTranscript.Parse(text, map),
        VendorTranscriptFormat.AmazonTranscribe => AmazonTranscribeJson.Parse(text, map),
        VendorTranscriptFormat.AzureSpeech => AzureSpeechJson.Parse(text, map),
        VendorTranscriptFormat.Interchange => TranscriptJson.Parse(text).Transcript,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown transcript format"),
    };

    /// <summary>
    /// The format of a transcript file, or null when it is not one (a recording, a metadata
    /// sidecar, an unreadable file). Never throws for a file's content.
    /// </summary>
    public static VendorTranscriptFormat? DetectFormat(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var extension = Path.GetExtension(path);
            if (!IsTranscriptExtension(extension) && !StartsLikeTranscript(path))
            {
                // A recording is not read whole just to find it is not text.
                return null;
            }

            return Detect(extension, File.ReadAllText(path), out _);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether <see cref="Read"/> would take the file as a transcript (it may still find it broken).</summary>
    public static bool IsVendorTranscript(string path) => DetectFormat(path) is not null;

    private static VendorTranscriptFormat? Detect(string extension, string text, out string reason)
    {
        reason = "";
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.Length == 0)
        {
            reason = "the transcript file is empty";
            return null;
        }

        if (Is(extension, ".vtt") || WebVttTranscript.LooksLikeWebVtt(start))
        {
            return VendorTranscriptFormat.WebVtt;
        }

        if (Is(extension, ".srt") || SrtTranscript.LooksLikeSrt(start))
        {
            return VendorTranscriptFormat.Srt;
        }

        if (Is(extension, ".json") || start[0] is '{' or '[')
        {
            return DetectJson(text, out reason);
        }

        reason = "not a transcript this product can read (expected WebVTT, SRT or JSON)";
        return null;
    }

    private static VendorTranscriptFormat? DetectJson(string text, out string reason)
    {
        reason = "";
        JsonObject? root;
        try
        {
            root = VendorJson.Parse(text) as JsonObject;
        }
        catch (TranscriptFormatException ex)
        {
            reason = ex.Message;
            return null;
        }

        if (root?["results"]?["items"] is JsonArray)
        {
            return VendorTranscriptFormat.AmazonTranscribe;
        }

        if (root?["recognizedPhrases"] is JsonArray)
        {
            return VendorTranscriptFormat.AzureSpeech;
        }

        if (root?["turns"] is not null)
        {
            return VendorTranscriptFormat.Interchange;
        }

        reason = "not a transcript this product can read (JSON without \"turns\", \"results.items\" or \"recognizedPhrases\")";
        return null;
    }

    private static bool IsTranscriptExtension(string extension) =>
        Is(extension, ".vtt") || Is(extension, ".srt") || Is(extension, ".json");

    private static bool StartsLikeTranscript(string path)
    {
        var buffer = new byte[SniffBytes];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        var start = Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.Length > 0
            && (start[0] is '{' or '[' || WebVttTranscript.LooksLikeWebVtt(start) || SrtTranscript.LooksLikeSrt(start));
    }

    private static bool Is(string extension, string expected) => string.Equals(extension, expected, StringComparison.OrdinalIgnoreCase);
}
