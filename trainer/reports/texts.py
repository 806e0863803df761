"""The words of the reports in Vietnamese and English, and how numbers and dates are written.

Reports are files handed out after a workshop, written headless by the `report` command as
well as by the app, so their words live here (like the scorer's, in the domain) rather
than in the Qt translation files; the language is a parameter of every report.
"""

from __future__ import annotations

from datetime import date, datetime

from trainer.domain.catalog import CATALOG

_LANG_INDEX = {"vi": 0, "en": 1}

TEXTS: dict[str, tuple[str, str]] = {
    # debrief
    "debrief.title": ("Tổng kết buổi tập huấn", "Workshop debrief"),
    "workshop.date": ("Ngày", "Date"),
    "workshop.place": ("Địa điểm", "Place"),
    "workshop.trainer": ("Giảng viên", "Trainer"),
    "debrief.counts": (
        "{trainees} học viên đã trả lời (danh sách lớp: {roster}), {answers} câu trả lời, {scenarios} kịch bản.",
        "{trainees} trainee(s) answered (roster: {roster}), {answers} answer(s), {scenarios} scenario(s).",
    ),
    "debrief.mean": ("Điểm chung trung bình của lớp: {mean}/100.", "Room's mean overall score: {mean}/100."),
    "debrief.no_answers": ("Buổi tập huấn chưa có câu trả lời nào.", "No answers have been given in this workshop."),
    "debrief.anonymous": (
        "Tên học viên được ẩn: mỗi người mang một chữ cái, giống nhau trong toàn bộ tài liệu.",
        "Names are hidden: each trainee has one letter, the same throughout this document.",
    ),
    "debrief.effective": (
        "Điểm ở đây là điểm hiệu lực: khi giảng viên chấm lại một nguyên tắc, điểm của giảng viên thay cho "
        "điểm chấm tự động.",
        "Scores are effective scores: where a trainer re-scored a principle, the trainer's score replaces the "
        "automatic one.",
    ),
    "section.room": ("Kết quả của lớp theo từng nguyên tắc", "The room by principle"),
    "section.strongest": ("Những câu trả lời tốt để cùng thảo luận", "Strongest answers to discuss"),
    "section.cards": ("Phiếu kết quả của từng học viên", "Each trainee's card"),
    "chart.legend": (
        "Cột: điểm trung bình; vạch mảnh: thấp nhất – cao nhất; n: số câu trả lời được chấm.",
        "Bar: mean score; thin line: lowest – highest; n: answers scored.",
    ),
    "chart.legend_card": (
        "Cột: điểm trung bình của học viên; vạch đậm: trung bình của lớp.",
        "Bar: the trainee's mean; dark tick: the room's mean.",
    ),
    "chart.legend_personal": (
        "Cột: điểm trung bình qua mọi buổi; vạch đậm: buổi gần nhất.",
        "Bar: mean over all sessions; dark tick: the latest session.",
    ),
    "col.principle": ("Nguyên tắc", "Principle"),
    "col.mean": ("Trung bình", "Mean"),
    "col.sd": ("Độ lệch chuẩn", "SD"),
    "col.range": ("Thấp nhất – cao nhất", "Lowest – highest"),
    "col.answers": ("Số câu", "Answers"),
    "col.statuses": ("Đạt / một phần / chưa đạt", "Met / partly / missed"),
    "col.reviewed": ("GV chấm lại", "Re-scored"),
    "col.date": ("Ngày", "Date"),
    "col.scenario": ("Kịch bản", "Scenario"),
    "col.mode": ("Hình thức", "Mode"),
    "col.overall": ("Điểm chung", "Overall"),
    "col.room": ("Cả lớp", "Room"),
    "mode.solo": ("tự luyện", "solo"),
    "mode.workshop": ("tập huấn", "workshop"),
    "answer.heading": ("{rank}. {who} — {score}/100", "{rank}. {who} — {score}/100"),
    "answer.reviewed": (
        "giảng viên đã chấm lại; điểm tự động: {scored}",
        "re-scored by a trainer; automatic score: {scored}",
    ),
    "answer.scenario": ("Kịch bản: {title}", "Scenario: {title}"),
    "answer.question": ("Câu hỏi: {text}", "Question: {text}"),
    "answer.changes": ("Điểm chấm lại: {changes}", "Re-scored: {changes}"),
    "comment": ("Nhận xét của {reviewer}: {comment}", "{reviewer}'s comment: {comment}"),
    "card.summary": (
        "{answers} câu trả lời, điểm chung trung bình {mean}/100 (trung bình của lớp {room}).",
        "{answers} answer(s), mean overall score {mean}/100 (room: {room}).",
    ),
    "card.no_answers": ("Chưa có câu trả lời trong buổi tập huấn.", "No answers in this workshop yet."),
    "cards.absent": ("Chưa có câu trả lời: {names}.", "No answers yet: {names}."),
    "card.best": ("Câu trả lời tốt nhất", "Strongest answer"),
    "card.weakest": ("Câu trả lời cần luyện thêm", "The answer to work on"),
    "card.comments": ("Nhận xét của giảng viên", "Trainer's comments"),
    "card.strong": ("Làm tốt nhất: {names}.", "Strongest on: {names}."),
    "card.work_on": ("Cần luyện thêm: {names}.", "To work on: {names}."),
    "trainee.alias": ("Học viên {letter}", "Trainee {letter}"),
    # personal report
    "personal.title": ("Báo cáo kết quả luyện tập cá nhân", "Personal practice report"),
    "personal.counts": (
        "{sessions} buổi luyện tập, {answers} câu trả lời, tổng thời gian trả lời {time}.",
        "{sessions} session(s), {answers} answer(s), {time} spent answering.",
    ),
    "personal.range": ("Từ {first} đến {last}.", "From {first} to {last}."),
    "personal.mean": (
        "Điểm chung trung bình: {mean}/100; buổi đầu {first}, buổi gần nhất {last}.",
        "Mean overall score: {mean}/100; first session {first}, latest {last}.",
    ),
    "personal.no_answers": ("Chưa có câu trả lời nào được lưu.", "No answers have been saved yet."),
    "section.trend": ("Điểm chung qua các buổi", "Overall score by session"),
    "section.principles": ("Theo từng nguyên tắc", "By principle"),
    "section.next": ("Nên luyện tiếp", "What to practise next"),
    "section.sessions": ("Các buổi luyện tập", "Sessions"),
    "section.answers": ("Câu trả lời tiêu biểu", "Answers to look at"),
    "section.comments": ("Nhận xét của giảng viên", "Trainer's comments"),
    "next.item": ("{name} (trung bình {mean}): {advice}", "{name} (mean {mean}): {advice}"),
    "trend.axis": ("buổi", "session"),
    # both
    "footer": ("{title} — trang {page}", "{title} — page {page}"),
    "generated": ("Lập lúc {time}", "Generated {time}"),
    "none": ("—", "—"),
    "role": ("Chức vụ", "Role"),
    "unit": ("Đơn vị", "School or unit"),
}


def say(language: str, key: str, **params: object) -> str:
    """The text *key* in *language* (English when the language is unknown)."""
    pair = TEXTS[key]
    template = pair[_LANG_INDEX.get(language, 1)]
    return template.format(**params) if params else template


def principle_name(principle: str, language: str) -> str:
    entry = CATALOG.get(principle)
    return entry.name(language) if entry else principle


def principle_advice(principle: str, language: str) -> str:
    entry = CATALOG.get(principle)
    return entry.advice(language) if entry else ""


def number(value: float | None, language: str, digits: int = 1) -> str:
    """72,5 in Vietnamese, 72.5 in English; whole numbers without decimals; None as a dash."""
    if value is None:
        return say(language, "none")
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else str(round(value))
    return text.replace(".", ",") if language == "vi" else text


def day(value: date | datetime | None, language: str) -> str:
    if value is None:
        return say(language, "none")
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return value.strftime("%d/%m/%Y") if language == "vi" else value.isoformat()


def moment(value: datetime, language: str) -> str:
    local = value.astimezone()
    return local.strftime("%H:%M %d/%m/%Y") if language == "vi" else local.strftime("%Y-%m-%d %H:%M")


def duration(ms: int, language: str) -> str:
    """'1 giờ 05 phút' / '1 h 05 min'; under an hour in minutes and seconds."""
    seconds = max(0, round(ms / 1000))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if language == "vi":
        return f"{hours} giờ {minutes:02d} phút" if hours else f"{minutes} phút {secs:02d} giây"
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {secs:02d} s"


def letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, 27 → AB … (spreadsheet-column style)."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def alias(index: int, language: str) -> str:
    return say(language, "trainee.alias", letter=letters(index))
