using TelesalesQa.Core.Calls;
using TelesalesQa.Transcription.Evaluation;

namespace TelesalesQa.Transcription.Tests;

public sealed class ErrorRateTests
{
    [Theory]
    [InlineData("the cat sat", "the cat sat", 0, 3)]
    [InlineData("the cat sat", "the bat sat", 1, 3)]       // substitution
    [InlineData("the cat sat", "the cat", 1, 3)]           // deletion
    [InlineData("the cat sat", "the cat sat down", 1, 3)]  // insertion
    [InlineData("The CAT, sat!", "the cat sat", 0, 3)]     // case and punctuation do not count
    [InlineData("a b c d", "", 4, 4)]
    [InlineData("Is this Mrs Patel? There's no rush.", "is this missus patel there is no rush", 0, 8)] // written and spoken forms score alike
    public void Count_IsTheWordEditDistance_ForEnglish(string reference, string hypothesis, int errors, int length)
    {
        Assert.Equal(new ErrorCount(errors, length), ErrorRate.Count(reference, hypothesis, Language.En));
    }

    [Fact]
    public void Count_IsTheCharacterEditDistance_ForChinese_AcrossScripts()
    {
        // 穩賺不賠 is the same characters as 稳赚不赔 once folded; 陪 for 赔 is one substitution.
        Assert.Equal(new ErrorCount(0, 4), ErrorRate.Count("稳赚不赔", "穩賺不賠", Language.Zh));
        Assert.Equal(new ErrorCount(1, 6), ErrorRate.Count("这个稳赚不赔", "这个稳赚不陪！", Language.Zh));
    }

    [Fact]
    public void Rate_SumsOverFiles_ByErrorsNotByAveragingRates()
    {
        var total = new ErrorCount(1, 10) + new ErrorCount(3, 10);
        Assert.Equal(0.2, total.Rate, 10);
    }
}
