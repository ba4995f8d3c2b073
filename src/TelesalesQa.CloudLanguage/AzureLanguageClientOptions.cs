using Azure.Core;

namespace TelesalesQa.CloudLanguage;

/// <summary>
/// Azure.Core pipeline settings for <see cref="AzureLanguageClient"/>: retries (<see cref="ClientOptions.Retry"/>),
/// transport, diagnostics. Content logging is always switched off by the client, whatever is set here.
/// </summary>
public sealed class AzureLanguageClientOptions : ClientOptions
{
}
