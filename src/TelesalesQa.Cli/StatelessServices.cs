using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TelesalesQa.Analysis;
using TelesalesQa.Transcription;
using TelesalesQa.Worker.Pipeline;
using TelesalesQa.Worker.Reporting;

namespace TelesalesQa.Cli;

/// <summary>The services of commands that store nothing (analyze, transcribe, evaluate-asr): no host, no databases, no data folder.</summary>
internal static class StatelessServices
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("TELESALESQA_")
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(_ => configuration["Policy:File"] is { } file
            ? new PolicyProvider(Microsoft.Extensions.Options.Options.Create(new Worker.Options.StorageOptions()), Microsoft.Extensions.Options.Options.Create(new PolicyOptions { File = file }))
            : new PolicyProvider());
        services.AddSingleton<AudioPreparer>();
        services.AddSingleton(_ => CallAnalyzer.CreateDefault());
        services.AddTranscriptionEngines(configuration);
        services.AddSingleton<StatelessAnalyzer>();
        services.AddSingleton<AsrEvaluation>();
        return services.BuildServiceProvider();
    }
}
