"""Reading a roster CSV: encodings, separators, headers, NFC, and every bad row reported
with its line number instead of a traceback."""

from __future__ import annotations

import codecs
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.ui.workshop.roster_csv import RosterRow, parse_roster, problem_text, sniff_delimiter

BOM = codecs.BOM_UTF8


def rows(data: bytes) -> list[tuple[int, str, str, str]]:
    return [(r.line, r.name, r.unit, r.role) for r in parse_roster(data).rows]


def problems(data: bytes) -> list[tuple[int, str, str]]:
    return [(p.line, p.code, p.detail) for p in parse_roster(data).problems]


def test_excel_csv_utf8_with_bom_semicolons_and_a_vietnamese_header() -> None:
    text = "STT;Họ và tên;Trường;Chức vụ\r\n1;Nguyễn Thị Lan;Trường THCS Hòa An;Hiệu trưởng\r\n2;Trần Văn Bình;Trường Tiểu học Kim Đồng;\r\n"
    parsed = parse_roster(BOM + text.encode("utf-8"))
    assert parsed.header and parsed.delimiter == ";"
    assert rows(BOM + text.encode()) == [
        (2, "Nguyễn Thị Lan", "Trường THCS Hòa An", "Hiệu trưởng"),
        (3, "Trần Văn Bình", "Trường Tiểu học Kim Đồng", ""),
    ]
    assert parsed.problems == []


def test_commas_without_bom_english_header_in_another_order() -> None:
    data = b"school,name\nHoa An Lower Secondary,Lan Nguyen\n"
    assert rows(data) == [(2, "Lan Nguyen", "Hoa An Lower Secondary", "")]


def test_no_header_names_then_schools_and_a_numbering_column() -> None:
    assert rows("Nguyễn Thị Lan,Trường A\nLê Thu Hà\n".encode()) == [
        (1, "Nguyễn Thị Lan", "Trường A", ""),
        (2, "Lê Thu Hà", "", ""),
    ]
    assert rows("1.;Nguyễn Thị Lan;Trường A\n2.;Lê Thu Hà;Trường B\n".encode()) == [
        (1, "Nguyễn Thị Lan", "Trường A", ""),
        (2, "Lê Thu Hà", "Trường B", ""),
    ]


def test_header_without_accents_or_with_a_colon_is_still_a_header() -> None:
    assert parse_roster(b"Ho va ten;Don vi\nLan;A\n").header
    assert parse_roster("Họ tên:,Đơn vị công tác\nLan,A\n".encode()).header


def test_text_is_nfc_and_spacing_collapsed() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn  Thị   Lan ; Trường THCS Hòa An")
    assert not unicodedata.is_normalized("NFC", decomposed)
    ((_, name, unit, _),) = rows(decomposed.encode("utf-8"))
    assert (name, unit) == ("Nguyễn Thị Lan", "Trường THCS Hòa An")
    assert unicodedata.is_normalized("NFC", name) and unicodedata.is_normalized("NFC", unit)


def test_duplicates_and_bad_rows_are_reported_with_line_numbers() -> None:
    long_name = "A" * 201
    text = (
        "Họ và tên;Trường\n"  # 1
        "Nguyễn Thị Lan;Trường A\n"  # 2
        "\n"  # 3: blank, ignored
        ";Trường B\n"  # 4: no name
        "NGUYỄN THỊ  LAN;trường a\n"  # 5: the same person as line 2
        "Nguyễn Thị Lân;Trường A\n"  # 6: a different name (the accent counts)
        "12;Trường C\n"  # 7: a number
        f"{long_name};Trường D\n"  # 8: too long
        ";;;\n"  # 9: empty cells, ignored
        "Lê Thu Hà;Trường A\n"  # 10
    )
    parsed = parse_roster(text.encode())
    assert [(r.line, r.name) for r in parsed.rows] == [(2, "Nguyễn Thị Lan"), (6, "Nguyễn Thị Lân"), (10, "Lê Thu Hà")]
    assert problems(text.encode()) == [
        (4, "no_name", ""),
        (5, "duplicate", "2"),
        (7, "number_name", "12"),
        (8, "name_too_long", "200"),
    ]
    texts = [problem_text(p) for p in parsed.problems]
    assert texts[1] == "Line 5: The same person as on line 2; the line is skipped."
    assert all(t.startswith("Line ") for t in texts)


def test_a_quoted_field_over_two_lines_keeps_the_next_line_numbers_right() -> None:
    text = 'name,school\n"Nguyễn Thị Lan","Trường A\nphân hiệu 2"\n,Trường B\nLê Thu Hà,Trường C\n'
    parsed = parse_roster(text.encode())
    assert [(r.line, r.name, r.unit) for r in parsed.rows] == [
        (2, "Nguyễn Thị Lan", "Trường A phân hiệu 2"),
        (5, "Lê Thu Hà", "Trường C"),
    ]
    assert [(p.line, p.code) for p in parsed.problems] == [(4, "no_name")]


def test_broken_quotes_keep_the_rows_before_them() -> None:
    text = 'Nguyễn Thị Lan,Trường A\nLê Thu Hà,"Trường B\n'
    parsed = parse_roster(text.encode())
    assert [r.name for r in parsed.rows] == ["Nguyễn Thị Lan"]
    assert [(p.line, p.code) for p in parsed.problems] == [(2, "bad_quotes")]


def test_files_that_are_not_utf8_csv_say_what_to_do() -> None:
    # Windows-1258 (Vietnamese ANSI) writes ơ + a combining grave for "ờ".
    windows_1258 = "L\u00ea Thu H\u00e0;Tr\u01b0\u01a1\u0300ng B\n".encode("cp1258")
    ((line, code, _),) = problems(windows_1258)
    assert (line, code) == (1, "not_utf8")
    assert "CSV UTF-8" in problem_text(parse_roster(windows_1258).problems[0])
    late = "Lan;A\nHà;B\n".encode() + "H\u00e0;C\n".encode("cp1258")
    assert problems(late)[0][:2] == (3, "not_utf8")
    assert problems(b"PK\x03\x04\x14\x00\x06\x00rest of a workbook")[0][1] == "spreadsheet"
    assert problems(b"")[0][1] == "empty"
    assert problems(b"\n\n ;  ;\n")[0][1] == "empty"
    assert problems(b"Lan;A\x00\x00")[0][:2] == (1, "binary")
    assert problems(b"STT;Tr\xc6\xb0\xe1\xbb\x9dng\n1;A\n")[0][1] == "no_name_column"


def test_utf16_with_bom_as_excel_unicode_text() -> None:
    data = "Họ và tên\tTrường\nNguyễn Thị Lan\tTrường A\n".encode("utf-16")
    assert rows(data) == [(2, "Nguyễn Thị Lan", "Trường A", "")]


def test_delimiter_sniffing() -> None:
    assert sniff_delimiter("a;b;c\n") == ";"
    assert sniff_delimiter('"Nguyễn, Lan";Trường A\n') == ";"  # the comma is inside quotes
    assert sniff_delimiter("a,b\n") == ","
    assert sniff_delimiter("a\tb\n") == "\t"
    assert sniff_delimiter("just a name\n") == ","


def test_row_key_ignores_case_and_spacing_but_not_accents() -> None:
    assert RosterRow(1, "lan", "a").key == RosterRow(2, "LAN", "A").key
    assert RosterRow(1, "Lan", "a").key != RosterRow(2, "Lân", "a").key


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_never_raises_on_any_bytes(data: bytes) -> None:
    parsed = parse_roster(data)
    for p in parsed.problems:
        assert problem_text(p)
    for r in parsed.rows:
        assert r.name and unicodedata.is_normalized("NFC", r.name)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab ;,"\n\rÁđ\t1')), max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    parsed = parse_roster(text.encode("utf-8"))
    assert all(r.line >= 1 for r in parsed.rows)
    assert all(p.line >= 0 for p in parsed.problems)
