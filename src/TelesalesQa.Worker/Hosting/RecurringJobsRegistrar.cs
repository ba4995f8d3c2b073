using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TelesalesQa.Worker.Ingestion;
using TelesalesQa.Worker.Options;
using TelesalesQa.Worker.Pipeline;

namespace TelesalesQa.Worker.Hosting;

/// <summary>Registers the inbox poll and the resume sweep, and runs the sweep once at start so work left by a stopped worker continues.</summary>
public sealed class RecurringJobsRegistrar(IRecurringJobManager recurring, IBackgroundJobClient jobs, IOptions<PipelineOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var seconds = options.Value.InboxPollSeconds;
        var cron = seconds < 60 ? $"*/{seconds} * * * * *" : $"*/{Math.Max(1, seconds / 60)} * * * *";
        recurring.AddOrUpdate<InboxPollJob>(InboxPollJob.RecurringId, j => j.RunAsync(CancellationToken.None), cron);
        recurring.AddOrUpdate<ResumeCallsJob>(ResumeCallsJob.RecurringId, j => j.RunAsync(CancellationToken.None), Cron.Minutely());
        jobs.Enqueue<ResumeCallsJob>(j => j.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
