using Microsoft.Extensions.Hosting;
using TelesalesQa.Worker.Pipeline;

namespace TelesalesQa.Worker.Hosting;

/// <summary>Reads the policy file at start so a mistake in it stops the program at launch.</summary>
public sealed class PolicyCheck(PolicyProvider policy) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = policy.Current;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
