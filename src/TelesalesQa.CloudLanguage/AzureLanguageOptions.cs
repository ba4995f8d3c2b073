using System.ComponentModel.DataAnnotations;
using System.Text;

namespace TelesalesQa.CloudLanguage;

/// <summary>
/// Section <c>Cloud:AzureLanguage</c>: the optional cloud second opinion from Azure AI Language.
/// Off unless <see cref="Enabled"/> is set; when it is, <see cref="Endpoint"/> and <see cref="Key"/> are required.
/// </summary>
public sealed record AzureLanguageOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Cloud:AzureLanguage";

    /// <summary>Documents per request the service accepts for PII recognition (sentiment takes 10).</summary>
    public const int DefaultMaxDocumentsPerRequest = 5;

    /// <summary>Whether any text may be sent to Azure AI Language. False by default.</summary>
    public bool Enabled { get; init; }

    /// <summary>The Language resource's endpoint, e.g. <c>https://NAME.cognitiveservices.azure.com</c>. https only (http is accepted for 127.0.0.1/localhost).</summary>
    public string? Endpoint { get; init; }

    /// <summary>The resource key, sent as the <c>Ocp-Apim-Subscription-Key</c> header. Never printed.</summary>
    public string? Key { get; init; }

    /// <summary>Documents (turns) per request, 1–10; PII requests are further capped at the service's limit of 5.</summary>
    public int MaxDocumentsPerRequest { get; init; } = DefaultMaxDocumentsPerRequest;

    /// <summary>Seconds to wait for one HTTP attempt before it is retried, 1–600.</summary>
    public int TimeoutSeconds { get; init; } = 30;

    /// <summary>What is wrong with these options; nothing when disabled or valid. Each message names its setting.</summary>
    public IEnumerable<ValidationResult> Validate()
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Endpoint))
        {
            yield return Fail(nameof(Endpoint), "is required when Cloud:AzureLanguage:Enabled is true (e.g. https://NAME.cognitiveservices.azure.com).");
        }
        else if (!Uri.TryCreate(Endpoint.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            yield return Fail(nameof(Endpoint), $"must be an absolute https URL; '{Endpoint}' is not.");
        }
        else if (uri.Scheme == "http" && !uri.IsLoopback)
        {
            yield return Fail(nameof(Endpoint), "must use https: transcript text may only travel encrypted (http is allowed for 127.0.0.1/localhost only).");
        }
        else if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            yield return Fail(nameof(Endpoint), "must be the resource's base URL, without query, fragment or user info.");
        }

        if (string.IsNullOrWhiteSpace(Key))
        {
            yield return Fail(nameof(Key), "is required when Cloud:AzureLanguage:Enabled is true.");
        }

        if (MaxDocumentsPerRequest is < 1 or > 10)
        {
            yield return Fail(nameof(MaxDocumentsPerRequest), $"must be between 1 and 10 (the service's limit); it is {MaxDocumentsPerRequest}.");
        }

        if (TimeoutSeconds is < 1 or > 600)
        {
            yield return Fail(nameof(TimeoutSeconds), $"must be between 1 and 600; it is {TimeoutSeconds}.");
        }
    }

    /// <summary>Throws unless the options are enabled and valid.</summary>
    /// <exception cref="InvalidOperationException">Disabled, or a setting is wrong; the message names the setting.</exception>
    public void EnsureUsable()
    {
        if (!Enabled)
        {
            throw new InvalidOperationException(
                $"{SectionName}:{nameof(Enabled)} is false: the Azure AI Language second opinion is off, so no client may be created. Set it to true (with Endpoint and Key) to send redacted text to Azure.");
        }

        var errors = Validate().Select(e => e.ErrorMessage).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors));
        }
    }

    // Records print every property; the key must never reach a log.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Enabled = ").Append(Enabled)
            .Append(", Endpoint = ").Append(Endpoint)
            .Append(", Key = ").Append(string.IsNullOrEmpty(Key) ? "(none)" : "***")
            .Append(", MaxDocumentsPerRequest = ").Append(MaxDocumentsPerRequest)
            .Append(", TimeoutSeconds = ").Append(TimeoutSeconds);
        return true;
    }

    private static ValidationResult Fail(string member, string problem) => new($"{SectionName}:{member} {problem}", [member]);
}
