"""The principle catalog: every stable id described in both languages, with sources."""

from __future__ import annotations

from trainer.domain.catalog import CATALOG, PRINCIPLES, THRESHOLDS, principle, threshold
from trainer.domain.principles import PRINCIPLE_IDS


def test_every_principle_id_has_an_entry_in_order() -> None:
    assert tuple(p.id for p in PRINCIPLES) == PRINCIPLE_IDS
    assert set(CATALOG) == set(PRINCIPLE_IDS)


def test_entries_have_names_descriptions_sources_and_advice_in_both_languages() -> None:
    for p in PRINCIPLES:
        for text in (p.name_vi, p.name_en, p.description_vi, p.description_en, p.source, p.advice_vi, p.advice_en):
            assert text.strip(), p.id
        assert p.name("vi") == p.name_vi and p.name("en") == p.name_en
        assert p.advice("vi") != p.advice("en")


def test_vietnamese_texts_are_vietnamese_and_english_ones_are_not() -> None:
    from trainer.domain.text import vietnamese_letter_ratio

    for p in PRINCIPLES:
        assert vietnamese_letter_ratio(p.description_vi) > 0.03, p.id
        assert vietnamese_letter_ratio(p.description_en) < 0.02, p.id


def test_only_timeliness_and_delivery_are_automatic() -> None:
    assert {p.id for p in PRINCIPLES if p.automatic} == {"timeliness", "delivery"}


def test_thresholds_carry_their_sources() -> None:
    for t in THRESHOLDS.values():
        assert t.source.strip() and t.meaning.strip() and t.unit.strip(), t.id
    assert threshold("latency_good_s") == 2.0
    assert threshold("latency_bad_s") == 5.0
    assert threshold("message_words") == 27
    assert threshold("message_seconds") == 9
    assert threshold("key_messages_max") == 3
    assert threshold("summary_seconds") == 20
    assert threshold("pause_medium_s") == 0.5
    assert threshold("pause_long_s") == 1.0
    assert threshold("filler_ratio_ok") == 0.04
    assert "Ziano" in THRESHOLDS["latency_good_s"].source
    assert "Covello" in THRESHOLDS["message_words"].source


def test_sources_name_the_reference_material() -> None:
    assert "CERC" in principle("empathy").source
    assert "Luật Trẻ em" in principle("privacy").source
    assert "Ziano" in principle("timeliness").source
