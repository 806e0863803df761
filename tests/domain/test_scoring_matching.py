"""Vietnamese-aware matching: diacritics, tone placement, đ, negation, numbers."""

from __future__ import annotations

import unicodedata

import pytest

from trainer.domain.scoring.lexicon import load_lexicon, scenario_lexicon
from trainer.domain.scoring.matching import PhraseIndex, Token, longest_first, mark, negated, token_keys, tokenize
from trainer.domain.scoring.numbers import NumberReader, parse_digits, value_matches


def find(phrases: list[str], text: str, category: str = "x") -> list[str]:
    index = PhraseIndex()
    index.add_all(category, phrases)
    tokens = tokenize(unicodedata.normalize("NFC", text))
    return [text[h.start : h.end] for h in longest_first(index.find(tokens))]


# --- keys ----------------------------------------------------------------------------------


def test_old_and_new_tone_placement_compare_equal() -> None:
    assert token_keys("hoà")[2] == token_keys("hòa")[2]
    assert token_keys("khoẻ")[2] == token_keys("khỏe")[2]
    assert token_keys("thuỷ")[2] == token_keys("thủy")[2]


def test_different_words_keep_different_strict_keys() -> None:
    assert token_keys("đổ")[2] != token_keys("do")[2]
    assert token_keys("sáu")[2] != token_keys("sau")[2]
    assert token_keys("đổ")[1] == token_keys("do")[1] == "do"


def test_d_with_stroke_folds_to_d_in_both_cases() -> None:
    assert token_keys("Đà")[1] == "da"
    assert token_keys("đường")[1] == "duong"


def test_english_possessive_is_dropped_but_contractions_kept() -> None:
    assert token_keys("GradeLink's")[1] == "gradelink"
    assert token_keys("it's")[1] == "its"
    assert token_keys("don't")[1] == "dont"


# --- tokens --------------------------------------------------------------------------------


def test_offsets_point_into_the_text() -> None:
    text = "Chúng tôi, ừm, không bình luận. No comment!"
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text


def test_sentences_and_clauses_are_numbered() -> None:
    tokens = tokenize("Một hai, ba. Bốn")
    assert [t.sentence for t in tokens] == [0, 0, 0, 1]
    assert [t.clause for t in tokens] == [0, 0, 1, 2]
    assert tokens[0].clause_first and tokens[2].clause_first and tokens[1].pause_after


def test_unaccented_mode_only_for_answers_typed_without_diacritics() -> None:
    assert all(t.plain for t in tokenize("khong binh luan gi ca"))
    assert not any(t.plain for t in tokenize("Sau bữa trưa, các em về nhà"))


# --- phrases -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Không bình luận.", "khong binh luan", "KHÔNG BÌNH LUẬN", "Không bình\u200bluận", "Khong Binh Luan!"],
)
def test_phrase_found_however_it_is_typed(text: str) -> None:
    assert find(["không bình luận"], text)


def test_nfd_input_is_found_after_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Chúng tôi không bình luận")
    assert find(["không bình luận"], unicodedata.normalize("NFC", nfd)) == ["không bình luận"]


def test_accented_answer_does_not_match_a_different_word() -> None:
    # "do lỗi" ("due to an error") is not "đổ lỗi" (to blame) when the marks are typed.
    assert not find(["đổ lỗi"], "Sự cố do lỗi kỹ thuật của hệ thống.")
    assert find(["đổ lỗi"], "Chúng tôi đổ lỗi cho họ.")


def test_phrase_does_not_cross_sentences() -> None:
    assert not find(["không bình luận"], "Tôi không. Bình luận sau.")


def test_longer_hit_wins_within_a_category() -> None:
    assert find(["bình luận", "không bình luận"], "không bình luận") == ["không bình luận"]


# --- negation ------------------------------------------------------------------------------


def _negated(text: str, phrase: str, language: str = "vi") -> bool:
    lex = load_lexicon(language)
    index = PhraseIndex()
    index.add_all("neg", lex.get("negators"))
    index.add_all("brk", lex.get("scope_breakers"))
    index.add("p", phrase)
    tokens: list[Token] = tokenize(text)
    hits = longest_first(index.find(tokens))
    neg = mark([h for h in hits if h.category == "neg"], len(tokens))
    brk = mark([h for h in hits if h.category == "brk"], len(tokens))
    target = next(h for h in hits if h.category == "p")
    return negated(tokens, target.first, neg, brk, 5 if language == "vi" else 4) >= 0


def test_negation_scope() -> None:
    assert _negated("Chúng tôi không đổ lỗi cho ai", "đổ lỗi")
    assert _negated("chung toi khong do loi cho ai", "đổ lỗi")
    assert not _negated("Chúng tôi đổ lỗi cho công ty", "đổ lỗi")
    assert not _negated("Không, chúng tôi đổ lỗi cho công ty", "đổ lỗi")  # a comma ends the scope
    assert not _negated("Không phải học sinh mà là công ty đổ lỗi", "đổ lỗi")  # "mà" ends it
    assert _negated("We are not blaming the teachers", "blaming", "en")
    assert not _negated("We are blaming the teachers", "blaming", "en")


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("37", 37), ("1.200", 1200), ("1,200", 1200), ("2,5", 2.5), ("2.5", 2.5), ("3.150.000", 3150000), ("1,4", 1.4)],
)
def test_parse_digits(text: str, value: float) -> None:
    assert parse_digits(text) == value


def _numbers(text: str, language: str = "vi") -> list[tuple[float, str | None]]:
    reader = NumberReader(scenario_lexicon(language, {}))
    return [(m.value, m.unit.group if m.unit else None) for m in reader.read(tokenize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ba mươi bảy em đã nhập viện", [(37, "pupils")]),
        ("bốn trăm mười hai suất ăn", [(412, None)]),
        ("sáu em còn theo dõi", [(6, "pupils")]),
        ("hai mươi lăm học sinh", [(25, "pupils")]),
        ("một trăm linh năm người", [(105, "people")]),
        ("37 em và 6 em", [(37, "pupils"), (6, "pupils")]),
        ("lúc 17h hôm nay", [(17, "time")]),
        ("khoảng 1,4 tỷ đồng", [(1.4e9, "money")]),
    ],
)
def test_vietnamese_numbers(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _numbers(text) == expected


def test_lone_number_words_need_a_unit() -> None:
    assert _numbers("Sau bữa trưa, năm nay nhà trường") == []
    assert _numbers("thứ Sáu tuần này") == []  # a weekday, not six weeks


def test_labels_are_not_quantities() -> None:
    assert _numbers("lớp 3A2 và câu 4 của khối 8") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thirty-seven pupils", [(37, "pupils")]),
        ("four hundred and twelve meals", [(412, None)]),
        ("41 students", [(41, "pupils")]),
        ("six children", [(6, "pupils")]),
        ("Year 13 students", []),
    ],
)
def test_english_numbers(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _numbers(text, "en") == expected


def test_qualifiers_widen_the_comparison() -> None:
    assert value_matches(40, "about", 37)
    assert value_matches(30, "over", 37)
    assert value_matches(40, "under", 37)
    assert not value_matches(40, None, 37)
    assert not value_matches(50, "about", 37)
