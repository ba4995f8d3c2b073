namespace TelesalesQa.Core.Findings;

/// <summary>How bad a finding is. Ordered: a higher value is worse.</summary>
public enum Severity
{
    /// <summary>An event worth recording, not a violation (e.g. a customer's refusal).</summary>
    Info = 0,

    /// <summary>Clause 9.1: verbal warning and coaching.</summary>
    Minor = 1,

    /// <summary>Clause 9.2: written warning or worse; always a review case.</summary>
    Severe = 2,
}

public static class SeverityNames
{
    public static string ToWire(this Severity severity) => severity switch
    {
        Severity.Severe => "severe",
        Severity.Minor => "minor",
        _ => "info",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "severe": severity = Severity.Severe; return true;
            case "minor": severity = Severity.Minor; return true;
            case "info": severity = Severity.Info; return true;
            default: severity = Severity.Info; return false;
        }
    }
}
