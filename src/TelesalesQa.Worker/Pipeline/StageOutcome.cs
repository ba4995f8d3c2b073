namespace TelesalesQa.Worker.Pipeline;

/// <summary>What a stage's work came to.</summary>
public abstract record StageOutcome
{
    public static StageOutcome Done { get; } = new DoneOutcome();

    public static StageOutcome Hold(string reason) => new HeldOutcome(reason);

    public static StageOutcome Quarantine(string reason) => new QuarantinedOutcome(reason);

    public sealed record DoneOutcome : StageOutcome;

    /// <summary>Waiting for something outside the call; resumed by <see cref="ResumeCallsJob"/>.</summary>
    public sealed record HeldOutcome(string Reason) : StageOutcome;

    /// <summary>The input can never be processed (bad recording or transcript): retrying would not help.</summary>
    public sealed record QuarantinedOutcome(string Reason) : StageOutcome;
}
