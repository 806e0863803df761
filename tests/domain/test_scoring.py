"""The scorer's behaviour, principle by principle, on bundled scenarios."""

from __future__ import annotations

import statistics
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from trainer.content.loader import load_library, load_scenario
from trainer.domain.principles import PRINCIPLE_IDS
from trainer.domain.result import LADDER_LEVELS, Result
from trainer.domain.scenario import Scenario
from trainer.domain.scoring import MAX_SCORED_CHARS, DeliveryMeasures, score_answer
from trainer.domain.scoring.compiled import compiled
from trainer.domain.scoring.weighting import GUARD_WEIGHT, KIND_WEIGHTS
from trainer.domain.text import vietnamese_letter_ratio

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"

STRONG_OPENING_VI = (
    "Trước hết, tôi rất xin lỗi và chia sẻ nỗi lo của các gia đình; sức khỏe của các em là ưu tiên hàng đầu. "
    "Sau bữa trưa hôm qua, 37 em được đưa đến Trung tâm Y tế để theo dõi; 31 em đã ổn định và về nhà, "
    "6 em vẫn đang được theo dõi, không em nào nguy kịch. Nguyên nhân hiện chưa được xác định; mẫu thức ăn lưu "
    "đã được niêm phong để xét nghiệm. Nhà trường sẽ cập nhật trước 17 giờ hôm nay trên trang thông tin chính thức."
)


@pytest.fixture(scope="module")
def vi() -> Scenario:
    return load_scenario(SCENARIOS / "ngo-doc-thuc-pham-ban-tru.json")


@pytest.fixture(scope="module")
def en() -> Scenario:
    return load_scenario(SCENARIOS / "en-exam-marking-error.json")


def status(result: Result, principle: str) -> str:
    return result.principle(principle).status


def assert_evidence_valid(result: Result) -> None:
    for p in result.principles:
        for e in p.evidence:
            assert 0 <= e.start < e.end <= len(result.answer_text), (p.principle, e)
            assert result.answer_text[e.start : e.end] == e.text
            assert e.polarity in ("good", "bad")


# --- the shape of a result ----------------------------------------------------------------


def test_result_lists_every_principle_in_catalog_order(vi: Scenario) -> None:
    r = score_answer(vi, "mo-dau", STRONG_OPENING_VI)
    assert tuple(p.principle for p in r.principles) == PRINCIPLE_IDS
    for p in r.principles:
        if p.status == "not_applicable":
            assert p.score is None and p.weight == 0
        else:
            assert p.score is not None and 0 <= p.score <= 100 and p.weight > 0
            assert p.reason and p.advice
    assert 0 <= r.overall <= 100
    assert_evidence_valid(r)


def test_strong_opening_meets_its_principles_and_reaches_trust(vi: Scenario) -> None:
    r = score_answer(vi, vi.question("mo-dau"), STRONG_OPENING_VI)
    for p in ("empathy", "facts", "honesty_unknowns", "action", "follow_up", "key_messages"):
        assert status(r, p) == "met", (p, r.principle(p).reason)
    assert r.overall >= 85
    assert r.ladder.key == "trusts" and r.ladder.level == 4
    assert r.missing_facts == ()
    assert "suc-khoe-truoc-het" not in r.missing_key_messages


def test_answer_text_is_nfc_and_offsets_index_it(vi: Scenario) -> None:
    nfd = unicodedata.normalize("NFD", STRONG_OPENING_VI)
    r = score_answer(vi, "mo-dau", nfd)
    assert r.answer_text == STRONG_OPENING_VI
    assert_evidence_valid(r)
    assert r.overall == score_answer(vi, "mo-dau", STRONG_OPENING_VI).overall


# --- no stonewalling, negation -------------------------------------------------------------


@pytest.mark.parametrize("text", ["Không bình luận.", "khong binh luan", "Tôi không thể bình luận.", "Miễn bình luận!"])
def test_no_comment_is_stonewalling_with_its_words_as_evidence(vi: Scenario, text: str) -> None:
    r = score_answer(vi, "mo-dau", text)
    p = r.principle("no_stonewalling")
    assert p.status == "missed"
    assert any(e.polarity == "bad" and "luận" in e.text.replace("luan", "luận") for e in p.evidence)
    assert "“" in p.reason  # quotes the trainee's words
    assert r.ladder.key == "none"
    assert r.overall <= 50


def test_negated_blame_is_not_blame(vi: Scenario) -> None:
    r = score_answer(vi, "do-loi", "Chúng tôi không đổ lỗi cho ai khi chưa có kết luận.")
    p = r.principle("respect")
    assert p.status == "met"
    assert any(e.polarity == "good" and e.text.startswith("không") for e in p.evidence)
    blamed = score_answer(vi, "do-loi", "Lỗi là của công ty suất ăn, họ cẩu thả.")
    assert blamed.principle("respect").status == "missed"


def test_refusing_to_speculate_is_honest_but_guessing_is_not(vi: Scenario) -> None:
    honest = score_answer(vi, "doan-mo", "Tôi không muốn phỏng đoán; chúng tôi đang chờ kết quả xét nghiệm.")
    assert status(honest, "honesty_unknowns") == "met"
    guess = score_answer(vi, "doan-mo", "Có lẽ là do món thịt kho trứng.")
    assert status(guess, "honesty_unknowns") == "missed"
    assert any(e.polarity == "bad" for e in guess.principle("honesty_unknowns").evidence)


def test_asserting_an_unconfirmed_fact_is_flagged_but_hedging_it_is_not(vi: Scenario) -> None:
    asserted = score_answer(vi, "nguyen-nhan", "Nguyên nhân là hộp sữa chua.")
    assert status(asserted, "honesty_unknowns") == "missed"
    hedged = score_answer(vi, "nguyen-nhan", "Thông tin về hộp sữa chua chưa được xác minh; chúng tôi chờ kết luận.")
    assert status(hedged, "honesty_unknowns") == "met"


def test_off_the_record_accepted_or_refused(vi: Scenario) -> None:
    accepted = score_answer(vi, "noi-rieng", "Nói riêng thì công ty đó là chỗ quen.")
    assert status(accepted, "no_stonewalling") == "missed"
    refused = score_answer(vi, "noi-rieng", "Tôi không nói riêng với báo chí; mọi điều tôi nói đều là chính thức.")
    assert status(refused, "no_stonewalling") == "met"


def test_reasoned_refusal_is_fine_but_a_bare_one_is_not(vi: Scenario) -> None:
    reasoned = score_answer(
        vi, "ten-lop", "Tôi không thể cung cấp tên các em; đó là thông tin riêng tư được pháp luật bảo vệ."
    )
    assert status(reasoned, "no_stonewalling") == "met"
    assert status(reasoned, "privacy") == "met"
    bare = score_answer(vi, "ten-lop", "Tôi không cung cấp.")
    assert status(bare, "no_stonewalling") == "missed"


# --- facts and numbers ---------------------------------------------------------------------


def test_number_words_and_digits_both_match_the_fact_sheet(vi: Scenario) -> None:
    words = score_answer(
        vi, "mo-dau", "Có ba mươi bảy em được đưa đi khám; ba mươi mốt em đã về nhà; sáu em còn theo dõi."
    )
    assert status(words, "facts") == "met"
    digits = score_answer(vi, "mo-dau", "Có 37 em được đưa đi khám; 31 em đã về nhà; 6 em còn theo dõi.")
    assert status(digits, "facts") == "met"


def test_a_wrong_figure_contradicts_the_fact_sheet(vi: Scenario) -> None:
    r = score_answer(vi, "mo-dau", "Có 50 em phải nhập viện.")
    p = r.principle("facts")
    assert p.status == "missed"
    assert any(e.polarity == "bad" and e.text.startswith("50") for e in p.evidence)
    assert "37" in p.reason


def test_approximate_figure_within_range_is_not_a_contradiction(vi: Scenario) -> None:
    r = score_answer(vi, "mo-dau", "Khoảng 40 em được đưa đến trung tâm y tế.")
    assert not any(e.polarity == "bad" for e in r.principle("facts").evidence)


def test_a_breach_brings_in_a_principle_the_question_did_not_ask_for(vi: Scenario) -> None:
    question = vi.question("ngay-mai")
    assert "facts" not in question.principles
    clean = score_answer(vi, question, "Từ ngày mai bếp của trường nấu bữa trưa.")
    assert status(clean, "facts") == "not_applicable"
    wrong = score_answer(vi, question, "Từ ngày mai bếp của trường nấu, vì 50 em đã phải nhập viện.")
    assert status(wrong, "facts") == "missed"


def test_missing_key_messages_and_facts_are_those_of_the_model_answer(vi: Scenario) -> None:
    r = score_answer(vi, "mo-dau", "Chúng tôi rất lo lắng cho các em.")
    assert "suc-khoe-truoc-het" in r.missing_key_messages
    assert {"so-hoc-sinh-di-vien", "da-xuat-vien", "con-theo-doi"} <= set(r.missing_facts)
    confirmed = {f.id for f in vi.facts if f.confirmed}
    assert set(r.missing_facts) <= confirmed


# --- privacy -------------------------------------------------------------------------------


def test_naming_a_pupil_or_class_breaks_privacy_and_caps_the_score(vi: Scenario) -> None:
    r = score_answer(vi, "ten-lop", "Các em học lớp 3A2, có em Nguyễn Văn An đang truyền dịch.")
    p = r.principle("privacy")
    assert p.status == "missed"
    assert {e.text for e in p.evidence if e.polarity == "bad"} >= {"lớp 3A2"}
    assert r.overall <= 35
    otherwise_good = score_answer(
        vi,
        "ten-lop",
        "Tôi hiểu câu hỏi của chị. Điều tôi có thể nói là 6 em đang được theo dõi, không em nào nguy kịch; "
        "nhà trường cập nhật trên đường dây nóng hôm nay. Các em ở lớp 3A2.",
    )
    assert status(otherwise_good, "privacy") == "missed"
    assert otherwise_good.overall == 35
    assert any("35" in n for n in otherwise_good.notices)


def test_a_capitalised_name_after_em_is_caught_without_a_scenario_list(vi: Scenario) -> None:
    r = score_answer(vi, "ten-lop", "Em Lan và em Hoa vẫn đang được theo dõi.")
    assert status(r, "privacy") == "missed"


# --- question-aware weighting --------------------------------------------------------------


def test_weights_follow_the_question_kind(vi: Scenario) -> None:
    emotional = score_answer(vi, "cam-xuc-phu-huynh", "Tôi hiểu nỗi lo của phụ huynh.")
    assert emotional.principle("empathy").weight == KIND_WEIGHTS["emotional"]["empathy"]
    assert emotional.principle("empathy").weight > emotional.principle("respect").weight
    cause = score_answer(vi, "nguyen-nhan", "Chúng tôi chưa biết nguyên nhân.")
    assert status(cause, "empathy") == "not_applicable"
    assert cause.principle("honesty_unknowns").weight == KIND_WEIGHTS["cause"]["honesty_unknowns"]
    off = score_answer(vi, "noi-rieng", "Mọi điều tôi nói đều là chính thức.")
    assert off.principle("no_stonewalling").weight == KIND_WEIGHTS["off_the_record"]["no_stonewalling"]
    assert status(off, "bridging") != "not_applicable"
    assert cause.principle("privacy").weight == GUARD_WEIGHT


def test_bridging_applies_to_trap_questions_only(vi: Scenario) -> None:
    trap = score_answer(vi, "doan-mo", "Tôi hiểu. Điều tôi có thể nói là nhà trường sẽ công bố ngay khi có kết luận.")
    assert status(trap, "bridging") == "met"
    plain = score_answer(vi, "ngay-mai", "Điều tôi có thể nói là bếp của trường sẽ nấu.")
    assert status(plain, "bridging") == "not_applicable"


# --- timeliness and delivery ---------------------------------------------------------------


def test_timeliness_needs_a_latency(vi: Scenario) -> None:
    typed = score_answer(vi, "mo-dau", STRONG_OPENING_VI)
    assert status(typed, "timeliness") == "not_applicable"
    assert status(score_answer(vi, "mo-dau", STRONG_OPENING_VI, latency_s=1.5), "timeliness") == "met"
    assert status(score_answer(vi, "mo-dau", STRONG_OPENING_VI, latency_s=3.5), "timeliness") == "partly"
    slow = score_answer(vi, "mo-dau", STRONG_OPENING_VI, latency_s=8.0)
    assert status(slow, "timeliness") == "missed"
    assert "8" in slow.principle("timeliness").reason


def test_bad_latency_values_are_ignored(vi: Scenario) -> None:
    for bad in (float("nan"), float("inf"), -1.0):
        assert status(score_answer(vi, "mo-dau", "Xin chào.", latency_s=bad), "timeliness") == "not_applicable"


def test_delivery_needs_measures_and_judges_pace_fillers_pauses(vi: Scenario, en: Scenario) -> None:
    assert status(score_answer(vi, "mo-dau", STRONG_OPENING_VI), "delivery") == "not_applicable"
    good = DeliveryMeasures(
        onset_latency_s=1.0, speaking_time_s=30, syllables_per_minute=220, filler_ratio=0.01, pauses_long=0
    )
    r = score_answer(vi, "mo-dau", STRONG_OPENING_VI, delivery=good)
    assert status(r, "delivery") == "met"
    assert status(r, "timeliness") == "met"  # the onset latency stands in for latency_s
    bad = DeliveryMeasures(speaking_time_s=30, syllables_per_minute=330, filler_ratio=0.12, pauses_long=6)
    rb = score_answer(vi, "mo-dau", STRONG_OPENING_VI, delivery=bad)
    assert status(rb, "delivery") == "missed"
    assert "330" in rb.principle("delivery").reason
    english = score_answer(
        en, "opening", "We are sorry.", delivery=DeliveryMeasures(words_per_minute=140, filler_ratio=0.0)
    )
    assert status(english, "delivery") == "met"


# --- language, length, caps ----------------------------------------------------------------


def test_reasons_and_advice_are_in_the_scenario_language(vi: Scenario, en: Scenario) -> None:
    rv = score_answer(vi, "mo-dau", "Không bình luận.")
    re_ = score_answer(en, "opening", "No comment.")
    for p in rv.principles:
        if p.status != "not_applicable":
            assert vietnamese_letter_ratio(p.reason + p.advice) > 0.03, p.principle
    for p in re_.principles:
        if p.status != "not_applicable":
            assert vietnamese_letter_ratio(p.reason + p.advice) < 0.01, p.principle
    assert re_.language == "en" and rv.language == "vi"


def test_rambling_answer_is_not_concise(en: Scenario) -> None:
    ramble = " ".join(["We are looking at all of the various different aspects of this situation very carefully."] * 40)
    r = score_answer(en, "when-corrected", ramble)
    assert status(r, "concise") == "missed"
    assert "s" in r.principle("concise").reason


def test_very_long_answer_is_capped_with_a_notice(vi: Scenario) -> None:
    long_text = "Chúng tôi rất lo lắng cho các em. " * 2000
    r = score_answer(vi, "mo-dau", long_text)
    assert len(long_text) > MAX_SCORED_CHARS
    assert r.answer_text == long_text
    assert any(str(MAX_SCORED_CHARS)[:1] in n and "5.000" in n for n in r.notices)
    assert all(e.end <= MAX_SCORED_CHARS for p in r.principles for e in p.evidence)
    assert status(r, "concise") == "missed"


def test_empty_answer_scores_zero(vi: Scenario) -> None:
    for text in ("", "   \n\t", "\u200b\u200b"):
        r = score_answer(vi, "mo-dau", text)
        assert r.overall == 0
        assert status(r, "no_stonewalling") == "missed"
        assert status(r, "respect") == "not_applicable"
        assert r.ladder.level == 0


def test_english_answer_to_a_vietnamese_scenario_gets_a_notice(vi: Scenario) -> None:
    r = score_answer(vi, "mo-dau", "We are very sorry, thirty seven pupils went to hospital and we will update you.")
    assert r.notices


def test_english_words_mixed_into_vietnamese_are_understood(vi: Scenario) -> None:
    r = score_answer(vi, "mo-dau", "No comment, anh hỏi người khác đi.")
    assert status(r, "no_stonewalling") == "missed"
    follow = score_answer(vi, "ket-thuc", "Nhà trường sẽ cập nhật trên fanpage và hotline trước 17 giờ hôm nay.")
    assert status(follow, "follow_up") == "met"


# --- ladder ---------------------------------------------------------------------------------


def test_ladder_rungs(vi: Scenario) -> None:
    knows = score_answer(vi, "mo-dau", "Có 37 em được đưa đến trung tâm y tế. Chắc là do sữa chua.")
    assert knows.ladder.key == LADDER_LEVELS[0]
    understands = score_answer(vi, "mo-dau", "Có 37 em được đưa đến trung tâm y tế; nguyên nhân chưa được xác định.")
    assert understands.ladder.key == LADDER_LEVELS[1]
    cares = score_answer(
        vi,
        "mo-dau",
        "Tôi rất lo lắng cho các em. Có 37 em được đưa đến trung tâm y tế; nguyên nhân chưa được xác định.",
    )
    assert cares.ladder.key == LADDER_LEVELS[2]
    for r in (knows, understands, cares):
        assert r.ladder.sentence.count(".") <= 2 and r.ladder.sentence


# --- engine mechanics ----------------------------------------------------------------------


def test_compiled_scenarios_are_cached_by_content(vi: Scenario) -> None:
    assert compiled(vi) is compiled(vi)
    changed = replace(vi, content_hash="other", lexicon={"stonewalling": ("để sau hẵng hay",)})
    assert compiled(changed) is not compiled(vi)
    assert status(score_answer(changed, "mo-dau", "Để sau hẵng hay."), "no_stonewalling") == "missed"


def test_scenario_lexicon_extends_the_built_in_lists(vi: Scenario) -> None:
    base = score_answer(vi, "ket-thuc", "Phụ huynh theo dõi nhóm Cùng Con Hòa An.")
    extended = replace(vi, content_hash="with-channel", lexicon={"follow_up": ("nhóm Cùng Con Hòa An",)})
    more = score_answer(extended, "ket-thuc", "Phụ huynh theo dõi nhóm Cùng Con Hòa An.")
    assert (more.principle("follow_up").score or 0) > (base.principle("follow_up").score or 0)


def test_model_answers_of_every_bundled_scenario_score_well() -> None:
    overall: list[int] = []
    for report in load_library([SCENARIOS]):
        if report.scenario is None:
            continue
        for q in report.scenario.questions:
            r = score_answer(report.scenario, q, q.model_answer)
            assert "scorer_error" not in r.notices
            assert_evidence_valid(r)
            overall.append(r.overall)
    assert len(overall) >= 50
    assert statistics.median(overall) >= 85
    assert min(overall) >= 50


def test_a_guessed_cause_is_not_credited_as_a_hedged_unconfirmed_fact(vi: Scenario) -> None:
    text = "Có lẽ là do hộp sữa chua, nhưng chúng tôi đang chờ kết quả xét nghiệm."
    result = score_answer(vi, vi.question("mo-dau"), text)
    honesty = result.principle("honesty_unknowns")
    assert honesty.status == "missed"
    yoghurt = [e for e in honesty.evidence if e.text == "sữa chua"]
    assert yoghurt and all(e.polarity == "bad" for e in yoghurt)
    # The same fact named as still unknown is fine.
    careful = score_answer(vi, vi.question("mo-dau"), "Chúng tôi chưa biết có phải do hộp sữa chua hay không.")
    assert all(e.polarity == "good" for e in careful.principle("honesty_unknowns").evidence if e.text == "sữa chua")
