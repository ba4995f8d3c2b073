namespace TelesalesQa.Audio.Speech;

/// <summary>Finds speech in one channel. Behind an interface so a neural VAD can replace the energy detector.</summary>
public interface IVoiceActivityDetector
{
    IReadOnlyList<SpeechSegment> Detect(ReadOnlySpan<float> samples, int sampleRate);
}
