using TelesalesQa.Cli;

return await CliApp.Build().Parse(args).InvokeAsync();
