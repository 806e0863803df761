"""Choosing voices: by language first (never English for Vietnamese), then accent and gender,
distinct per journalist. A fake voice list is enough here: the chooser is pure; the same
rules run against espeak-ng's real voice list in test_pyttsx3_engine.py."""

from __future__ import annotations

import pytest

from trainer.domain.scenario import Journalist, Voice
from trainer.speech.engine import NoVoice, SpeechStatus, VoiceInfo, language_of
from trainer.speech.voices import accent_of, choose_voices, guess_language


def _espeak_like() -> list[VoiceInfo]:
    voices = [VoiceInfo("gmw/en", "English (Great Britain)", "en-gb", "male")]
    for tag, name in (("vi", "Northern"), ("vi-vn-x-central", "Central"), ("vi-vn-x-south", "Southern")):
        base = f"aav/{tag}"
        voices.append(VoiceInfo(base, f"Vietnamese ({name})", tag, "male"))
        voices += [VoiceInfo(f"{base}+{v}", f"Vietnamese ({name}) +{v}", tag, "female") for v in ("f3", "f4")]
    voices.append(VoiceInfo("gmw/en-us", "English (America)", "en-us", "female"))
    return voices


def _j(jid: str, gender: str | None = None, accent: str | None = None, rate: float = 1.0, pitch: float = 0.0):
    return Journalist(jid, jid, "Báo", "neutral", Voice(gender, accent, rate, pitch))


def test_vietnamese_never_gets_an_english_voice() -> None:
    journalists = [_j(f"j{i}", g, a) for i, (g, a) in enumerate([("female", "neutral"), ("male", None)] * 4)]
    plan = choose_voices(journalists, "vi", _espeak_like())
    assert {language_of(c.language) for c in plan.values()} == {"vi"}
    assert all(c.voice_id.startswith("aav/vi") for c in plan.values())


def test_accent_and_gender_pick_the_matching_voice() -> None:
    plan = choose_voices(
        [_j("a", "female", "north"), _j("b", "male", "central"), _j("c", "female", "south")], "vi", _espeak_like()
    )
    assert plan["a"].voice_id in ("aav/vi+f3", "aav/vi+f4")
    assert plan["b"].voice_id == "aav/vi-vn-x-central"
    assert plan["c"].voice_id.startswith("aav/vi-vn-x-south+f")


def test_journalists_alike_get_different_voices_while_voices_remain() -> None:
    plan = choose_voices([_j("a", "female", "north"), _j("b", "female", "north")], "vi", _espeak_like())
    assert plan["a"].voice_id != plan["b"].voice_id
    assert accent_of(VoiceInfo(plan["b"].voice_id, "Vietnamese (Northern)", "vi")) == "north"


def test_journalists_sharing_the_only_voice_differ_in_pitch_or_rate() -> None:
    only = [VoiceInfo("MSTTS_V110_viVN_An", "Microsoft An - Vietnamese (Vietnam)", "vi-vn", "male")]
    journalists = [_j(x, "female", "north") for x in "abcd"]
    plan = choose_voices(journalists, "vi", only, supports_pitch=True)
    assert len({(c.voice_id, c.rate, c.pitch) for c in plan.values()}) == 4
    plan = choose_voices(journalists, "vi", only, supports_pitch=False)
    assert len({c.rate for c in plan.values()}) == 4  # pitch would be inaudible: rates differ
    assert all(c.pitch == 0.0 and 0.5 <= c.rate <= 2.0 for c in plan.values())


def test_the_scenario_rate_and_the_user_setting_multiply_and_are_clamped() -> None:
    plan = choose_voices([_j("a", rate=1.2), _j("b", rate=1.8, pitch=-0.2)], "vi", _espeak_like(), base_rate=1.5)
    assert plan["a"].rate == pytest.approx(1.8)
    assert plan["b"].rate == 2.0
    assert plan["b"].pitch == pytest.approx(-0.2)


def test_no_vietnamese_voice_raises_a_typed_error_the_ui_can_show() -> None:
    english_only = [v for v in _espeak_like() if v.language.startswith("en")]
    with pytest.raises(NoVoice) as info:
        choose_voices([_j("a", "female", "north")], "vi", english_only, engine="pyttsx3")
    err = info.value
    assert (err.reason, err.language, err.engine) == ("no_voice", "vi", "pyttsx3")
    assert err.available_languages == ("en",)
    status = SpeechStatus.from_error(err)
    assert status.text_only and status.needs_notice and status.reason == "no_voice" and status.language == "vi"


def test_english_scenario_gets_english_voices() -> None:
    plan = choose_voices([_j("a", "female", "neutral"), _j("b", "male", "neutral")], "en", _espeak_like())
    assert plan["a"].voice_id == "gmw/en-us" and plan["b"].voice_id == "gmw/en"


@pytest.mark.parametrize(
    ("voice_id", "name", "languages", "expected"),
    [
        ("aav/vi-vn-x-south", "Vietnamese (Southern)", ["vi-vn-x-south"], "vi-vn-x-south"),
        ("com.apple.voice.compact.vi-VN.Linh", "Linh", ["vi_VN"], "vi-vn"),
        ("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Speech\\Voices\\Tokens\\X", "Some voice", ["42a"], "vi-vn"),
        (
            "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Speech_OneCore\\Voices\\Tokens\\MSTTS_V110_viVN_An",
            "Microsoft An - Vietnamese (Vietnam)",
            [],
            "vi-vn",
        ),
        ("TTS_MS_EN-US_ZIRA_11.0", "Microsoft Zira Desktop - English (United States)", [], "en-us"),
        ("voice-7", "Giọng Tiếng Việt", [], "vi"),
        ("voice-8", "Robot", [], ""),
    ],
)
def test_language_is_read_from_what_each_platform_reports(
    voice_id: str, name: str, languages: list[str], expected: str
) -> None:
    assert guess_language(voice_id, name, languages) == expected
