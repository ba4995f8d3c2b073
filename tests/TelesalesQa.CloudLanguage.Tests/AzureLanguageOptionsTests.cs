namespace TelesalesQa.CloudLanguage.Tests;

public sealed class AzureLanguageOptionsTests
{
    [Fact]
    public void Validate_ReportsNothing_WhenLeftAtItsDefaultOfDisabled()
    {
        var options = new AzureLanguageOptions();

        Assert.False(options.Enabled);
        Assert.Empty(options.Validate());
        Assert.Equal(5, options.MaxDocumentsPerRequest);
    }

    [Fact]
    public void Ctor_RefusesWithTheSettingName_WhenDisabled()
    {
        var options = new AzureLanguageOptions { Endpoint = "http://127.0.0.1:9", Key = "k" };

        var e = Assert.Throws<InvalidOperationException>(() => new AzureLanguageClient(options));

        Assert.Contains("Cloud:AzureLanguage:Enabled", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "k", 5, 30, "Cloud:AzureLanguage:Endpoint")]
    [InlineData("not a url", "k", 5, 30, "Cloud:AzureLanguage:Endpoint")]
    [InlineData("http://name.cognitiveservices.azure.com", "k", 5, 30, "Cloud:AzureLanguage:Endpoint")]
    [InlineData("ftp://127.0.0.1", "k", 5, 30, "Cloud:AzureLanguage:Endpoint")]
    [InlineData("https://name.cognitiveservices.azure.com/?x=1", "k", 5, 30, "Cloud:AzureLanguage:Endpoint")]
    [InlineData("https://name.cognitiveservices.azure.com", null, 5, 30, "Cloud:AzureLanguage:Key")]
    [InlineData("https://name.cognitiveservices.azure.com", " ", 5, 30, "Cloud:AzureLanguage:Key")]
    [InlineData("https://name.cognitiveservices.azure.com", "k", 0, 30, "Cloud:AzureLanguage:MaxDocumentsPerRequest")]
    [InlineData("https://name.cognitiveservices.azure.com", "k", 11, 30, "Cloud:AzureLanguage:MaxDocumentsPerRequest")]
    [InlineData("https://name.cognitiveservices.azure.com", "k", 5, 0, "Cloud:AzureLanguage:TimeoutSeconds")]
    public void Ctor_RefusesWithTheSettingName_WhenEnabledButASettingIsWrong(string? endpoint, string? key, int maxDocuments, int timeout, string setting)
    {
        var options = new AzureLanguageOptions { Enabled = true, Endpoint = endpoint, Key = key, MaxDocumentsPerRequest = maxDocuments, TimeoutSeconds = timeout };

        var e = Assert.Throws<InvalidOperationException>(() => new AzureLanguageClient(options));

        Assert.Contains(setting, e.Message, StringComparison.Ordinal);
        Assert.Contains(options.Validate(), r => r.ErrorMessage!.StartsWith(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ExplainsHttps_WhenEndpointIsPlainHttpToAnotherMachine()
    {
        var options = new AzureLanguageOptions { Enabled = true, Endpoint = "http://name.cognitiveservices.azure.com", Key = "k" };

        var message = Assert.Single(options.Validate()).ErrorMessage;

        Assert.Contains("https", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://name.cognitiveservices.azure.com")]
    [InlineData("https://name.cognitiveservices.azure.com/")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://127.0.0.1:1234/")]
    public void Validate_ReportsNothing_WhenEnabledWithHttpsOrLoopbackHttp(string endpoint)
    {
        var options = new AzureLanguageOptions { Enabled = true, Endpoint = endpoint, Key = "k" };

        Assert.Empty(options.Validate());
    }

    [Fact]
    public void ToString_HidesTheKey_WhenAKeyIsSet()
    {
        var options = new AzureLanguageOptions { Enabled = true, Endpoint = "https://x.cognitiveservices.azure.com", Key = "super-secret-key" };

        var text = options.ToString();

        Assert.DoesNotContain("super-secret-key", text, StringComparison.Ordinal);
        Assert.Contains("Key = ***", text, StringComparison.Ordinal);
        Assert.Contains("https://x.cognitiveservices.azure.com", text, StringComparison.Ordinal);
    }
}
