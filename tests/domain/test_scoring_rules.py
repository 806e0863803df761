"""Rules settled after the documentation review: missing facts and the facts reason agree,
unaccented Vietnamese is Vietnamese, stonewalling in all its forms (and its disavowal),
loaded words as whole words, and a denial of an unconfirmed claim is a claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.content.loader import load_scenario
from trainer.domain.interview import condition_holds
from trainer.domain.scenario import Scenario
from trainer.domain.scoring import score_answer
from trainer.domain.scoring.language import guess_language
from trainer.domain.text import strip_diacritics

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


@pytest.fixture(scope="module")
def food() -> Scenario:
    return load_scenario(SCENARIOS / "ngo-doc-thuc-pham-ban-tru.json")


@pytest.fixture(scope="module")
def fees() -> Scenario:
    return load_scenario(SCENARIOS / "lam-thu-dau-nam-hoc.json")


@pytest.fixture(scope="module")
def marking() -> Scenario:
    return load_scenario(SCENARIOS / "en-exam-marking-error.json")


# --- 2. a numeric fact named without its figure is missing, in the reason and the result -----


def test_fact_named_without_its_figure_is_missing_everywhere(food: Scenario) -> None:
    text = "Tôi rất xin lỗi các gia đình. 37 em được đưa đến trung tâm y tế, các em đã về nhà, 6 em vẫn được theo dõi."
    r = score_answer(food, "mo-dau", text)
    facts = r.principle("facts")
    assert "da-xuat-vien" in r.missing_facts
    assert "31 em đã ổn định" in facts.reason and "chưa nêu con số" in facts.reason
    assert "2/3" in facts.reason  # two expected facts given in full, not "3/3"
    assert facts.status == "met" and facts.score == 83  # half credit for the named fact stays
    full = score_answer(food, "mo-dau", text.replace("các em đã về nhà", "31 em đã về nhà"))
    assert "da-xuat-vien" not in full.missing_facts


def test_every_fact_the_reason_lists_as_missing_is_in_missing_facts(food: Scenario, fees: Scenario) -> None:
    for scenario, question, text in (
        (food, "mo-dau", "Các em đã được đưa đi viện, nhiều em đã xuất viện và vẫn tiếp tục theo dõi."),
        (fees, "mo-dau", "Bảng thu là thật; có những khoản không đúng quy định."),
    ):
        r = score_answer(scenario, question, text)
        for fact_id in scenario.question(question).expected_facts:
            label = scenario.fact(fact_id).text.rstrip(".")[:40]
            if label in r.principle("facts").reason:
                assert fact_id in r.missing_facts, (fact_id, r.principle("facts").reason)


def test_fact_missing_follow_up_fires_when_only_the_topic_is_named(fees: Scenario) -> None:
    question = fees.question("mo-dau")
    follow = next(f for f in question.follow_ups if f.when.fact_missing == "nam-khoan-sai")
    vague = score_answer(fees, question, "Nhà trường xác nhận bảng 12 khoản là thật; một số khoản không đúng quy định.")
    assert condition_holds(follow.when, vague)
    precise = score_answer(fees, question, "Nhà trường xác nhận bảng 12 khoản là thật; 5 khoản không đúng quy định.")
    assert not condition_holds(follow.when, precise)


def test_a_fact_the_model_answer_only_names_is_given_by_naming_it(food: Scenario) -> None:
    # The model answer to "do-loi" mentions the meals ("suất ăn") without their number.
    named = score_answer(food, "do-loi", "Hồ sơ chọn đơn vị cung cấp suất ăn đã được giao cho đoàn kiểm tra.")
    assert "so-suat-an" not in named.missing_facts
    silent = score_answer(food, "do-loi", "Hồ sơ chọn đơn vị đã được giao cho đoàn kiểm tra.")
    assert "so-suat-an" in silent.missing_facts


# --- 3. Vietnamese typed without diacritics is Vietnamese --------------------------------------

UNACCENTED = "Chung toi rat tiec, 37 em da duoc dua den trung tam y te va nha truong se cap nhat chieu nay."


def test_unaccented_vietnamese_gets_no_language_notice(food: Scenario) -> None:
    r = score_answer(food, "mo-dau", UNACCENTED)
    assert not any("tiếng Việt" in n for n in r.notices), r.notices
    assert r.principle("facts").score  # and it is still read: 37 em
    assert guess_language(UNACCENTED) == "vi"


def test_a_real_english_answer_still_gets_the_notice(food: Scenario) -> None:
    r = score_answer(food, "mo-dau", "We are very sorry, thirty seven pupils went to hospital and we will update you.")
    assert any("tiếng Việt" in n for n in r.notices)


def test_vietnamese_answer_to_an_english_scenario_gets_the_notice_with_or_without_marks(marking: Scenario) -> None:
    text = "Chúng tôi rất tiếc, 41 học sinh bị chấm sai điểm và nhà trường sẽ cập nhật chiều nay."
    for answer in (text, strip_diacritics(text)):
        r = score_answer(marking, "opening", answer)
        assert any("English" in n for n in r.notices), (answer, r.notices)
    english = score_answer(
        marking, "opening", "We are sorry: 41 students got wrong grades and we will update you today."
    )
    assert not english.notices


def test_labelled_vietnamese_answers_read_as_vietnamese_with_or_without_marks() -> None:
    import json

    labelled = Path(__file__).resolve().parents[1] / "data" / "labelled"
    for path in labelled.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        scenario = json.loads((SCENARIOS / f"{data['scenario']}.json").read_text(encoding="utf-8"))
        for entry in data["answers"]:
            text = entry["text"]
            if len(text.split()) < 5:
                continue
            if scenario["language"] == "vi":
                assert guess_language(text) == "vi", (entry["id"], text)
                assert guess_language(strip_diacritics(text)) == "vi", (entry["id"], text)
            else:
                assert guess_language(text) != "vi", (entry["id"], text)


# --- 4. stonewalling in all its forms, and its disavowal ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No comments.",
        "No comment at this time.",
        "I can't comment.",
        "I cannot comment on that.",
        "I'm unable to comment.",
        "I won't be commenting.",
        "I'd rather not comment.",
        "I prefer not to comment.",
        "I'm not in a position to comment.",
        "I'm not at liberty to say.",
    ],
)
def test_english_stonewalling_variants(marking: Scenario, text: str) -> None:
    r = score_answer(marking, "opening", text)
    assert r.principle("no_stonewalling").status == "missed", (text, r.principle("no_stonewalling").reason)


@pytest.mark.parametrize(
    "text",
    [
        "Miễn bình luận.",
        "Tôi không có ý kiến gì.",
        "Tôi xin phép không trả lời.",
        "Tôi xin phép không bình luận.",
        "Tôi từ chối bình luận.",
        "Tôi không muốn bình luận.",
        "Không bình luận gì thêm.",
        "khong binh luan",
        "Tôi không nói gì, không bình luận.",  # saying nothing is not disavowing "no comment"
        "Tôi không biết không bình luận gì hết",
    ],
)
def test_vietnamese_stonewalling_variants(food: Scenario, text: str) -> None:
    r = score_answer(food, "mo-dau", text)
    assert r.principle("no_stonewalling").status == "missed", (text, r.principle("no_stonewalling").reason)


@pytest.mark.parametrize(
    ("scenario_name", "text"),
    [
        ("food", "Tôi không nói 'không bình luận'. 37 em đã được đưa đến trung tâm y tế."),
        ("food", "Tôi sẽ không nói “không bình luận”: 37 em đã được đưa đến trung tâm y tế."),
        ("food", "Chúng tôi không né tránh và không bao giờ nói không bình luận."),
        ("food", "toi se khong noi khong binh luan, 37 em da duoc dua den trung tam y te"),
        ("marking", "I won't say 'no comment'; 41 students got wrong grades and we are re-checking them."),
        ("marking", "Instead of saying no comment, I will tell you what we know: 41 students were affected."),
    ],
)
def test_disavowing_no_comment_is_not_stonewalling(
    scenario_name: str, text: str, food: Scenario, marking: Scenario
) -> None:
    scenario = food if scenario_name == "food" else marking
    r = score_answer(scenario, scenario.questions[0], text)
    assert r.principle("no_stonewalling").status == "met", (text, r.principle("no_stonewalling").reason)


# --- 5. loaded words are whole words ------------------------------------------------------------


def test_a_one_syllable_loaded_word_does_not_match_inside_a_compound(food: Scenario) -> None:
    assert "đoán" in food.question("doan-mo").loaded_words
    for text in (
        "Theo dự đoán của cơ quan y tế, kết quả xét nghiệm sẽ có trong vài ngày.",
        "Bác sĩ đang chẩn đoán và theo dõi sức khỏe các em.",
        "Theo du doan cua co quan y te, ket qua xet nghiem se co trong vai ngay.",
    ):
        assert score_answer(food, "doan-mo", text).principle("respect").status == "met", text
    repeated = score_answer(food, "doan-mo", "Tôi đoán là món canh.")
    assert repeated.principle("respect").status == "partly"
    assert any(e.text == "đoán" for e in repeated.principle("respect").evidence)


# --- 6. a denial of an unconfirmed claim is a claim --------------------------------------------


@pytest.mark.parametrize(
    "text", ["Không phải do sữa chua.", "Không có chuyện sữa chua có vấn đề.", "Chắc chắn không phải do sữa chua."]
)
def test_flat_denial_of_a_rumour_is_not_honesty(food: Scenario, text: str) -> None:
    r = score_answer(food, "nguyen-nhan", text)
    honesty = r.principle("honesty_unknowns")
    assert honesty.status == "missed", (text, honesty.reason)
    assert any(e.polarity == "bad" and "sữa chua" in e.text for e in honesty.evidence)
    assert not any(e.note == "hedged" for e in honesty.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Chúng tôi không thể khẳng định là do sữa chua.",
        "Chưa có kết luận nào về sữa chua.",
        "Tôi chưa thể nói gì về sữa chua.",
        "Chúng tôi không đổ lỗi cho sữa chua hay bất kỳ món nào khi chưa có kết quả xét nghiệm.",
    ],
)
def test_refusing_to_claim_or_naming_the_unknown_hedges(food: Scenario, text: str) -> None:
    honesty = score_answer(food, "nguyen-nhan", text).principle("honesty_unknowns")
    assert honesty.status != "missed", (text, honesty.reason)
    assert any(e.note == "hedged" and "sữa chua" in e.text for e in honesty.evidence), honesty.evidence
