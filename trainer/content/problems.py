"""Problems found in a scenario file, worded for the trainer who wrote it, in both languages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Term:
    """A word used inside a message, in both languages (e.g. a type name or a collection)."""

    en: str
    vi: str

    def pick(self, language: str) -> str:
        return self.vi if language == "vi" else self.en


TYPE_NAMES: dict[str, Term] = {
    "string": Term("text", "văn bản"),
    "integer": Term("a whole number", "số nguyên"),
    "number": Term("a number", "số"),
    "boolean": Term("true or false", "true hoặc false"),
    "array": Term("a list", "danh sách"),
    "object": Term("an object", "đối tượng"),
    "null": Term("null", "null"),
}
COLLECTIONS: dict[str, Term] = {
    "facts": Term("facts", "dữ kiện"),
    "confidential": Term("confidential items", "thông tin mật"),
    "key_messages": Term("key messages", "thông điệp chính"),
    "journalists": Term("journalists", "phóng viên"),
    "questions": Term("questions", "câu hỏi"),
}
REF_KINDS: dict[str, Term] = {
    "journalist": Term("journalist", "phóng viên"),
    "key message": Term("key message", "thông điệp chính"),
    "fact": Term("fact", "dữ kiện"),
    "question": Term("question", "câu hỏi"),
}
LOOKS: dict[str, Term] = {
    "Vietnamese": Term("Vietnamese", "tiếng Việt"),
    "not Vietnamese": Term("not Vietnamese", "không phải tiếng Việt"),
}

#: code -> (English, Vietnamese) templates, formatted with the problem's params.
MESSAGES: dict[str, tuple[str, str]] = {
    "io": ("the file cannot be read: {detail}", "không đọc được tệp: {detail}"),
    "too_large": (
        "the file is {size} bytes; scenario files may be at most {limit} bytes",
        "tệp có {size} byte; tệp kịch bản tối đa {limit} byte",
    ),
    "encoding": (
        "the file is not UTF-8 text ({detail}); save it as UTF-8",
        "tệp không phải văn bản UTF-8 ({detail}); hãy lưu lại dưới dạng UTF-8",
    ),
    "json": (
        "not valid JSON at line {line}, column {column}: {detail}",
        "JSON không hợp lệ ở dòng {line}, cột {column}: {detail}",
    ),
    "too_deep": (
        "the JSON is nested more than {limit} levels deep",
        "JSON lồng nhau quá {limit} cấp",
    ),
    "bad_number": (
        "{found} is not a number this app can use (NaN, Infinity and numbers beyond ±1.7e308 are not allowed); "
        "write an ordinary number such as 12 or 2.5",
        "{found} không phải là số mà ứng dụng dùng được (không chấp nhận NaN, Infinity và số vượt quá ±1.7e308); "
        "hãy viết một số bình thường như 12 hoặc 2.5",
    ),
    "lone_surrogate": (
        'the text contains the escape "{found}", half of a character pair, which is not a character; '
        "delete it or write the whole character",
        'văn bản chứa mã thoát "{found}", chỉ là một nửa của cặp ký tự nên không phải ký tự hợp lệ; '
        "hãy xóa nó hoặc viết đủ cả ký tự",
    ),
    "not_object": ("the file must hold one JSON object", "tệp phải chứa đúng một đối tượng JSON"),
    "format_version": (
        "unsupported format {found}; this version of the app reads format 1 (the number 1, without quotes)",
        "định dạng {found} không được hỗ trợ; phiên bản này đọc định dạng 1 (số 1, không có dấu ngoặc kép)",
    ),
    "required": ('the field "{name}" is missing', 'thiếu trường "{name}"'),
    "unknown_field": (
        'unknown field "{name}" (check the spelling)',
        'trường "{name}" không có trong định dạng (kiểm tra chính tả)',
    ),
    "type": ("must be {expected}, not {found}", "phải là {expected}, không phải {found}"),
    "enum": ('"{found}" is not allowed; use one of: {allowed}', '"{found}" không hợp lệ; chọn một trong: {allowed}'),
    "const": ("must be {expected}", "phải là {expected}"),
    "pattern": (
        '"{found}" is not a valid id: use lower-case letters, digits and hyphens (e.g. "cau-hoi-1")',
        '"{found}" không phải mã hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang (vd. "cau-hoi-1")',
    ),
    "too_short": ("must not be empty", "không được để trống"),
    "too_long": ("is too long (at most {limit} characters)", "quá dài (tối đa {limit} ký tự)"),
    "too_few": ("needs at least {limit} item(s)", "cần ít nhất {limit} mục"),
    "too_many": ("may have at most {limit} item(s)", "tối đa {limit} mục"),
    "range": ("must be between {minimum} and {maximum}", "phải nằm trong khoảng {minimum} đến {maximum}"),
    "range_exclusive": (
        "must be greater than {minimum} and at most {maximum}",
        "phải lớn hơn {minimum} và không quá {maximum}",
    ),
    "no_condition": (
        'give at least one condition (e.g. "principle_missed": "empathy")',
        'cần ít nhất một điều kiện (vd. "principle_missed": "empathy")',
    ),
    "duplicate_scenario": (
        'another file already has the id "{id}" ({other}); this file was not loaded',
        'tệp khác đã dùng mã "{id}" ({other}); tệp này không được tải',
    ),
    "duplicate_items": ("lists the same value twice", "có giá trị bị lặp lại"),
    "schema": ("{detail}", "{detail}"),
    "duplicate_id": (
        'the id "{id}" is used twice among the {collection}',
        'mã "{id}" bị dùng hai lần trong {collection}',
    ),
    "unknown_ref": (
        'refers to {kind} "{id}", which does not exist',
        'tham chiếu tới {kind} "{id}" nhưng mục này không tồn tại',
    ),
    "unreachable": (
        'question "{id}" can never be asked: it is marked follow_up_only and no follow-up leads to it',
        'câu hỏi "{id}" không bao giờ được hỏi: nó là câu hỏi phụ (follow_up_only) nhưng không câu nào dẫn tới',
    ),
    "no_main_question": (
        "every question is follow_up_only, so the interview has nowhere to start",
        "mọi câu hỏi đều là câu hỏi phụ nên buổi phỏng vấn không có câu bắt đầu",
    ),
    "endless_loop": (
        "the follow-ups {cycle} form a loop that always repeats; give one of them a condition",
        "các câu hỏi phụ {cycle} tạo vòng lặp luôn lặp lại; hãy đặt điều kiện cho ít nhất một câu",
    ),
    "self_follow_up": (
        "a question cannot follow up with itself unconditionally",
        "câu hỏi không thể luôn tự hỏi lại chính nó",
    ),
    "too_many_key_messages": (
        "{count} key messages; message mapping allows at most 3",
        "có {count} thông điệp chính; tối đa là 3",
    ),
    "language_mismatch": (
        'the scenario says language "{language}" but this text looks {looks}',
        'kịch bản khai báo ngôn ngữ "{language}" nhưng đoạn này có vẻ là {looks}',
    ),
    "not_nfc": (
        "{count} text(s) were in decomposed Unicode (NFD), the first here; they were normalised to NFC. Save the file as NFC",
        "{count} đoạn văn bản ở dạng Unicode tổ hợp (NFD), đoạn đầu ở đây; đã được chuẩn hóa NFC. Hãy lưu tệp ở dạng NFC",
    ),
    "not_applicable_principle": (
        'principle "{principle}" is scored automatically; it does not need to be listed',
        'nguyên tắc "{principle}" được chấm tự động, không cần liệt kê',
    ),
    "unconfirmed_expected": (
        'expects fact "{id}", which is unconfirmed and must not be asserted',
        'yêu cầu nêu dữ kiện "{id}" nhưng dữ kiện này chưa được xác nhận, không được khẳng định',
    ),
    "id_mismatch": (
        'the id "{id}" differs from the file name "{stem}"',
        'mã "{id}" khác tên tệp "{stem}"',
    ),
    # --- scenario packs (trainer/content/packs*.py) ---------------------------------------
    "pack_io": ("the pack cannot be read: {detail}", "không đọc được gói: {detail}"),
    "pack_not_zip": (
        "this is not a scenario pack (not a valid .zip file: {detail})",
        "đây không phải gói kịch bản (không phải tệp .zip hợp lệ: {detail})",
    ),
    "pack_too_large": (
        "the pack is {size} bytes; a pack may be at most {limit} bytes",
        "gói có {size} byte; mỗi gói tối đa {limit} byte",
    ),
    "pack_too_many_entries": (
        "the pack holds {count} entries; at most {limit} are allowed",
        "gói chứa {count} mục; tối đa {limit} mục",
    ),
    "pack_name_not_utf8": (
        "a file name inside the pack is not valid UTF-8 ({detail}); make the pack again with this app",
        "có tên tệp trong gói không phải UTF-8 hợp lệ ({detail}); hãy tạo lại gói bằng ứng dụng này",
    ),
    "pack_name_encoding": (
        'the file name "{name}" has non-ASCII characters but is not marked as UTF-8, so it cannot be read '
        "reliably; make the pack again with this app",
        'tên tệp "{name}" có ký tự ngoài bảng ASCII nhưng không được đánh dấu là UTF-8 nên không đọc chính xác được; '
        "hãy tạo lại gói bằng ứng dụng này",
    ),
    "pack_name_not_nfc": (
        'the file name "{name}" is in decomposed Unicode (NFD); names in a pack must be NFC',
        'tên tệp "{name}" ở dạng Unicode tổ hợp (NFD); tên tệp trong gói phải ở dạng NFC',
    ),
    "pack_path_traversal": (
        'the file name "{name}" points outside the pack with ".."; the pack was rejected',
        'tên tệp "{name}" dùng ".." để trỏ ra ngoài gói; gói bị từ chối',
    ),
    "pack_absolute_path": (
        'the file name "{name}" is an absolute path; names in a pack must be relative',
        'tên tệp "{name}" là đường dẫn tuyệt đối; tên tệp trong gói phải là đường dẫn tương đối',
    ),
    "pack_bad_name": (
        'the file name "{name}" is not allowed: {detail}',
        'tên tệp "{name}" không được phép: {detail}',
    ),
    "pack_symlink": (
        '"{name}" is a symbolic link; a pack may hold only ordinary files',
        '"{name}" là liên kết tượng trưng (symlink); gói chỉ được chứa tệp thông thường',
    ),
    "pack_special_file": (
        '"{name}" is not an ordinary file; a pack may hold only ordinary files',
        '"{name}" không phải tệp thông thường; gói chỉ được chứa tệp thông thường',
    ),
    "pack_encrypted": (
        '"{name}" is encrypted; packs are not encrypted',
        '"{name}" bị mã hóa; gói kịch bản không được mã hóa',
    ),
    "pack_compression": (
        '"{name}" uses a compression method this app does not accept; make the pack again with this app',
        '"{name}" dùng phương thức nén mà ứng dụng không chấp nhận; hãy tạo lại gói bằng ứng dụng này',
    ),
    "pack_duplicate_entry": (
        'the name "{name}" appears more than once in the pack (letter case ignored)',
        'tên "{name}" xuất hiện nhiều lần trong gói (không phân biệt chữ hoa, chữ thường)',
    ),
    "pack_file_too_large": (
        '"{name}" is {size} bytes when unpacked; at most {limit} bytes are allowed for this file',
        '"{name}" có {size} byte khi giải nén; tệp này tối đa {limit} byte',
    ),
    "pack_ratio": (
        '"{name}" would grow {ratio} times when unpacked (the limit is {limit} times); this looks like a zip bomb',
        '"{name}" sẽ phình {ratio} lần khi giải nén (giới hạn {limit} lần); có dấu hiệu "bom nén" (zip bomb)',
    ),
    "pack_total_too_large": (
        "the pack would unpack to {size} bytes; at most {limit} bytes are allowed (this looks like a zip bomb)",
        'gói sẽ giải nén ra {size} byte; tối đa {limit} byte (có dấu hiệu "bom nén")',
    ),
    "pack_corrupt_entry": (
        '"{name}" cannot be unpacked: {detail}',
        'không giải nén được "{name}": {detail}',
    ),
    "pack_unexpected_entry": (
        '"{name}" is not where a pack keeps its files (manifest.json, scenarios/*.json, assets/…)',
        '"{name}" nằm ngoài cấu trúc của gói (manifest.json, scenarios/*.json, assets/…)',
    ),
    "pack_no_manifest": (
        "the pack has no manifest.json, so it was not made as a scenario pack",
        "gói không có manifest.json nên không phải gói kịch bản",
    ),
    "pack_manifest_format": (
        "unsupported pack format {found}; this version of the app reads pack format 1",
        "định dạng gói {found} không được hỗ trợ; phiên bản này đọc định dạng gói 1",
    ),
    "pack_manifest_value": (
        '"{found}" is not valid here: give {expected}',
        '"{found}" không hợp lệ ở đây: cần {expected}',
    ),
    "pack_missing_file": (
        'the manifest lists "{name}", but the pack does not contain it',
        'manifest liệt kê "{name}" nhưng gói không có tệp này',
    ),
    "pack_unlisted_file": (
        '"{name}" is in the pack but not in its manifest',
        '"{name}" có trong gói nhưng không có trong manifest',
    ),
    "pack_listed_twice": (
        'the manifest lists "{name}" more than once',
        'manifest liệt kê "{name}" nhiều lần',
    ),
    "pack_checksum": (
        '"{name}" does not match its checksum in the manifest; the pack was changed or damaged after it was made',
        '"{name}" không khớp mã kiểm tra (checksum) trong manifest; gói đã bị sửa hoặc hỏng sau khi tạo',
    ),
    "pack_duplicate_scenario": (
        'two scenarios in the pack have the id "{id}" ({other})',
        'hai kịch bản trong gói cùng mã "{id}" ({other})',
    ),
    "pack_no_scenarios": ("the pack holds no scenarios", "gói không chứa kịch bản nào"),
    "pack_export_unknown": (
        '"{name}" is neither a scenario id in the library nor a scenario file',
        '"{name}" không phải mã kịch bản trong thư viện cũng không phải tệp kịch bản',
    ),
    "pack_export_duplicate": (
        'the scenario id "{id}" is chosen twice (also in {other}); a pack holds each id once',
        'mã kịch bản "{id}" được chọn hai lần (cả trong {other}); mỗi mã chỉ có một lần trong gói',
    ),
    "pack_conflict_unresolved": (
        'the scenario id "{id}" is already used by {path}; choose keep both, replace or skip',
        'mã kịch bản "{id}" đã có ở {path}; hãy chọn giữ cả hai, thay thế hoặc bỏ qua',
    ),
    "pack_cannot_replace": (
        '"{id}" comes from {path}, outside your scenario folder, so it cannot be replaced; choose keep both or skip',
        '"{id}" thuộc {path}, nằm ngoài thư mục kịch bản của bạn nên không thể thay thế; hãy chọn giữ cả hai hoặc bỏ qua',
    ),
    "pack_unsafe_target": (
        "{path} is outside your scenario folder or is a symbolic link; nothing was written there",
        "{path} nằm ngoài thư mục kịch bản của bạn hoặc là liên kết tượng trưng; không ghi gì vào đó",
    ),
    "pack_write_failed": (
        "the pack could not be installed ({detail}); everything it had written was removed again",
        "không cài được gói ({detail}); mọi tệp đã ghi đều được gỡ bỏ",
    ),
    "pack_nothing_to_undo": ("there is no pack import to undo", "không có lần nhập gói nào để hoàn tác"),
    "pack_journal_bad": (
        "the undo record {path} cannot be read: {detail}",
        "không đọc được bản ghi hoàn tác {path}: {detail}",
    ),
}


#: A value quoted in a message (an id, a file name, what was found) longer than this is
#: shortened in the middle, so a hostile file cannot fill a dialog with a megabyte of text.
MAX_SHOWN = 160


def shown(value: Any) -> str:
    """*value* as quoted in a message: its text, shortened in the middle when very long."""
    text = str(value)
    if len(text) <= MAX_SHOWN:
        return text
    head = MAX_SHOWN * 2 // 3
    return f"{text[:head]}…{text[len(text) - (MAX_SHOWN - head - 1) :]}"


@dataclass(frozen=True)
class Problem:
    code: str
    pointer: str  # a JSON pointer into the file ("" is the whole document)
    severity: Severity = "error"
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, language: str = "en") -> str:
        en, vi = MESSAGES.get(self.code, ("{detail}", "{detail}"))
        template = vi if language == "vi" else en
        params = {k: v.pick(language) if isinstance(v, Term) else shown(v) for k, v in self.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return f"{self.code}: {self.params}"

    def describe(self, file: str, language: str = "en") -> str:
        where = self.pointer or "/"
        return f"{file}: {where}: {self.message(language)}"

    def to_dict(self, language: str = "en") -> dict[str, Any]:
        return {
            "code": self.code,
            "pointer": self.pointer,
            "severity": self.severity,
            "message": self.message(language),
        }
