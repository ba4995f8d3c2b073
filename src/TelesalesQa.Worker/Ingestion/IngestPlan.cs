namespace TelesalesQa.Worker.Ingestion;

public enum IngestKind
{
    Recording,
    Transcript,
}

/// <summary>One thing to ingest: a recording with its sidecars, or a transcript file; or a path that cannot be ingested and why.</summary>
public sealed record IngestItem(string Path, IngestKind Kind, string? MetadataSidecar = null, string? TranscriptSidecar = null, string? Error = null);

/// <summary>
/// Turns paths into ingest items. In a folder, <c>NAME.wav</c> takes <c>NAME.json</c> (metadata) and
/// a vendor transcript (<c>NAME.transcript.json</c>, <c>NAME.vtt</c>, <c>NAME.srt</c>…, see
/// <see cref="TranscriptFiles"/>) as sidecars; other <c>.json</c>, <c>.vtt</c> and <c>.srt</c> files are transcript
/// files; <c>NAME.ref.json</c>/<c>.ref.txt</c> are reference transcripts for evaluation and are skipped.
/// A file named explicitly is always ingested, whatever its extension, so a mislabelled file is
/// quarantined with a reason rather than ignored.
/// </summary>
public static class IngestPlan
{
    public static readonly string[] AudioExtensions = [".wav", ".wave", ".mp3", ".au", ".ulaw", ".alaw", ".raw", ".pcm"];

    public static IEnumerable<IngestItem> Expand(IEnumerable<string> paths)
    {
        foreach (var raw in paths)
        {
            var path = System.IO.Path.GetFullPath(raw);
            if (Directory.Exists(path))
            {
                foreach (var item in FromFolder(path))
                {
                    yield return item;
                }
            }
            else if (File.Exists(path))
            {
                yield return ForFile(path, explicitlyNamed: true);
            }
            else
            {
                yield return new IngestItem(path, IngestKind.Recording, Error: "no such file or folder");
            }
        }
    }

    public static IEnumerable<IngestItem> FromFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var set = files.ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = System.IO.Path.GetFileName(file);
            var ext = System.IO.Path.GetExtension(file).ToLowerInvariant();
            if (AudioExtensions.Contains(ext))
            {
                yield return ForFile(file, explicitlyNamed: false);
            }
            else if (TranscriptFiles.Extensions.Contains(ext) && !IsReference(name) && !IsSidecarOfRecording(file, set))
            {
                yield return new IngestItem(file, IngestKind.Transcript);
            }
        }
    }

    /// <summary>The item for one file; sidecars are looked up beside it.</summary>
    public static IngestItem ForFile(string file, bool explicitlyNamed)
    {
        var ext = System.IO.Path.GetExtension(file).ToLowerInvariant();
        if (TranscriptFiles.Extensions.Contains(ext) && explicitlyNamed)
        {
            return new IngestItem(file, IngestKind.Transcript);
        }

        var stem = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, System.IO.Path.GetFileNameWithoutExtension(file));
        var metadata = stem + ".json";
        return new IngestItem(
            file,
            IngestKind.Recording,
            File.Exists(metadata) ? metadata : null,
            TranscriptFiles.SidecarFor(stem));
    }

    private static bool IsReference(string name) => name.EndsWith(".ref.json", StringComparison.OrdinalIgnoreCase);

    private static bool IsSidecarOfRecording(string jsonFile, HashSet<string> files)
    {
        var name = System.IO.Path.GetFileName(jsonFile);
        var dir = System.IO.Path.GetDirectoryName(jsonFile)!;
        var stem = TranscriptFiles.StemOfSidecar(name) ?? System.IO.Path.GetFileNameWithoutExtension(name);
        return AudioExtensions.Any(e => files.Contains(System.IO.Path.Combine(dir, stem + e)));
    }
}
