namespace TelesalesQa.Transcription.Engines.Whisper;

/// <summary>Section <c>Transcription:Whisper</c>: a whisper.cpp ggml model run through Whisper.net.</summary>
public sealed record WhisperOptions
{
    /// <summary>The languages transcribed when <see cref="Languages"/> is not configured.</summary>
    public static readonly IReadOnlyList<string> DefaultLanguages = ["zh", "en"];

    public bool Enabled { get; init; } = true;

    /// <summary>A whisper.cpp ggml model (<c>ggml-base.bin</c>, <c>ggml-small.bin</c>…); relative paths are from the program's folder.</summary>
    public string ModelPath { get; init; } = "models/ggml-base.bin";

    /// <summary>
    /// Language codes this engine takes (<c>zh</c>, <c>en</c>); null means <see cref="DefaultLanguages"/>.
    /// A null default rather than a filled list because configuration binding appends to a list
    /// that already has items, so <c>["en"]</c> in appsettings would give zh, en, en.
    /// </summary>
    public IReadOnlyList<string>? Languages { get; init; }

    /// <summary>CPU threads per transcription; 0 shares the machine's cores among <see cref="MaxConcurrent"/> jobs.</summary>
    public int Threads { get; init; }

    /// <summary>Transcriptions running at once (each holds its own Whisper processor); others wait their turn.</summary>
    public int MaxConcurrent { get; init; } = 1;

    /// <summary>
    /// Whisper's temperature fallback: a segment whose decoding looks unreliable (repetitive or
    /// improbable) is decoded again, hotter, up to five times. Better words on hard audio; turning it
    /// off makes every segment a single pass, which bounds the time a noisy call can take.
    /// </summary>
    public bool TemperatureFallback { get; init; } = true;

    /// <summary>
    /// Let Whisper detect the language of each speech segment instead of using the call's language
    /// (for calls that switch between Mandarin and English). The call language's prompt is still used.
    /// </summary>
    public bool DetectLanguage { get; init; }

    /// <summary>
    /// Initial prompt per language code: domain words Whisper should expect, so it spells product
    /// names and telesales terms the way the conduct rules look for them. Configured entries replace
    /// the defaults key by key.
    /// </summary>
    public IReadOnlyDictionary<string, string> Prompt { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["zh"] = "您好，我是客服专员。理财产品，保险，宽带套餐，信用卡，贷款，利率，收益，保本，风险，优惠活动，办理，退订，不需要，谢谢。",
        ["en"] = "Hello, this is a courtesy call. Broadband, insurance, savings plan, credit card, loan, interest rate, returns, guaranteed, risk, special offer, sign up, cancel, not interested, thank you.",
    };

    /// <summary>The configured languages, or the defaults.</summary>
    public IReadOnlyList<string> EffectiveLanguages => Languages is { Count: > 0 } ? Languages : DefaultLanguages;
}
