namespace TelesalesQa.CloudLanguage.Tests;

internal static class TestClients
{
    public const string Key = "test-key-123";

    public static AzureLanguageOptions Options(FakeLanguageServer server, int maxDocuments = 5) => new()
    {
        Enabled = true,
        Endpoint = server.Endpoint,
        Key = Key,
        MaxDocumentsPerRequest = maxDocuments,
        TimeoutSeconds = 10,
    };

    /// <summary>Azure.Core's retry policy with millisecond back-off, so retry tests take no time.</summary>
    public static AzureLanguageClientOptions FastRetries(int maxRetries = 3)
    {
        var options = new AzureLanguageClientOptions();
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        return options;
    }

    public static AzureLanguageClient Client(FakeLanguageServer server, int maxDocuments = 5) =>
        new(Options(server, maxDocuments), FastRetries());
}
