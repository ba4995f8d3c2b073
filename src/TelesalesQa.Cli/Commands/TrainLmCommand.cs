using System.CommandLine;
using System.Globalization;
using TelesalesQa.Transcription.LanguageModel;

namespace TelesalesQa.Cli.Commands;

/// <summary><c>train-lm CORPUS OUT.arpa</c>: builds the telesales domain language model (Kneser–Ney trigram, ARPA) that PocketSphinx mixes in.</summary>
internal static class TrainLmCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("corpus") { Description = "Text corpus, one utterance per line; or a folder, whose *.corpus.txt files are all read (the generic telesales corpus and the company's campaign phrases)", DefaultValueFactory = _ => "models/lm" };
        var output = new Argument<string>("output") { Description = "ARPA file to write", DefaultValueFactory = _ => "models/lm/telesales-en.arpa" };
        var order = new Option<int>("--order") { Description = "n-gram order", DefaultValueFactory = _ => 3 };
        var command = new Command("train-lm", "Build the domain language model (ARPA) from a corpus") { corpus, output, order };
        command.SetAction((parse, ct) =>
        {
            var source = parse.GetValue(corpus)!;
            var files = Directory.Exists(source) ? Directory.EnumerateFiles(source, "*.corpus.txt").Order(StringComparer.Ordinal).ToArray() : [source];
            var sentences = files.SelectMany(File.ReadLines).Select(NgramModel.Tokenize).Where(s => s.Length > 0).ToList();
            var model = NgramModel.Train(sentences, parse.GetValue(order));
            var path = parse.GetValue(output)!;
            using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                model.WriteArpa(writer);
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {sentences.Count} sentences, {model.Vocabulary.Count} words, order {model.Order}"));
            return Task.FromResult(0);
        });
        return command;
    }
}
