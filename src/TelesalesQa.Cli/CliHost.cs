using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog.Events;
using TelesalesQa.Worker.Hosting;

namespace TelesalesQa.Cli;

/// <summary>Builds the product's host for a command: appsettings.json, then TELESALESQA_* environment variables, then the command line's --data.</summary>
internal static class CliHost
{
    public static IHost Build(string dataDirectory, PipelineRole role, LogEventLevel consoleLevel)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("TELESALESQA_")
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = Path.GetFullPath(dataDirectory) });
        builder.AddTelesalesQa(role, consoleLevel);
        return builder.Build();
    }
}
