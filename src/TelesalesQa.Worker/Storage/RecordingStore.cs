using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TelesalesQa.Worker.Options;

namespace TelesalesQa.Worker.Storage;

/// <summary>
/// Content-addressed store of recordings: each call gets the folder <c>recordings/ab/abcdef…/</c>
/// named by the SHA-256 of its recording, holding the recording and its sidecars. Files are copied
/// to a temporary name, flushed, checked against their hash and only then renamed into place, so a
/// crash never leaves a half-written recording that looks complete.
/// </summary>
public sealed class RecordingStore(IOptions<StorageOptions> options)
{
    /// <summary>Stored transcripts are named <c>transcript</c> plus the original extension (.json, .vtt, .srt).</summary>
    public const string TranscriptName = "transcript";
    public const string MetadataSidecar = "metadata.json";

    private readonly string _root = options.Value.RecordingStore;

    public static string HashFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public string FolderFor(string sha256) => Path.Combine(_root, sha256[..2], sha256);

    /// <summary>Absolute path of a stored file from its path relative to the store.</summary>
    public string Resolve(string relativePath) => Path.Combine(_root, relativePath);

    /// <summary>Stores a copy of <paramref name="source"/> as <paramref name="name"/> in the call's folder; returns the path relative to the store.</summary>
    public string Put(string sha256, string source, string name)
    {
        var folder = FolderFor(sha256);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, name);
        var relative = Path.GetRelativePath(_root, target);
        if (File.Exists(target))
        {
            return relative;
        }

        var temp = target + ".partial";
        File.Copy(source, temp, overwrite: true);
        using (var fs = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite))
        {
            fs.Flush(flushToDisk: true);
        }

        File.Move(temp, target, overwrite: true);
        return relative;
    }

    /// <summary>Writes text into the call's folder (e.g. a transcript extracted from a vendor format).</summary>
    public string PutText(string sha256, string name, string content)
    {
        var folder = FolderFor(sha256);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, name);
        var temp = target + ".partial";
        File.WriteAllText(temp, content);
        File.Move(temp, target, overwrite: true);
        return Path.GetRelativePath(_root, target);
    }

    /// <summary>The stored transcript (sidecar or transcript file) of a call, whatever its format, or null.</summary>
    public string? Transcript(string sha256)
    {
        var folder = FolderFor(sha256);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, TranscriptName + ".*").FirstOrDefault(f => !f.EndsWith(".partial", StringComparison.Ordinal)) : null;
    }

    /// <summary>The stored sidecar of a call, or null.</summary>
    public string? Sidecar(string sha256, string name)
    {
        var path = Path.Combine(FolderFor(sha256), name);
        return File.Exists(path) ? path : null;
    }
}
