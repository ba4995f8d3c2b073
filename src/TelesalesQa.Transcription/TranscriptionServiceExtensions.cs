using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TelesalesQa.Transcription.Engines.PocketSphinx;
using TelesalesQa.Transcription.Engines.Whisper;

namespace TelesalesQa.Transcription;

public static class TranscriptionServiceExtensions
{
    /// <summary>Registers the speech engines (in order of preference) and the per-language selection over them.</summary>
    public static IServiceCollection AddTranscriptionEngines(this IServiceCollection services, IConfiguration configuration)
    {
        var sphinx = configuration.GetSection("Transcription:PocketSphinx").Get<PocketSphinxOptions>() ?? new PocketSphinxOptions();
        services.AddSingleton(new PocketSphinxEngine(sphinx, AppContext.BaseDirectory));
        services.AddSingleton<ITranscriptionEngine>(sp => sp.GetRequiredService<PocketSphinxEngine>());

        // Whisper comes second: it serves Mandarin, and English where PocketSphinx is missing.
        var whisper = configuration.GetSection("Transcription:Whisper").Get<WhisperOptions>() ?? new WhisperOptions();
        services.AddSingleton(new WhisperEngine(whisper, AppContext.BaseDirectory));
        services.AddSingleton<ITranscriptionEngine>(sp => sp.GetRequiredService<WhisperEngine>());
        services.AddSingleton(sp => new TranscriptionEngines(sp.GetServices<ITranscriptionEngine>()));
        return services;
    }
}
