using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TelesalesQa.Transcription.Engines.PocketSphinx;

namespace TelesalesQa.Transcription;

public static class TranscriptionServiceExtensions
{
    /// <summary>Registers the speech engines (in order of preference) and the per-language selection over them.</summary>
    public static IServiceCollection AddTranscriptionEngines(this IServiceCollection services, IConfiguration configuration)
    {
        var sphinx = configuration.GetSection("Transcription:PocketSphinx").Get<PocketSphinxOptions>() ?? new PocketSphinxOptions();
        services.AddSingleton(new PocketSphinxEngine(sphinx, AppContext.BaseDirectory));
        services.AddSingleton<ITranscriptionEngine>(sp => sp.GetRequiredService<PocketSphinxEngine>());
        services.AddSingleton(sp => new TranscriptionEngines(sp.GetServices<ITranscriptionEngine>()));
        return services;
    }
}
