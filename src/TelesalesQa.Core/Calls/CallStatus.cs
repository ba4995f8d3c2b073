namespace TelesalesQa.Core.Calls;

/// <summary>Where a call is in the pipeline. The happy path runs top to bottom.</summary>
public enum CallStatus
{
    Received = 0,
    Prepared = 1,
    Transcribed = 2,
    Analysed = 3,
    Scored = 4,

    /// <summary>Waiting for something outside the call (e.g. no speech engine for its language). Not failed, not lost: resumed once the cause is fixed.</summary>
    Held = 10,

    /// <summary>The recording or transcript cannot be processed; <see cref="Call.StatusReason"/> says why in words a supervisor can read.</summary>
    Quarantined = 20,
}
