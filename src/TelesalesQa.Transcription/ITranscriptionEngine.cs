using TelesalesQa.Audio.Speech;
using TelesalesQa.Core.Calls;
using TelesalesQa.Core.Transcripts;

namespace TelesalesQa.Transcription;

/// <summary>
/// A speech engine. Engines are singletons (models are expensive to load); per-call state lives in
/// <see cref="Transcribe"/>. An engine that is not installed says exactly what is missing.
/// </summary>
public interface ITranscriptionEngine
{
    /// <summary>Short name used in configuration and stored as the transcript's source, e.g. <c>pocketsphinx</c>.</summary>
    string Name { get; }

    bool Supports(Language language);

    /// <summary>Null when ready; otherwise what to install or put where, in words an administrator can act on.</summary>
    string? Unavailable { get; }

    /// <summary>Transcribes each speaker of the prepared audio over its speech segments and merges the turns in time order.</summary>
    Transcript Transcribe(PreparedAudio audio, Language language, CancellationToken cancellationToken);
}
