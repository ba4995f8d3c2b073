using TelesalesQa.Web;

var app = WebApp.Build(args);
app.Run();
