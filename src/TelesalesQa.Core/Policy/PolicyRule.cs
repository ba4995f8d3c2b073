using TelesalesQa.Core.Findings;

namespace TelesalesQa.Core.Policy;

/// <summary>How one finding type is treated: its clause, default severity, and the confidence a finding needs to count.</summary>
public sealed record PolicyRule(string Type, string Clause, Severity Severity, double Threshold = 0.5, bool Enabled = true);
