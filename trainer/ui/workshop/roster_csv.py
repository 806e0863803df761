"""Reading a roster from a CSV file: names, and optionally schools and roles.

Accepted: UTF-8 with or without a byte-order mark (and UTF-16 with one, as Excel's
"Unicode text" writes it); commas, semicolons or tabs between columns; an optional header
row in Vietnamese or English (``Họ và tên;Trường;Chức vụ``, ``name,school,role``), with or
without a numbering column (``STT``). Without a header the columns are name, school, role.
Every value is NFC-normalised and its spaces collapsed. Nothing here raises on bad input:
each problem is reported with its line number and the rows that are fine are kept.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from trainer.domain.text import fold, nfc

MAX_NAME, MAX_UNIT, MAX_ROLE = 200, 300, 100  # the database's column sizes
MAX_BYTES = 5_000_000

_NAME_HEADERS = {
    "ho ten", "ho va ten", "ten", "ho ten hoc vien", "ho va ten hoc vien", "hoc vien", "ho ten giao vien",
    "name", "full name", "fullname", "trainee", "participant", "display name",
}  # fmt: skip
_UNIT_HEADERS = {
    "truong", "truong hoc", "don vi", "truong/don vi", "truong / don vi", "don vi cong tac", "noi cong tac",
    "co quan", "school", "unit", "school or unit", "school/unit", "organisation", "organization",
}  # fmt: skip
_ROLE_HEADERS = {"chuc vu", "chuc danh", "vai tro", "role", "position", "job title"}
_NUMBER_HEADERS = {"stt", "tt", "so tt", "no", "no.", "#", "number"}


@dataclass(frozen=True)
class RosterRow:
    line: int
    name: str
    unit: str = ""
    role: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """Two rows with the same key are the same person (case and spacing ignored, accents kept)."""
        return (self.name.casefold(), self.unit.casefold())


@dataclass(frozen=True)
class RosterProblem:
    line: int  # 0: the whole file
    code: str  # see problem_text
    detail: str = ""


@dataclass
class RosterImport:
    rows: list[RosterRow] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=list)
    delimiter: str = ","
    header: bool = False


def clean(value: str) -> str:
    return " ".join(nfc(value).split())


def decode(data: bytes) -> tuple[str | None, RosterProblem | None]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, RosterProblem(0, "not_utf8")
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        return None, RosterProblem(0, "spreadsheet")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, RosterProblem(data.count(b"\n", 0, exc.start) + 1, "not_utf8")
    if "\x00" in text:
        return None, RosterProblem(text.count("\n", 0, text.index("\x00")) + 1, "binary")
    return text, None


def sniff_delimiter(text: str) -> str:
    """The separator of the first non-empty line: the most frequent of ; , and tab outside quotes."""
    for line in text.splitlines():
        if not line.strip():
            continue
        counts = dict.fromkeys(";,\t", 0)
        quoted = False
        for ch in line:
            if ch == '"':
                quoted = not quoted
            elif not quoted and ch in counts:
                counts[ch] += 1
        best = max(counts, key=lambda d: (counts[d], d == ";"))
        return best if counts[best] else ","
    return ","


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    """Column indexes of name/unit/role when *cells* is a header row, else None."""
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = " ".join(fold(cell).replace(":", " ").split())
        for kind, names in (("name", _NAME_HEADERS), ("unit", _UNIT_HEADERS), ("role", _ROLE_HEADERS)):
            if key in names and kind not in found:
                found[kind] = i
        if key in _NUMBER_HEADERS:
            found.setdefault("number", i)
    return found if "name" in found or ("unit" in found and "number" in found) else None


def parse_roster(data: bytes) -> RosterImport:
    """Read a roster; never raises on bad content."""
    out = RosterImport()
    if not data.strip():
        out.problems.append(RosterProblem(0, "empty"))
        return out
    if len(data) > MAX_BYTES:
        out.problems.append(RosterProblem(0, "too_big"))
        return out
    text, problem = decode(data)
    if text is None:
        out.problems.append(problem or RosterProblem(0, "not_utf8"))
        return out
    out.delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=out.delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    last = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            out.problems.append(RosterProblem(last + 1, "bad_quotes"))
            break  # the reader cannot find the next row reliably after broken quoting
        start, last = last + 1, reader.line_num
        cells = [clean(c) for c in cells]
        if any(cells):
            records.append((start, cells))
    if not records:
        out.problems.append(RosterProblem(0, "empty"))
        return out
    columns = _header_columns(records[0][1])
    if columns is not None:
        out.header = True
        records = records[1:]
        if "name" not in columns:
            out.problems.append(RosterProblem(1, "no_name_column"))
            return out
    else:
        numbered = len(records[0][1]) > 1 and all(c[0].rstrip(".").isdigit() for _l, c in records if c and c[0])
        first = 1 if numbered else 0
        columns = {"name": first, "unit": first + 1, "role": first + 2}
    seen: dict[tuple[str, str], int] = {}
    for line, cells in records:

        def cell(kind: str, cells: list[str] = cells) -> str:
            i = columns.get(kind)
            return cells[i] if i is not None and i < len(cells) else ""

        row = RosterRow(line, cell("name"), cell("unit"), cell("role"))
        if not row.name:
            out.problems.append(RosterProblem(line, "no_name"))
        elif row.name.rstrip(".").isdigit():
            out.problems.append(RosterProblem(line, "number_name", row.name))
        elif len(row.name) > MAX_NAME:
            out.problems.append(RosterProblem(line, "name_too_long", str(MAX_NAME)))
        elif len(row.unit) > MAX_UNIT:
            out.problems.append(RosterProblem(line, "unit_too_long", str(MAX_UNIT)))
        elif len(row.role) > MAX_ROLE:
            out.problems.append(RosterProblem(line, "role_too_long", str(MAX_ROLE)))
        elif row.key in seen:
            out.problems.append(RosterProblem(line, "duplicate", str(seen[row.key])))
        else:
            seen[row.key] = line
            out.rows.append(row)
    return out


def problem_text(problem: RosterProblem) -> str:
    """What is wrong and what to do, in the interface language."""

    texts = {
        "empty": QCoreApplication.translate("Roster", "The file has no names in it."),
        "unreadable": QCoreApplication.translate(
            "Roster", "The file could not be read (%1). Check that it exists and that you may open it."
        ),
        "too_big": QCoreApplication.translate(
            "Roster", "The file is larger than 5 MB; a roster is a short list of names. Choose the right file."
        ),
        "not_utf8": QCoreApplication.translate(
            "Roster",
            "The file is not in UTF-8, so Vietnamese letters would be garbled. "
            "In Excel choose File → Save As → “CSV UTF-8 (Comma delimited)”, then import that file.",
        ),
        "spreadsheet": QCoreApplication.translate(
            "Roster",
            "This is an Excel workbook, not a CSV file. "
            "In Excel choose File → Save As → “CSV UTF-8 (Comma delimited)”, then import that file.",
        ),
        "binary": QCoreApplication.translate("Roster", "The file contains binary data: it is not a CSV text file."),
        "bad_quotes": QCoreApplication.translate(
            "Roster",
            "A quotation mark is not closed here, so the rest of the file cannot be read. "
            "Fix the quotes on this line and import again.",
        ),
        "no_name_column": QCoreApplication.translate(
            "Roster", "The header row has no name column. Name it “Họ và tên” (or “name”)."
        ),
        "no_name": QCoreApplication.translate("Roster", "No name on this line; the line is skipped."),
        "number_name": QCoreApplication.translate("Roster", "“%1” is a number, not a name; the line is skipped."),
        "name_too_long": QCoreApplication.translate(
            "Roster", "The name is longer than %1 characters; the line is skipped."
        ),
        "unit_too_long": QCoreApplication.translate(
            "Roster", "The school or unit is longer than %1 characters; the line is skipped."
        ),
        "role_too_long": QCoreApplication.translate(
            "Roster", "The role is longer than %1 characters; the line is skipped."
        ),
        "duplicate": QCoreApplication.translate("Roster", "The same person as on line %1; the line is skipped."),
    }
    text = texts.get(problem.code, problem.code).replace("%1", problem.detail)
    if problem.line:
        return QCoreApplication.translate("Roster", "Line %1: %2").replace("%1", str(problem.line)).replace("%2", text)
    return text
