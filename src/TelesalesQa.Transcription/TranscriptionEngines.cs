using TelesalesQa.Core.Calls;

namespace TelesalesQa.Transcription;

/// <summary>Picks the engine for a call's language: the first configured engine that supports it and is installed.</summary>
public sealed class TranscriptionEngines(IEnumerable<ITranscriptionEngine> engines)
{
    private readonly ITranscriptionEngine[] _engines = engines.ToArray();

    public IReadOnlyList<ITranscriptionEngine> All => _engines;

    /// <summary>The engine named (if installed and it serves the language), else the first ready one for the language; null with the reason otherwise.</summary>
    public ITranscriptionEngine? Pick(Language language, string? name, out string? reason)
    {
        if (name is null)
        {
            return For(language, out reason);
        }

        var engine = _engines.FirstOrDefault(e => e.Name == name);
        reason = engine is null ? $"no engine named {name}"
            : engine.Unavailable is { } why ? $"{name}: {why}"
            : !engine.Supports(language) ? $"{name} does not serve language {language.ToCode()}"
            : null;
        return reason is null ? engine : null;
    }

    /// <summary>The engine to use, or null with the reason (naming what would fix it) when there is none.</summary>
    public ITranscriptionEngine? For(Language language, out string? reason)
    {
        var candidates = _engines.Where(e => e.Supports(language)).ToArray();
        var ready = candidates.FirstOrDefault(e => e.Unavailable is null);
        if (ready is not null)
        {
            reason = null;
            return ready;
        }

        var why = candidates.Length == 0
            ? "no engine is configured for it"
            : string.Join("; ", candidates.Select(e => $"{e.Name}: {e.Unavailable}"));
        reason = $"no speech engine for language {language.ToCode()} ({why})";
        return null;
    }
}
