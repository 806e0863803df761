"""Figures written the way people write them: digits and number words mixed, spaces
between thousands, elided groups ("3 triệu 150", "1 tỷ 4") and "rưỡi"."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.content.loader import load_scenario
from trainer.domain.scenario import Scenario
from trainer.domain.scoring import score_answer
from trainer.domain.scoring.analysis import analyse
from trainer.domain.scoring.compiled import compiled
from trainer.domain.scoring.lexicon import scenario_lexicon
from trainer.domain.scoring.matching import tokenize
from trainer.domain.scoring.numbers import NumberReader

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


def _numbers(text: str, language: str = "vi") -> list[tuple[float, str | None]]:
    reader = NumberReader(scenario_lexicon(language, {}))
    return [(m.value, m.unit.group if m.unit else None) for m in reader.read(tokenize(text), text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6 nghìn 120 thí sinh", [(6120, "pupils")]),
        ("6 120 thí sinh", [(6120, "pupils")]),
        ("6\u202f120 thí sinh", [(6120, "pupils")]),  # a narrow no-break space
        ("1 200 000 đồng", [(1_200_000, "money")]),
        ("6.120 thí sinh", [(6120, "pupils")]),
        ("6,120 thí sinh", [(6120, "pupils")]),
        ("3 triệu 150 nghìn đồng", [(3_150_000, "money")]),
        ("3 triệu 150 đồng", [(3_150_000, "money")]),
        ("2 triệu rưỡi đồng", [(2_500_000, "money")]),
        ("hai triệu rưỡi đồng", [(2_500_000, "money")]),
        ("1 tỷ 4 đồng", [(1_400_000_000, "money")]),
        ("một tỷ tư đồng", [(1_400_000_000, "money")]),
        ("1,4 tỷ đồng", [(1_400_000_000, "money")]),
        ("ba nghìn hai học sinh", [(3200, "pupils")]),
        ("6 nghìn một trăm hai mươi em", [(6120, "pupils")]),
        ("sáu nghìn 120 thí sinh", [(6120, "pupils")]),
        ("3 trăm học sinh", [(300, "pupils")]),
        ("hai nghìn mười hai em", [(2012, "pupils")]),
        ("mot ty tu dong", [(1_400_000_000, "money")]),  # typed without diacritics
    ],
)
def test_mixed_and_spaced_numbers_are_one_number(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _numbers(text) == expected


def test_hon_6_nghin_is_over_six_thousand() -> None:
    reader = NumberReader(scenario_lexicon("vi", {}))
    (m,) = reader.read(tokenize("hơn 6 nghìn thí sinh"), "hơn 6 nghìn thí sinh")
    assert (m.value, m.approx) == (6000, "over")


def test_separate_numbers_stay_separate() -> None:
    assert _numbers("37 em và 6 em") == [(37, "pupils"), (6, "pupils")]
    assert _numbers("lớp 6 có 120 em") == [(120, "pupils")]
    assert _numbers("6, 120 em") == [(6, None), (120, "pupils")]  # a comma and a space: a list, not 6,120
    assert _numbers("3 triệu 2 tỷ") == [(3_000_000, None), (2_000_000_000, None)]  # a larger group is a new number


def test_nam_after_a_multiplier_is_a_year_not_a_digit() -> None:
    assert _numbers("một trăm năm") == [(100, "time")]
    assert _numbers("một trăm linh năm người") == [(105, "people")]


def test_a_unit_after_mot_or_per_is_a_rate_not_the_numbers_unit() -> None:
    assert _numbers("3 triệu 150 mỗi học sinh") == [(3_150_000, None)]
    assert _numbers("3 pounds per student", "en") == [(3, "money")]
    assert _numbers("5 per cent of students", "en") == [(5, "percent")]


def test_english_spaced_and_mixed_numbers() -> None:
    assert _numbers("6 120 students", "en") == [(6120, "pupils")]
    assert _numbers("six thousand one hundred and twenty students", "en") == [(6120, "pupils")]


# --- on the scenarios -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def exam() -> Scenario:
    return load_scenario(SCENARIOS / "ro-ri-de-thi-tot-nghiep-thpt.json")


@pytest.fixture(scope="module")
def fees() -> Scenario:
    return load_scenario(SCENARIOS / "lam-thu-dau-nam-hoc.json")


@pytest.mark.parametrize(
    "figure", ["6 nghìn 120", "6 120", "6.120", "6,120", "sáu nghìn một trăm hai mươi", "hơn 6 nghìn"]
)
def test_a_right_figure_written_any_way_states_the_fact(exam: Scenario, figure: str) -> None:
    r = score_answer(exam, "thi-lai", f"Cả {figure} thí sinh dự thi môn Vật lí đều được bảo đảm quyền lợi.")
    facts = r.principle("facts")
    assert facts.status == "met", facts.reason
    assert not any("60" in n for n in r.notices), r.notices  # no cap for a contradiction
    assert "so-thi-sinh" not in r.missing_facts


def test_a_wrong_mixed_figure_still_contradicts(exam: Scenario) -> None:
    r = score_answer(exam, "thi-lai", "Cả 6 nghìn 200 thí sinh dự thi môn Vật lí đều được bảo đảm quyền lợi.")
    facts = r.principle("facts")
    assert facts.status == "missed"
    assert "6 nghìn 200 thí sinh" in facts.reason


def test_mixed_money_figure_matches_the_fact_sheet(fees: Scenario) -> None:
    comp = compiled(fees)
    cq = comp.question(fees.question("mo-dau"))
    money = next(fn for fn in comp.fact_numbers if fn.fact == "muc-goi-y")
    assert money.value == 3_150_000
    for text in ("Tổng mức gợi ý là 3 triệu 150 nghìn đồng mỗi học sinh.", "Tổng cộng 3 triệu 150 nghìn đồng."):
        found = analyse(text, comp, cq, len(text.split())).facts
        assert "muc-goi-y" in found.stated and not found.contradictions, text
        assert "không khớp" not in score_answer(fees, "mo-dau", text).principle("facts").reason
    wrong = score_answer(fees, "mo-dau", "Tổng mức gợi ý là 3 triệu 2 mỗi học sinh.")
    assert wrong.principle("facts").status == "missed"
    assert "3 triệu 2" in wrong.principle("facts").reason
