using Hangfire;
using Hangfire.Dashboard;
using TelesalesQa.Worker.Hosting;

namespace TelesalesQa.Web;

/// <summary>
/// The supervisor web app (first cut): the review queue, each call with its transcript and findings,
/// and Hangfire's dashboard (read-only, local requests only). Per-team roles and sign-in come with
/// the web-app issue; until then bind it to 127.0.0.1 only.
/// </summary>
public static class WebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data"] = "Storage:DataDirectory" });
        var runWorker = builder.Configuration.GetValue("Web:RunWorker", false);
        builder.AddTelesalesQa(runWorker ? PipelineRole.Server : PipelineRole.ClientOnly);
        var app = builder.Build();
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new LocalRequestsOnlyAuthorizationFilter()],
            IsReadOnlyFunc = _ => true,
            AppPath = "/",
        });
        app.MapQaPages();
        return app;
    }
}
