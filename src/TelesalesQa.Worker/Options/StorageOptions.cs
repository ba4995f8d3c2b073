using System.ComponentModel.DataAnnotations;

namespace TelesalesQa.Worker.Options;

/// <summary>
/// The data folder: everything a deployment stores lives under it, so two data folders never mix.
/// Section <c>Storage</c>; the CLI's <c>--data</c> sets <see cref="DataDirectory"/>.
/// </summary>
public sealed record StorageOptions
{
    [Required]
    public string DataDirectory { get; init; } = "./data";

    public string Root => Path.GetFullPath(DataDirectory);

    public string RecordingStore => Path.Combine(Root, "recordings");

    public string Inbox => Path.Combine(Root, "inbox");

    public string Logs => Path.Combine(Root, "logs");

    public string AppDatabase => Path.Combine(Root, "telesalesqa.db");

    public string JobDatabase => Path.Combine(Root, "hangfire.db");

    public void EnsureCreated()
    {
        foreach (var dir in new[] { Root, RecordingStore, Inbox, Logs })
        {
            Directory.CreateDirectory(dir);
        }
    }
}
