namespace TelesalesQa.Core.Calls;

/// <summary>Which speaker is on which channel of a recording.</summary>
public enum ChannelLayout
{
    /// <summary>Stereo, agent on the left channel, customer on the right (the default of most call recorders).</summary>
    AgentLeft = 0,

    /// <summary>Stereo, agent on the right channel, customer on the left.</summary>
    AgentRight = 1,

    /// <summary>One channel with both speakers: later stages must tell them apart from the words.</summary>
    Mono = 2,

    /// <summary>No audio at all: the call arrived as a transcript.</summary>
    None = 3,
}

public static class ChannelLayoutNames
{
    public static string ToWire(this ChannelLayout layout) => layout switch
    {
        ChannelLayout.AgentLeft => "agent-left",
        ChannelLayout.AgentRight => "agent-right",
        ChannelLayout.Mono => "mono",
        _ => "none",
    };

    public static bool TryParse(string? text, out ChannelLayout layout)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "agent-left" or "agentleft" or "stereo": layout = ChannelLayout.AgentLeft; return true;
            case "agent-right" or "agentright": layout = ChannelLayout.AgentRight; return true;
            case "mono": layout = ChannelLayout.Mono; return true;
            case "none": layout = ChannelLayout.None; return true;
            default: layout = ChannelLayout.AgentLeft; return false;
        }
    }
}
