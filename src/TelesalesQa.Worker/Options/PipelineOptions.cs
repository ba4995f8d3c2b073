using System.ComponentModel.DataAnnotations;

namespace TelesalesQa.Worker.Options;

/// <summary>How the Hangfire pipeline runs. Section <c>Pipeline</c>.</summary>
public sealed record PipelineOptions
{
    /// <summary>Hangfire worker threads in this process.</summary>
    [Range(1, 64)]
    public int WorkerCount { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>How often idle workers look for jobs. Hangfire.Storage.SQLite's default of 15 s makes a short pipeline feel dead.</summary>
    [Range(0.05, 60)]
    public double QueuePollSeconds { get; init; } = 0.25;

    /// <summary>A job not finished within this time is assumed dead (worker killed) and handed to another worker. Above the longest job.</summary>
    [Range(60, 86400)]
    public double InvisibilityTimeoutSeconds { get; init; } = 3600;

    /// <summary>A stage that fails this many times on one call quarantines the call; until then Hangfire retries it with back-off.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; init; } = 3;

    [Range(1, 3600)]
    public int InboxPollSeconds { get; init; } = 15;

    /// <summary>Files bigger than this are refused at ingestion (a call recording of 2 h at 48 kHz stereo 16-bit is ~1.4 GB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; init; } = 1L << 30;

    /// <summary>An inbox file must have stopped changing for this long before it is taken (it may still be being copied in).</summary>
    [Range(0, 3600)]
    public double InboxSettleSeconds { get; init; } = 2;

    /// <summary>Channel layout of recordings whose metadata does not say (agent-left, agent-right or mono); set it per source by running a worker per source, or per file in NAME.json.</summary>
    [RegularExpression("^(agent-left|agent-right|mono)$", ErrorMessage = "Pipeline:DefaultChannelLayout must be agent-left, agent-right or mono")]
    public string DefaultChannelLayout { get; init; } = "agent-left";
}
