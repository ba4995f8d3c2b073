namespace TelesalesQa.Core.Findings;

/// <summary>The finding types of the conduct code (shared/policy/README.md), in snake_case as on the wire.</summary>
public static class FindingTypes
{
    public const string ExaggeratedClaim = "exaggerated_claim";
    public const string Rudeness = "rudeness";
    public const string Refusal = "refusal";
    public const string IgnoredRefusal = "ignored_refusal";
    public const string MissingGreeting = "missing_greeting";
    public const string MissingClosing = "missing_closing";
    public const string Interruption = "interruption";
    public const string FastSpeech = "fast_speech";
    public const string LoudSpeech = "loud_speech";
    public const string LongSilence = "long_silence";
    public const string CallingHours = "calling_hours";
    public const string DoNotCall = "do_not_call";
    public const string PiiDisclosure = "pii_disclosure";

    public static IReadOnlyList<string> All { get; } =
    [
        ExaggeratedClaim, Rudeness, Refusal, IgnoredRefusal, MissingGreeting, MissingClosing,
        Interruption, FastSpeech, LoudSpeech, LongSilence, CallingHours, DoNotCall, PiiDisclosure,
    ];
}
