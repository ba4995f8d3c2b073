namespace TelesalesQa.Core.Calls;

/// <summary>The language of a call. Chinese covers both Simplified and Traditional script.</summary>
public enum Language
{
    Zh = 0,
    En = 1,
}

public static class LanguageCodes
{
    public static string ToCode(this Language language) => language == Language.En ? "en" : "zh";

    public static bool TryParse(string? code, out Language language)
    {
        var c = code?.Trim().ToLowerInvariant() ?? "";
        if (c is "zh" or "cmn" or "zh-cn" or "zh-tw" or "zh-hk" or "zh-hans" or "zh-hant" or "chinese" or "mandarin")
        {
            language = Language.Zh;
            return true;
        }

        if (c is "en" or "en-us" or "en-gb" or "english")
        {
            language = Language.En;
            return true;
        }

        language = Language.Zh;
        return false;
    }
}
