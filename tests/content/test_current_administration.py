"""Bundled scenarios name only authorities that exist today.

Since 1 July 2025 Vietnam has two-tier local government (Luật Tổ chức chính quyền
địa phương 2025, Luật số 72/2025/QH15, in force 1 July 2025): district-level People's
Committees (UBND huyện/quận/thị xã) and district Education Offices (Phòng GD&ĐT
huyện/quận) no longer exist. Kindergartens, primary and lower-secondary schools are
managed by the commune/ward (UBND xã/phường, advised by its Phòng Văn hóa – Xã hội)
and professionally by the provincial Sở GD&ĐT, which also manages upper-secondary
schools directly (MOET Công văn 1581/BGDĐT-GDPT of 8 April 2025). District police
became commune/ward police (Công an xã/phường) under the provincial police, and
district health centres were reorganised (e.g. "Trung tâm Y tế khu vực ...").

A trainee rehearsing with a scenario that names an abolished body learns the wrong
chain of command, so the library is checked here. The check is accent-insensitive
(``trainer.domain.text.fold``, here its offset-keeping form), so "Phong GD&DT huyen" typed without accents is
caught as well.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from trainer.domain.text import fold_with_offsets, nfc, strip_diacritics

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "scenarios").glob("*.json"))

#: District-level words. "quan" also folds from quản/quân/quan (cơ quan, quản lý,
#: Quân y), so a "quan" hit counts only when the original reads "quận" (or when the
#: whole text was typed without accents).
_DISTRICT = r"(?P<d>huyen|quan|thi xa)"

#: Abolished on 1 July 2025; each pattern is matched against folded text
#: (lower case, no diacritics, đ → d).
ABOLISHED: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "UBND cấp huyện": rf"\b(ubnd|uy ban nhan dan) (cac )?{_DISTRICT}\b",
        "Chủ tịch UBND huyện": rf"\bchu tich {_DISTRICT}\b",
        # Every Phòng GD&ĐT was a district office; the Sở's own units are "Phòng Giáo dục Mầm non", etc.
        "Phòng GD&ĐT": r"\bphong (gd ?(&|-|va)? ?dt|giao duc ?(va|&|-) ?dao tao)\b",
        "Phòng Giáo dục huyện": rf"\bphong giao duc (va dao tao )?{_DISTRICT}\b",
        "Công an huyện": rf"\bcong an {_DISTRICT}\b",
        "Trung tâm Y tế huyện": rf"\btrung tam y te {_DISTRICT}\b",
        "Bệnh viện huyện": rf"\bbenh vien (da khoa )?{_DISTRICT}\b",
        "Công đoàn Giáo dục huyện": rf"\bcong doan giao duc {_DISTRICT}\b",
        "Đài truyền thanh huyện": rf"\bdai (truyen thanh|phat thanh)[^.;,]{{0,25}}\b{_DISTRICT}\b",
        "cổng thông tin của huyện": rf"\bcong thong tin( dien tu)? (cua )?{_DISTRICT}\b",
        "trong/toàn huyện, trong quận": rf"\b(trong|toan|khap) {_DISTRICT}\b",
        "District Education Office": r"\bdistrict (education|training|education and training) (office|department|bureau)\b",
        "District People's Committee": r"\bdistrict people'?s'? committee\b",
        "district police / health centre / hospital": r"\bdistrict (police|health cent(re|er)|hospital)\b",
        "a fictional district": r"\bdistrict \((fictional|hu cau)\)",
    }.items()
}

#: A place named "huyện X" is a district, so it cannot be today's setting (checked without accents, case kept).
DISTRICT_PLACE = re.compile(r"\b[Hh]uyen [A-Z]")


def _strings(value: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield pointer, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, f"{pointer}/{i}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{pointer}/{key}")


def _is_district_word(match: re.Match[str], text: str, unaccented: bool) -> bool:
    if "d" not in match.groupdict() or match.group("d") != "quan":
        return True
    original = text[match.start("d") : match.end("d")].lower()
    return original == "quận" or (original == "quan" and unaccented)


def abolished_authorities(text: str) -> list[str]:
    """Names of abolished authorities that *text* mentions (empty when it is current)."""
    text = nfc(text)
    folded = fold_with_offsets(text)  # same length as text, so offsets carry over
    unaccented = folded == text.lower()
    found = [
        name
        for name, pattern in ABOLISHED.items()
        if any(_is_district_word(m, text, unaccented) for m in pattern.finditer(folded))
    ]
    if DISTRICT_PLACE.search(strip_diacritics(text)):
        found.append("địa danh huyện")
    return found


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_scenario_names_only_current_authorities(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    problems = [
        f"{pointer}: {', '.join(names)}: {text[:120]}"
        for pointer, text in _strings(data)
        if (names := abolished_authorities(text))
    ]
    assert not problems, "authorities abolished on 1 July 2025:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "text",
    [
        "Nhà trường đã báo cáo Phòng GD&ĐT huyện.",
        "Trưởng phòng Giáo dục và Đào tạo huyện trả lời báo chí.",
        "bao cao Phong GD&DT huyen Ngan Khe",
        "UBND huyện sẽ họp vào thứ Hai.",
        "Công an huyện đã tiếp nhận vụ việc.",
        "Em được đưa đến Trung tâm Y tế huyện.",
        "Bệnh viện Đa khoa huyện Đông Hòa (hư cấu)",
        "Đề chung toàn huyện.",
        "Trường Mầm non Sơn Ca (hư cấu), huyện Bình Giang (hư cấu)",
        "The school reported it to the District Education Office.",
        "Lotus Bridge School, Vĩnh Hòa District (fictional)",
    ],
)
def test_the_check_catches_abolished_authorities(text: str) -> None:
    assert abolished_authorities(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Trưởng phòng Văn hóa – Xã hội UBND phường (phụ trách giáo dục)",
        "Phó Chủ tịch UBND xã phụ trách văn hóa – xã hội",
        "Chánh Văn phòng Sở GD&ĐT, người phát ngôn của Sở",
        "Nhà trường đã báo cáo UBND xã và Sở GD&ĐT, phối hợp với Công an xã.",
        "Trung tâm Y tế khu vực Hòa An (hư cấu); trạm y tế xã",
        "Bệnh viện Đa khoa khu vực Đông Hòa (hư cấu)",
        "Chuyện gì đã xảy ra? Cơ quan công an đang xác minh; các em liên quan.",
        "Phòng Giáo dục Trung học của Sở GD&ĐT",
        "reported to the provincial Department of Education and Training",
    ],
)
def test_the_check_accepts_current_authorities(text: str) -> None:
    assert abolished_authorities(text) == [], text
