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
}


@dataclass(frozen=True)
class Problem:
    code: str
    pointer: str  # a JSON pointer into the file ("" is the whole document)
    severity: Severity = "error"
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, language: str = "en") -> str:
        en, vi = MESSAGES.get(self.code, ("{detail}", "{detail}"))
        template = vi if language == "vi" else en
        params = {k: (v.pick(language) if isinstance(v, Term) else v) for k, v in self.params.items()}
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
