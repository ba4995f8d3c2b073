using TelesalesQa.Core.Policy;

namespace TelesalesQa.Worker.Pipeline;

/// <summary>The conduct policy in force. Today the built-in defaults (shared/policy/README.md); an editable policy file is planned.</summary>
public sealed class PolicyProvider
{
    public ConductPolicy Current { get; init; } = ConductPolicy.Default;
}
