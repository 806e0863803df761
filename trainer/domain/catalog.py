"""The principle catalog: what each press-relations principle means, where it comes from,
what to do about it, and the thresholds the scorer uses (each with its source).

Ids are stable (stored with every answer's result); names and texts may improve.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.domain.principles import PRINCIPLE_IDS


@dataclass(frozen=True)
class Threshold:
    id: str
    value: float
    unit: str
    meaning: str
    source: str


@dataclass(frozen=True)
class Principle:
    id: str
    name_vi: str
    name_en: str
    description_vi: str
    description_en: str
    source: str
    advice_vi: str
    advice_en: str
    #: Judged only from measurements (latency, voice), not from the answer's words.
    automatic: bool = False

    def name(self, language: str) -> str:
        return self.name_vi if language == "vi" else self.name_en

    def description(self, language: str) -> str:
        return self.description_vi if language == "vi" else self.description_en

    def advice(self, language: str) -> str:
        return self.advice_vi if language == "vi" else self.advice_en


_CERC = "CDC, Crisis and Emergency Risk Communication (CERC) manual, 2018"
_COVELLO = "V. Covello, message mapping (27/9/3; CCO); 77 questions journalists ask in a crisis"
_INTERVIEW = "Bridging and interview rules: mediafirst.co.uk; City of Glasgow College incident plan p.31; bcmpedia.org"
_CHILDREN = "Luật Trẻ em 2016, Điều 6 và 21; Nghị định 56/2017/NĐ-CP, Điều 33"
_DECREE = "Nghị định 09/2017/NĐ-CP (người phát ngôn); Quyết định 22/QĐ-BGDĐT (2019)"
_ZIANO = "Ziano & Wang, J. Pers. Soc. Psychol. (14 experiments, N = 7,565): response delay lowers judged sincerity"
_SPEECH = (
    "VOV bulletins ~233 syllables/min; PowerPoint Speaker Coach 100–165 wpm; Read.ai 130–175 wpm; Speechace pauses"
)

PRINCIPLES: tuple[Principle, ...] = (
    Principle(
        "empathy",
        "Đồng cảm",
        "Empathy",
        "Lời quan tâm tới người bị ảnh hưởng đến sớm, trước số liệu.",
        "Care for those affected comes early, before the figures.",
        f"{_CERC} (Express Empathy); {_COVELLO} (people want to know that we care before they care what we know)",
        "Mở đầu bằng một câu quan tâm thật lòng tới các em và gia đình.",
        "Open with one sincere sentence of care for those affected.",
    ),
    Principle(
        "facts",
        "Dữ kiện đã xác nhận",
        "Confirmed facts",
        "Nêu các dữ kiện đã xác nhận; không có số liệu nào trái với bảng dữ kiện.",
        "Gives the confirmed facts; no figure contradicts the fact sheet.",
        f"{_CERC} (Be Right: who, what, where, when)",
        "Chỉ dùng số liệu đã xác nhận; không chắc thì nói đang xác minh.",
        "Use confirmed figures only; if unsure, say you are checking.",
    ),
    Principle(
        "honesty_unknowns",
        "Trung thực về điều chưa biết",
        "Honest about unknowns",
        "Nói rõ điều chưa biết; không phỏng đoán; không khẳng định điều chưa xác minh.",
        "Says what is not yet known; no speculation; nothing unconfirmed stated as fact.",
        f"{_CERC} (Be Credible; say what is not yet known); {_INTERVIEW} (never speculate or give a best guess)",
        "Nói 'hiện chúng tôi chưa biết', ai đang làm rõ và khi nào có kết quả.",
        "Say 'we don't know yet', who is finding out and when.",
    ),
    Principle(
        "action",
        "Hành động cụ thể",
        "Concrete action",
        "Nêu những việc cụ thể đã làm hoặc đang làm.",
        "Names concrete actions taken or under way.",
        f"{_CERC} (Promote Action; state the organisation's commitment); Concern, Commitment, Control",
        "Kể 2–3 việc cụ thể đã làm ngay.",
        "Name two or three concrete things already done.",
    ),
    Principle(
        "follow_up",
        "Hẹn cập nhật",
        "Follow-up",
        "Cam kết cập nhật, nói rõ khi nào và ở đâu (đường dây nóng, trang chính thức).",
        "Commits to update, says when and where (hotline, website, official page).",
        f"{_CERC} (say when the next update comes and where to get more information); {_DECREE}",
        "Hẹn thời điểm và kênh thông tin cụ thể.",
        "Give a time and a channel for the next update.",
    ),
    Principle(
        "no_stonewalling",
        "Không né tránh",
        "No stonewalling",
        "Không nói 'không bình luận', không 'nói riêng', không từ chối trơn.",
        "No 'no comment', nothing 'off the record', no bare refusal.",
        f"{_INTERVIEW} (never 'no comment' or 'off the record')",
        "Nói điều bạn có thể nói và lý do chưa nói được phần còn lại.",
        "Say what you can, and why you can't say the rest.",
    ),
    Principle(
        "respect",
        "Tôn trọng",
        "Respect",
        "Không đổ lỗi cho học sinh, phụ huynh, nhân viên hay báo chí; không gay gắt; không lặp lại từ ngữ nặng nề của phóng viên khi phủ nhận.",
        "No blaming pupils, parents, staff or the press; no hostility; does not repeat the reporter's loaded words in a denial.",
        f"{_CERC} (Show Respect); {_INTERVIEW} (never blame, never repeat the negative)",
        "Giữ điềm tĩnh; trách nhiệm sẽ rõ khi có kết luận.",
        "Stay calm; responsibility will be clear when the review ends.",
    ),
    Principle(
        "key_messages",
        "Thông điệp chính",
        "Key messages",
        "Truyền tải các thông điệp chính của kịch bản.",
        "Delivers the scenario's key messages.",
        f"{_COVELLO} (at most 3 key messages, most important first and last)",
        "Đưa thông điệp chính vào mọi câu trả lời.",
        "Work a key message into every answer.",
    ),
    Principle(
        "concise",
        "Ngắn gọn, dễ hiểu",
        "Concise and plain",
        "Độ dài và độ dài câu trong giới hạn, từ ngữ đời thường, ý chính đi trước.",
        "Length and sentence length within bounds, plain words, main point first.",
        f"{_COVELLO} (27 words / 9 seconds per message; grade 6–8 language); bcmpedia.org (summarise in ≤ 20 s)",
        "Ý chính trước, mỗi câu một ý, tránh từ hành chính.",
        "Main point first, one idea per sentence, no officialese.",
    ),
    Principle(
        "privacy",
        "Bảo vệ thông tin riêng",
        "Privacy and authority",
        "Không để lộ danh tính học sinh (tên, lớp, kết quả, sức khỏe) hay thông tin cần bảo mật; chỉ nói trong thẩm quyền.",
        "No pupil identified (name, class, results, health); no confidential item revealed; stays within the speaker's authority.",
        f"{_CHILDREN}; {_DECREE} (only authorised people speak, within their remit)",
        "Không nêu tên, lớp, kết quả, sức khỏe của học sinh; chỉ nói điều được phép.",
        "Never identify a pupil; say only what you are authorised to say.",
    ),
    Principle(
        "bridging",
        "Chuyển ý (ABC)",
        "Bridging (ABC)",
        "Với câu hỏi bẫy: ghi nhận câu hỏi, chuyển ý, đưa thông điệp chính.",
        "On trap questions: acknowledge, bridge, deliver a key message.",
        f"{_INTERVIEW} (Acknowledge → Bridge → Communicate; a bridge without acknowledgement sounds evasive)",
        "Ghi nhận → 'Điều tôi có thể nói là…' → thông điệp chính.",
        "Acknowledge → 'What I can tell you is…' → key message.",
    ),
    Principle(
        "timeliness",
        "Phản hồi kịp thời",
        "Timeliness",
        "Bắt đầu trả lời trong khoảng 2 giây; chậm trên 5 giây bị coi là thiếu thành thật.",
        "Starts answering within about 2 s; over 5 s reads as insincere.",
        f"{_ZIANO}; {_CERC} (Be First)",
        "Chuẩn bị sẵn câu mở đầu để bắt đầu nói ngay.",
        "Have an opening line ready so you start at once.",
        automatic=True,
    ),
    Principle(
        "delivery",
        "Cách nói",
        "Delivery",
        "Chỉ với câu trả lời nói: tốc độ (âm tiết/phút), từ đệm, ngắt quãng dài.",
        "Spoken answers only: pace (syllables per minute), fillers, long pauses.",
        _SPEECH,
        "Nói chậm rãi, rõ ràng; thay từ đệm bằng khoảng lặng ngắn.",
        "Speak steadily; replace fillers with a short silence.",
        automatic=True,
    ),
)

CATALOG: dict[str, Principle] = {p.id: p for p in PRINCIPLES}


def principle(principle_id: str) -> Principle:
    return CATALOG[principle_id]


THRESHOLDS: dict[str, Threshold] = {
    t.id: t
    for t in (
        Threshold("latency_good_s", 2.0, "s", "start answering within this", _ZIANO),
        Threshold("latency_bad_s", 5.0, "s", "a delay beyond this strongly lowers judged sincerity", _ZIANO),
        Threshold("message_words", 27, "words", "one key message at most this long (English words)", _COVELLO),
        Threshold("message_seconds", 9, "s", "one key message spoken in at most this", _COVELLO),
        Threshold("key_messages_max", 3, "messages", "at most this many key messages", _COVELLO),
        Threshold(
            "summary_seconds",
            20,
            "s",
            "summarise the position within this",
            "bcmpedia.org Crisis Communications Top Tips",
        ),
        Threshold("sentence_words_en", 27, "words", "longest comfortable sentence (English)", _COVELLO),
        Threshold(
            "sentence_syllables_vi",
            40,
            "syllables",
            "longest comfortable sentence (Vietnamese; ≈ 27 English words, an assumption)",
            _COVELLO,
        ),
        Threshold(
            "answer_seconds_default",
            60,
            "s",
            "answer length when the question sets no time limit",
            "project default (trainer may set time_limit_s)",
        ),
        Threshold(
            "rate_vi_syll_per_min",
            233,
            "syllables/min",
            "speaking rate used to turn text into seconds (Vietnamese)",
            "VOV radio bulletins",
        ),
        Threshold(
            "rate_en_words_per_min",
            150,
            "words/min",
            "speaking rate used to turn text into seconds (English)",
            "middle of 100–165 (Speaker Coach) and 130–175 (Read.ai)",
        ),
        Threshold(
            "pace_vi_good_low",
            180,
            "syllables/min",
            "slowest good pace (Vietnamese)",
            "VOV ~233 syll/min, band set at about −20 %",
        ),
        Threshold(
            "pace_vi_good_high",
            260,
            "syllables/min",
            "fastest good pace (Vietnamese)",
            "VOV ~233 syll/min, band set at about +12 %",
        ),
        Threshold("pace_en_good_low", 100, "words/min", "slowest good pace (English)", "PowerPoint Speaker Coach"),
        Threshold("pace_en_good_high", 165, "words/min", "fastest good pace (English)", "PowerPoint Speaker Coach"),
        Threshold(
            "filler_ratio_ok",
            0.04,
            "share of words",
            "fillers below this are acceptable",
            "press-principles §5 (under ~4 % of words)",
        ),
        Threshold(
            "fillers_per_min_harm",
            12,
            "per minute",
            "fillers harm the impression from this rate",
            "press-principles §5",
        ),
        Threshold("pause_medium_s", 0.5, "s", "a pause this long is medium", "Speechace"),
        Threshold("pause_long_s", 1.0, "s", "a pause longer than this is long", "Speechace"),
        Threshold(
            "info_deadline_moet_h",
            6,
            "h",
            "initial information to the press on a hot event",
            "Quyết định 22/QĐ-BGDĐT (2019)",
        ),
    )
}


def threshold(threshold_id: str) -> float:
    return THRESHOLDS[threshold_id].value


def _check() -> None:
    missing = set(PRINCIPLE_IDS) - set(CATALOG)
    if missing:  # pragma: no cover - a programming error caught at import
        raise RuntimeError(f"principles without a catalog entry: {sorted(missing)}")


_check()
