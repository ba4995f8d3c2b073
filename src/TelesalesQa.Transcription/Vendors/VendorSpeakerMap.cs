using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription.Vendors;

/// <summary>
/// Says which vendor speaker label is the agent and which is the customer. Labels are what the
/// vendor file calls a voice: a WebVTT voice (<c>&lt;v Agent&gt;</c>), a subtitle prefix
/// (<c>坐席:</c>, <c>[Customer]</c>, <c>SPEAKER_00:</c>), an Amazon Transcribe label (<c>spk_0</c>,
/// <c>ch_1</c>), an Azure Speech channel (reported as <c>ch_0</c>, <c>ch_1</c>, like Amazon's) or
/// an Azure diarized voice (reported as <c>speaker 1</c>, <c>speaker 2</c>: Azure counts from 1).
/// Matching ignores case and surrounding spaces; a label in neither list is <see cref="Speaker.Unknown"/>.
/// </summary>
/// <remarks>
/// The defaults suit the usual telesales set-up: the agent on the first channel (agent-left) and,
/// for diarized mono recordings, the agent as the first voice heard. Set the lists per source when
/// a platform records the other way round.
/// </remarks>
public sealed record VendorSpeakerMap
{
    /// <summary>The defaults: first channel / first voice / "Agent" / "坐席" is the agent.</summary>
    public static VendorSpeakerMap Default { get; } = new();

    /// <summary>Labels that mean the agent.</summary>
    public IReadOnlyList<string> AgentLabels { get; init; } = ["Agent", "坐席", "ch_0", "spk_0", "speaker 1"];

    /// <summary>Labels that mean the customer.</summary>
    public IReadOnlyList<string> CustomerLabels { get; init; } = ["Customer", "客户", "客戶", "ch_1", "spk_1", "speaker 2"];

    /// <summary>The speaker a vendor label stands for; <see cref="Speaker.Unknown"/> for a label in neither list, or none.</summary>
    public Speaker Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return Speaker.Unknown;
        }

        var trimmed = label.Trim();
        if (Contains(AgentLabels, trimmed))
        {
            return Speaker.Agent;
        }

        return Contains(CustomerLabels, trimmed) ? Speaker.Customer : Speaker.Unknown;
    }

    /// <summary>Whether the label is in either list (so a subtitle prefix <c>Label:</c> can be taken as a speaker, not as text).</summary>
    public bool Knows(string? label) => Resolve(label) != Speaker.Unknown;

    private static bool Contains(IReadOnlyList<string> labels, string label) =>
        labels.Any(l => string.Equals(l.Trim(), label, StringComparison.OrdinalIgnoreCase));
}
