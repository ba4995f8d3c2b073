using Microsoft.Extensions.Hosting;
using TelesalesQa.Data;

namespace TelesalesQa.Worker.Hosting;

/// <summary>Applies database migrations at start, before any job runs.</summary>
public sealed class DatabaseInitializer(QaDbFactory dbFactory) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => dbFactory.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
