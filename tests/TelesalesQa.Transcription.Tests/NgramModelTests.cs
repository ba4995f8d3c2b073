using System.Globalization;
using TelesalesQa.Transcription.LanguageModel;

namespace TelesalesQa.Transcription.Tests;

public sealed class NgramModelTests
{
    // Corpus "a b", "a b", "b" as a bigram model. Worked by hand:
    //   bigram counts  <s> a:2  a b:2  b </s>:3  <s> b:1   → n1=1, n2=2, D2 = 1/(1+2·2) = 0.2
    //   unigram continuation counts  a:1 ({<s>})  b:2 ({<s>, a})  </s>:1 ({b})  → P1 = .25 .5 .25
    //   P(a|<s>) = (2−.2)/3 + (.2·2/3)·.25 = .633333      P(b|<s>) = (1−.2)/3 + (.2·2/3)·.5 = .333333
    //   P(b|a)   = (2−.2)/2 + (.2·1/2)·.5  = .95          P(</s>|b) = (3−.2)/3 + (.2/3)·.25 = .95
    //   backoff(a) = (1 − .95)/(1 − .5) = .1 → P(a|a) = .1·.25 = .025
    //   backoff(<s>) = (1 − .966667)/(1 − .75) = .133333 → P(</s>|<s>) = .033333
    private static NgramModel Tiny() => NgramModel.Train([["a", "b"], ["a", "b"], ["b"]], order: 2);

    [Theory]
    [InlineData("a", "<s>", 0.633333)]
    [InlineData("b", "<s>", 0.333333)]
    [InlineData("b", "a", 0.95)]
    [InlineData("</s>", "b", 0.95)]
    [InlineData("a", "a", 0.025)]
    [InlineData("</s>", "a", 0.025)]
    [InlineData("</s>", "<s>", 0.033333)]
    public void Probability_MatchesHandComputedKneserNey(string word, string previous, double expected)
    {
        Assert.Equal(expected, Tiny().Probability(word, previous), 5);
    }

    [Fact]
    public void Discounts_FollowTheCountOfCounts()
    {
        Assert.Equal(0.2, Tiny().Discounts[2], 10);
    }

    [Theory]
    [InlineData("<s>")]
    [InlineData("a")]
    [InlineData("b")]
    public void Probabilities_SumToOne_ForEveryContext_OfTheTinyModel(string previous)
    {
        var model = Tiny();
        Assert.Equal(1.0, model.Vocabulary.Sum(w => model.Probability(w, previous)), 9);
    }

    [Fact]
    public void Probabilities_SumToOne_InATrigramModel_ForSeenAndUnseenContexts()
    {
        var random = new Random(7);
        var words = Enumerable.Range(0, 12).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var sentences = Enumerable.Range(0, 200).Select(_ => Enumerable.Range(0, random.Next(1, 8)).Select(_ => words[random.Next(words.Length)]).ToArray()).ToList();
        var model = NgramModel.Train(sentences, order: 3);
        foreach (var history in new[] { new[] { "<s>" }, new[] { "<s>", "w1" }, new[] { "w3", "w4" }, new[] { "w11", "w11" }, new[] { "w2" } })
        {
            var sum = model.Vocabulary.Sum(w => model.Probability(w, history));
            Assert.Equal(1.0, sum, 6);
        }
    }

    [Fact]
    public void WriteArpa_WritesHeaderCountsLogProbabilitiesAndBackoffs()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        Tiny().WriteArpa(writer);
        var arpa = writer.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("\\data\\", arpa[0]);
        Assert.Contains("ngram 1=4", arpa);
        Assert.Contains("ngram 2=4", arpa);
        Assert.Contains("-99.000000\t<s>\t" + Math.Log10(2 / 15.0).ToString("0.000000", CultureInfo.InvariantCulture), arpa);
        Assert.Contains(arpa, l => l.StartsWith(Math.Log10(0.95).ToString("0.000000", CultureInfo.InvariantCulture) + "\ta b", StringComparison.Ordinal));
        Assert.Equal("\\end\\", arpa.Last(l => l.Length > 0));
    }

    [Fact]
    public void Tokenize_LowercasesAndKeepsApostrophes()
    {
        Assert.Equal(["i'm", "not", "interested", "thanks"], NgramModel.Tokenize("I'm not interested, THANKS!"));
    }
}
