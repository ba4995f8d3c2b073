namespace TelesalesQa.Core.Transcripts;

public enum Speaker
{
    Unknown = 0,
    Agent = 1,
    Customer = 2,
}

public static class SpeakerNames
{
    public static string ToWire(this Speaker speaker) => speaker switch
    {
        Speaker.Agent => "agent",
        Speaker.Customer => "customer",
        _ => "unknown",
    };

    public static bool TryParse(string? text, out Speaker speaker)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "agent" or "a" or "rep" or "salesperson": speaker = Speaker.Agent; return true;
            case "customer" or "c" or "client" or "caller": speaker = Speaker.Customer; return true;
            case "unknown" or "" or null: speaker = Speaker.Unknown; return true;
            default: speaker = Speaker.Unknown; return false;
        }
    }
}
