using Microsoft.Extensions.Options;
using TelesalesQa.Core.Policy;
using TelesalesQa.Worker.Options;

namespace TelesalesQa.Worker.Pipeline;

/// <summary>
/// The conduct policy in force: <c>policy.json</c> in the data folder (or <c>Policy:File</c>) where
/// present, else the defaults of shared/policy/README.md. Read once at start; a broken file stops
/// the program at launch with the field that is wrong, not at the first call.
/// </summary>
public sealed class PolicyProvider
{
    public PolicyProvider()
    {
        Current = ConductPolicy.Default;
    }

    public PolicyProvider(IOptions<StorageOptions> storage, IOptions<PolicyOptions> options)
    {
        var path = options.Value.File ?? Path.Combine(storage.Value.Root, "policy.json");
        Source = File.Exists(path) ? path : null;
        Current = Source is null ? ConductPolicy.Default : PolicyJson.Parse(File.ReadAllText(Source));
    }

    public ConductPolicy Current { get; }

    /// <summary>The file the policy came from, or null for the built-in defaults.</summary>
    public string? Source { get; }
}

/// <summary>Section <c>Policy</c>.</summary>
public sealed record PolicyOptions
{
    /// <summary>Path of the policy file; default <c>DATA/policy.json</c>.</summary>
    public string? File { get; init; }
}
