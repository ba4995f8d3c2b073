using Azure;

namespace TelesalesQa.CloudLanguage;

/// <summary>
/// Azure AI Language refused a request or answered with something unreadable. The message is meant
/// for a person: status, the service's code and message, and which setting to check. It never
/// contains transcript text.
/// </summary>
public sealed class AzureLanguageException : RequestFailedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="status">HTTP status, or 0 when the response could not be read.</param>
    /// <param name="errorCode">The service's <c>error.code</c>, if any.</param>
    /// <param name="message">A readable message.</param>
    /// <param name="innerException">The cause, if any.</param>
    public AzureLanguageException(int status, string? errorCode, string message, Exception? innerException = null)
        : base(status, message, errorCode, innerException)
    {
    }
}
