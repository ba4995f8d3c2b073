namespace TelesalesQa.Transcription.Engines.PocketSphinx;

/// <summary>Section <c>Transcription:PocketSphinx</c>.</summary>
public sealed record PocketSphinxOptions
{
    public bool Enabled { get; init; } = true;

    /// <summary>Debian's pocketsphinx-en-us: acoustic model folder <c>en-us/</c>, <c>en-us.lm.bin</c> and <c>cmudict-en-us.dict</c>.</summary>
    public string ModelDirectory { get; init; } = "/usr/share/pocketsphinx/model/en-us";

    /// <summary>A telesales domain language model (ARPA) mixed with the stock one; relative paths are from the program's folder. Empty to use the stock model alone.</summary>
    public string? DomainLanguageModel { get; init; } = "models/lm/telesales-en.arpa";

    /// <summary>Extra decoder arguments (e.g. <c>-lw 8</c>), for tuning on a customer's own audio.</summary>
    public string? ExtraArguments { get; init; }

    /// <summary>
    /// The company's own words the stock dictionary lacks (brand and product names), in CMUdict form
    /// (<c>brightnet B R AY T N EH T</c>, one per line); relative paths are from the program's folder.
    /// </summary>
    public string? CustomDictionary { get; init; } = "models/lm/custom-words.dict";

    /// <summary>Weight of the domain model in the mix (0–1).</summary>
    public float DomainWeight { get; init; } = 0.5f;
}
