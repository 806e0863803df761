"""Text-to-speech: engines, voice choice, the audio cache, playback and the facade the UI uses (see docs/speech.md)."""
