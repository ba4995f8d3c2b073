using TelesalesQa.Core.Findings;

namespace TelesalesQa.Core.Calls;

/// <summary>One recorded telesales call and where it is in the pipeline.</summary>
public sealed class Call
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The customer's own id for the call (from metadata), e.g. <c>zh-001</c>. Not unique across sources.</summary>
    public required string ExternalId { get; set; }

    public required Recording Recording { get; init; }

    public string AgentId { get; set; } = "";

    public string Team { get; set; } = "";

    /// <summary>Personal data: never logged at Information or above.</summary>
    public string CustomerPhone { get; set; } = "";

    public string Campaign { get; set; } = "";

    /// <summary>When the call started, as a UTC instant (what the database orders by).</summary>
    public DateTime StartedAtUtc { get; set; }

    /// <summary>The caller's UTC offset in minutes, kept apart so the local time the call happened is not lost.</summary>
    public int StartedAtOffsetMinutes { get; set; }

    public DateTimeOffset StartedAt
    {
        get => new DateTimeOffset(DateTime.SpecifyKind(StartedAtUtc, DateTimeKind.Utc)).ToOffset(TimeSpan.FromMinutes(StartedAtOffsetMinutes));
        set
        {
            StartedAtUtc = value.UtcDateTime;
            StartedAtOffsetMinutes = (int)value.Offset.TotalMinutes;
        }
    }

    public Language Language { get; set; } = Language.Zh;

    public CallStatus Status { get; private set; } = CallStatus.Received;

    /// <summary>Why the call is held or quarantined, in words a supervisor can read.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>Where the transcript came from: a sidecar file, a vendor file or an engine name.</summary>
    public string? TranscriptSource { get; set; }

    /// <summary>Quality score 0–100 once scored.</summary>
    public double? Score { get; set; }

    /// <summary>The worst finding's severity once scored; null when the call had no findings.</summary>
    public Severity? WorstSeverity { get; set; }

    /// <summary>How many times a stage has failed on this call (reset when it advances).</summary>
    public int FailedAttempts { get; set; }

    public DateTime ReceivedAtUtc { get; init; } = DateTime.UtcNow;

    public DateTime UpdatedAtUtc { get; private set; } = DateTime.UtcNow;

    public bool IsFinished => Status is CallStatus.Scored or CallStatus.Quarantined;

    /// <summary>
    /// Moves the call one stage forward (a held call resumes from the stage it was held at).
    /// Moving to a stage it has already passed is a no-op, so a job that runs twice does no harm;
    /// skipping a stage is a bug and throws.
    /// </summary>
    /// <returns>true if the status changed.</returns>
    public bool Advance(CallStatus to, DateTime nowUtc)
    {
        if (to is CallStatus.Held or CallStatus.Quarantined)
        {
            throw new ArgumentException("Use Hold or Quarantine for those states.", nameof(to));
        }

        if (Status == CallStatus.Quarantined)
        {
            throw new InvalidOperationException($"Call {Id} is quarantined ({StatusReason}); it cannot advance.");
        }

        var reached = Status == CallStatus.Held ? HeldAt : Status;
        if (to <= reached)
        {
            return false;
        }

        if (to != reached + 1)
        {
            throw new InvalidOperationException($"Call {Id} cannot go from {reached} to {to}: stages run in order.");
        }

        Status = to;
        StatusReason = null;
        UpdatedAtUtc = nowUtc;
        return true;
    }

    /// <summary>The last stage the call completed (its status, or where it was when held).</summary>
    public CallStatus Reached => Status == CallStatus.Held ? HeldAt : Status;

    /// <summary>The stage the call was at when it was held, so it resumes from there.</summary>
    public CallStatus HeldAt { get; private set; } = CallStatus.Received;

    /// <summary>Parks the call with a reason; it keeps its progress and is resumed later.</summary>
    public void Hold(string reason, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status == CallStatus.Quarantined || IsFinished)
        {
            throw new InvalidOperationException($"Call {Id} is {Status}; it cannot be held.");
        }

        if (Status != CallStatus.Held)
        {
            HeldAt = Status;
        }

        Status = CallStatus.Held;
        StatusReason = reason;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Takes the call out of the pipeline for good, with a reason a supervisor can read.</summary>
    public void Quarantine(string reason, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Status = CallStatus.Quarantined;
        StatusReason = reason;
        UpdatedAtUtc = nowUtc;
    }
}
