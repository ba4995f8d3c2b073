using TelesalesQa.Core.Findings;

namespace TelesalesQa.Core.Policy;

/// <summary>
/// The customer's conduct code as settings compliance can edit (policy.json): which clause each
/// finding type cites, its severity and threshold, the calling-hour windows and the scoring rules.
/// Defaults follow shared/policy/README.md.
/// </summary>
public sealed record ConductPolicy
{
    public IReadOnlyDictionary<string, PolicyRule> Rules { get; init; } = DefaultRules();

    /// <summary>Local-time windows in which calls are allowed (5.4.2): not early morning, late night or meal times.</summary>
    public IReadOnlyList<TimeWindow> CallingWindows { get; init; } =
    [
        new(new TimeOnly(9, 0), new TimeOnly(12, 0)),
        new(new TimeOnly(13, 30), new TimeOnly(18, 0)),
        new(new TimeOnly(19, 0), new TimeOnly(20, 30)),
    ];

    /// <summary>Score points taken off per finding of each severity (score starts at 100, floors at 0).</summary>
    public double SevereWeight { get; init; } = 30;

    public double MinorWeight { get; init; } = 8;

    /// <summary>A call with only minor findings gets a review case when its score falls below this.</summary>
    public double CaseScoreThreshold { get; init; } = 90;

    /// <summary>Silence longer than this many seconds is dead air (long_silence).</summary>
    public double LongSilenceSeconds { get; init; } = 8;

    /// <summary>The agent starting to talk over the customer for at least this long is an interruption (5.1.3).</summary>
    public double MinInterruptionSeconds { get; init; } = 0.5;

    /// <summary>Agent speech rate above this is fast speech (5.1.2): characters per minute for Chinese.</summary>
    public double MaxCharsPerMinuteZh { get; init; } = 330;

    /// <summary>Agent speech rate above this is fast speech (5.1.2): words per minute for English.</summary>
    public double MaxWordsPerMinuteEn { get; init; } = 220;

    /// <summary>Agent turn loudness above this RMS level (dBFS, over the turn's voiced frames) is loud speech (5.1.2). Telephone speech sits around −26 to −16 dBFS.</summary>
    public double MaxAgentRmsDbfs { get; init; } = -10;

    /// <summary>How many agent turns from the start a greeting must appear in, and from the end a closing.</summary>
    public int GreetingWindowTurns { get; init; } = 2;

    public PolicyRule RuleFor(string type) =>
        Rules.TryGetValue(type, out var rule) ? rule : new PolicyRule(type, "?", Severity.Minor);

    public static ConductPolicy Default { get; } = new();

    public static Dictionary<string, PolicyRule> DefaultRules() => new(StringComparer.Ordinal)
    {
        [FindingTypes.ExaggeratedClaim] = new(FindingTypes.ExaggeratedClaim, "5.2.1", Severity.Severe),
        [FindingTypes.Rudeness] = new(FindingTypes.Rudeness, "5.1.1", Severity.Severe),
        [FindingTypes.Refusal] = new(FindingTypes.Refusal, "5.4.1", Severity.Info),
        [FindingTypes.IgnoredRefusal] = new(FindingTypes.IgnoredRefusal, "5.4.1", Severity.Severe),
        [FindingTypes.MissingGreeting] = new(FindingTypes.MissingGreeting, "4.2", Severity.Minor),
        [FindingTypes.MissingClosing] = new(FindingTypes.MissingClosing, "4.2", Severity.Minor),
        [FindingTypes.Interruption] = new(FindingTypes.Interruption, "5.1.3", Severity.Minor),
        [FindingTypes.FastSpeech] = new(FindingTypes.FastSpeech, "5.1.2", Severity.Minor),
        [FindingTypes.LoudSpeech] = new(FindingTypes.LoudSpeech, "5.1.2", Severity.Minor),
        [FindingTypes.LongSilence] = new(FindingTypes.LongSilence, "5.1.2", Severity.Minor),
        [FindingTypes.CallingHours] = new(FindingTypes.CallingHours, "5.4.2", Severity.Severe),
        [FindingTypes.DoNotCall] = new(FindingTypes.DoNotCall, "5.4.3", Severity.Severe),
        [FindingTypes.PiiDisclosure] = new(FindingTypes.PiiDisclosure, "7.1", Severity.Severe),
    };
}

/// <summary>A local-time window [From, To).</summary>
public sealed record TimeWindow(TimeOnly From, TimeOnly To)
{
    public bool Contains(TimeOnly time) => time >= From && time < To;
}
