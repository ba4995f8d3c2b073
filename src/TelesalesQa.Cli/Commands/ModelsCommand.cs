using System.CommandLine;
using System.Globalization;

namespace TelesalesQa.Cli.Commands;

/// <summary>
/// <c>models fetch NAME</c>: downloads a whisper.cpp ggml model into models/ for users whose machine
/// has internet access. Nothing else in the product ever downloads anything; offline machines get a
/// message saying which file to copy where.
/// </summary>
internal static class ModelsCommand
{
    private static readonly string[] Known = ["tiny", "base", "small", "medium", "large-v3", "large-v3-turbo"];

    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = $"Whisper model: {string.Join(", ", Known)}" };
        var folder = new Option<string>("--models") { Description = "Folder to put the model in", DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "models") };
        var fetch = new Command("fetch", "Download a Whisper model (needs internet access)") { name, folder };
        fetch.SetAction(async (parse, ct) =>
        {
            var model = parse.GetValue(name)!;
            if (!Known.Contains(model))
            {
                Console.Error.WriteLine($"error: unknown model {model}; one of {string.Join(", ", Known)}");
                return 1;
            }

            var file = $"ggml-{model}.bin";
            var target = Path.Combine(parse.GetValue(folder)!, file);
            var url = new Uri($"https://huggingface.co/ggerganov/whisper.cpp/resolve/main/{file}");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            try
            {
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
                response.EnsureSuccessStatusCode();
                var partial = target + ".partial";
                await using (var output = File.Create(partial))
                {
                    await response.Content.CopyToAsync(output, ct);
                }

                File.Move(partial, target, overwrite: true);
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target}: {new FileInfo(target).Length / 1048576.0:0} MB"));
                return 0;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Console.Error.WriteLine($"error: could not download {url} ({ex.Message}). This machine may have no internet access: download {file} elsewhere and copy it to {target} (or set Transcription:Whisper:ModelPath).");
                return 2;
            }
        });
        return new Command("models", "Manage speech models") { fetch };
    }
}
