using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TelesalesQa.CloudLanguage;

/// <summary>
/// Stamps the resource key on every attempt, as Azure SDKs' <c>AzureKeyCredentialPolicy</c> does; that
/// class is compiled into each SDK rather than exported by Azure.Core, so this is its equivalent.
/// Reading the key per attempt lets <see cref="AzureKeyCredential.Update"/> rotate it.
/// </summary>
internal sealed class SubscriptionKeyPolicy(AzureKeyCredential credential, string headerName) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        base.OnSendingRequest(message);
        message.Request.Headers.SetValue(headerName, credential.Key);
    }
}
