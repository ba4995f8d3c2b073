using TelesalesQa.Core.Findings;

namespace TelesalesQa.Core.Cases;

public enum CaseStatus
{
    Open = 0,
    InReview = 1,
    Closed = 2,
}

/// <summary>A scored call put in front of a supervisor, with who has it and everything that happened to it.</summary>
public sealed class ReviewCase
{
    private readonly List<CaseEvent> _history = [];

    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid CallId { get; init; }

    public double Score { get; set; }

    public Severity Severity { get; set; }

    public CaseStatus Status { get; private set; } = CaseStatus.Open;

    public string? Assignee { get; private set; }

    public string? SuggestedAction { get; set; }

    public string? Outcome { get; private set; }

    public DateTime CreatedAtUtc { get; init; } = DateTime.UtcNow;

    public IReadOnlyList<CaseEvent> History => _history;

    public static ReviewCase File(Guid callId, double score, Severity severity, string? suggestedAction, DateTime nowUtc)
    {
        var c = new ReviewCase { CallId = callId, Score = score, Severity = severity, SuggestedAction = suggestedAction, CreatedAtUtc = nowUtc };
        c._history.Add(new CaseEvent(nowUtc, "system", "filed", $"score {score:0}, {severity.ToWire()}"));
        return c;
    }

    public void Assign(string assignee, string actor, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignee);
        EnsureNotClosed();
        Assignee = assignee;
        Status = CaseStatus.InReview;
        _history.Add(new CaseEvent(nowUtc, actor, "assigned", assignee));
    }

    public void Close(string outcome, string actor, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        EnsureNotClosed();
        Outcome = outcome;
        Status = CaseStatus.Closed;
        _history.Add(new CaseEvent(nowUtc, actor, "closed", outcome));
    }

    private void EnsureNotClosed()
    {
        if (Status == CaseStatus.Closed)
        {
            throw new InvalidOperationException($"Case {Id} is closed.");
        }
    }
}

/// <summary>One entry of a case's audit trail.</summary>
public sealed record CaseEvent(DateTime AtUtc, string Actor, string Action, string? Note);
