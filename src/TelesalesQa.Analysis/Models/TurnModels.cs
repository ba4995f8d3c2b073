namespace TelesalesQa.Analysis.Models;

/// <summary>The trained classifiers found in a models folder (any may be missing: its detector then falls back to the rule layer).</summary>
public sealed class TurnModels
{
    private readonly Dictionary<string, TurnClassifier> _byTask;

    public TurnModels(IEnumerable<TurnClassifier> classifiers) => _byTask = classifiers.ToDictionary(c => c.Task.Name, StringComparer.Ordinal);

    public static TurnModels None { get; } = new([]);

    public TurnClassifier? this[TurnTask task] => _byTask.GetValueOrDefault(task.Name);

    public int Count => _byTask.Count;

    /// <summary>Loads every <c>TASK.zip</c> present in <paramref name="folder"/>.</summary>
    public static TurnModels LoadFrom(string folder)
    {
        var found = TurnTask.All
            .Select(t => (Task: t, Path: Path.Combine(folder, t.ModelFile)))
            .Where(x => File.Exists(x.Path))
            .Select(x => TurnClassifier.Load(x.Task, x.Path));
        return new TurnModels(found);
    }

    /// <summary>The models shipped with the program (copied beside it under models/).</summary>
    public static TurnModels Shipped { get; } = LoadFrom(Path.Combine(AppContext.BaseDirectory, "models"));
}
