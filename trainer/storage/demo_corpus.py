"""Vietnamese material for synthetic demo history: names, schools, scenarios, answer phrases.

Everything here is invented; any likeness to a real person or school is chance.
"""

from __future__ import annotations

from dataclasses import dataclass

FAMILY_NAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ",
)  # fmt: skip
MIDDLE_NAMES = (
    "Thị", "Văn", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quốc", "Thu", "Hoài",
    "Xuân", "Bảo", "Kim", "Anh", "Thùy", "Gia",
)  # fmt: skip
GIVEN_NAMES = (
    "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiền", "Hùng",
    "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc",
    "Phương", "Quang", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn",
    "Vân", "Yến", "Đạt", "Thủy", "Oanh", "Huệ",
)  # fmt: skip

SCHOOL_LEVELS = ("Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trường THPT")
SCHOOL_NAMES = (
    "Nguyễn Du", "Lê Quý Đôn", "Chu Văn An", "Trần Hưng Đạo", "Lê Lợi", "Quang Trung",
    "Kim Đồng", "Võ Thị Sáu", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt",
    "Phan Bội Châu", "Hoa Sen", "Ánh Dương", "Đoàn Thị Điểm", "Tô Hiến Thành",
)  # fmt: skip
DISTRICTS = (
    "Cầu Giấy", "Đống Đa", "Hoàng Mai", "Long Biên", "Thanh Xuân", "Hải Châu",
    "Ninh Kiều", "Thủ Đức", "Bình Thạnh", "Sơn Trà", "Vĩnh Yên", "Tam Kỳ",
)  # fmt: skip
ROLES = (
    "Hiệu trưởng", "Phó Hiệu trưởng", "Giáo viên chủ nhiệm", "Giáo viên",
    "Tổng phụ trách Đội", "Nhân viên y tế trường học", "Chuyên viên Phòng GD&ĐT",
)  # fmt: skip
PLACES = (
    "Hội trường Sở GD&ĐT", "Trung tâm Bồi dưỡng nhà giáo", "Phòng họp Phòng GD&ĐT",
    "Hội trường Trường THPT Chu Văn An", "Trực tuyến",
)  # fmt: skip
TRAINERS = ("ThS. Lê Minh Châu", "TS. Phạm Quốc Hưng", "Nhà báo Trần Thu Hà", "ThS. Đỗ Ngọc Anh")


@dataclass(frozen=True)
class DemoQuestion:
    id: str
    kind: str
    text: str
    principles: tuple[str, ...]


@dataclass(frozen=True)
class DemoScenario:
    id: str
    title: str
    difficulty: int
    questions: tuple[DemoQuestion, ...]


def _questions(topic: str) -> tuple[DemoQuestion, ...]:
    return (
        DemoQuestion("q1", "opening", f"Xin cho biết chuyện gì đã xảy ra với {topic}?", ("empathy", "facts", "key_messages", "concise")),
        DemoQuestion("q2", "fact", "Đến giờ này có bao nhiêu học sinh bị ảnh hưởng?", ("facts", "honesty_unknowns", "concise")),
        DemoQuestion("q3", "speculation", "Có phải nhà trường đã biết trước mà không xử lý?", ("honesty_unknowns", "bridging", "respect")),
        DemoQuestion("q4", "blame", "Ai phải chịu trách nhiệm cho việc này?", ("no_stonewalling", "bridging", "key_messages")),
        DemoQuestion("q5", "action", "Nhà trường sẽ làm gì để việc này không lặp lại?", ("action", "follow_up", "timeliness")),
        DemoQuestion("q6", "privacy_probe", "Cho tôi xin tên và lớp của các em bị ảnh hưởng?", ("privacy", "respect", "bridging")),
        DemoQuestion("q7", "closing", "Ông bà có muốn nhắn gì tới phụ huynh không?", ("key_messages", "follow_up", "empathy")),
    )  # fmt: skip


SCENARIOS: tuple[DemoScenario, ...] = (
    DemoScenario("ngo-doc-thuc-pham-ban-tru", "Ngộ độc thực phẩm bữa ăn bán trú", 2, _questions("bữa ăn bán trú hôm qua")),
    DemoScenario("clip-bao-luc-hoc-duong", "Clip bạo lực học đường lan truyền trên mạng", 3, _questions("đoạn clip đang lan truyền")),
    DemoScenario("tai-nan-xe-dua-don", "Tai nạn xe đưa đón học sinh", 3, _questions("chiếc xe đưa đón sáng nay")),
    DemoScenario("phan-anh-lam-thu", "Phụ huynh phản ánh lạm thu đầu năm", 2, _questions("các khoản thu đầu năm")),
    DemoScenario("sap-tran-phong-hoc", "Sập trần phòng học sau mưa lớn", 2, _questions("phòng học bị sập trần")),
    DemoScenario("nghi-van-lo-de", "Nghi vấn lộ đề kiểm tra học kỳ", 1, _questions("đề kiểm tra học kỳ")),
)  # fmt: skip

#: A phrase that earns a principle, and one that loses it.
GOOD_PHRASES: dict[str, str] = {
    "empathy": "Trước hết, nhà trường xin chia sẻ sự lo lắng của các gia đình.",
    "facts": "Đến 10 giờ sáng nay, 12 em đã được thăm khám và sức khỏe hiện ổn định.",
    "honesty_unknowns": "Nguyên nhân cụ thể chúng tôi chưa xác định được, cơ quan chức năng đang kiểm tra.",
    "action": "Nhà trường đã tạm dừng hợp đồng và mời y tế dự phòng đến kiểm tra.",
    "follow_up": "Chúng tôi sẽ thông tin tiếp cho báo chí vào 16 giờ chiều nay.",
    "no_stonewalling": "Tôi là người chịu trách nhiệm trả lời và sẽ trả lời đầy đủ.",
    "respect": "Câu hỏi của anh là chính đáng, tôi xin trả lời rõ.",
    "key_messages": "Điều quan trọng nhất với chúng tôi là an toàn của học sinh.",
    "concise": "Tóm lại: các em đã an toàn.",
    "privacy": "Vì quyền riêng tư của các em, chúng tôi không công bố tên học sinh.",
    "bridging": "Điều tôi có thể khẳng định là mọi biện pháp an toàn đang được thực hiện.",
    "timeliness": "Ngay trong tối nay, phụ huynh sẽ nhận được thông báo chính thức.",
    "delivery": "Tôi xin nói chậm và rõ để mọi người cùng nắm được.",
}
BAD_PHRASES: dict[str, str] = {
    "empathy": "Chuyện này cũng không có gì nghiêm trọng lắm.",
    "facts": "Khoảng vài chục em gì đó, tôi không nhớ rõ.",
    "honesty_unknowns": "Chắc chắn là do bên cung cấp thực phẩm.",
    "action": "Việc này để cấp trên quyết định.",
    "follow_up": "Chúng tôi không có gì để nói thêm.",
    "no_stonewalling": "Không bình luận.",
    "respect": "Anh hỏi câu này là có ý đồ gì?",
    "key_messages": "Nói chung là mọi việc vẫn bình thường.",
    "concise": "Thì như tôi đã nói, à, thì, nói chung là, cũng như mọi năm thôi, nhưng mà cũng khó nói.",
    "privacy": "Em đó tên là Minh, học lớp 7A.",
    "bridging": "Tôi không trả lời câu đó.",
    "timeliness": "Khi nào có kết quả thì tính sau.",
    "delivery": "Ờ… thì… cái này… để xem…",
}
REASONS: dict[str, str] = {
    "met": "Câu trả lời thể hiện rõ nguyên tắc này.",
    "partly": "Có nhắc tới nhưng chưa đủ rõ hoặc chưa đủ cụ thể.",
    "missed": "Câu trả lời đi ngược hoặc bỏ qua nguyên tắc này.",
}
NOT_APPLICABLE = "Câu hỏi này không đòi hỏi nguyên tắc này."
ADVICE = "Hãy nói ngắn, đúng sự thật đã xác nhận, và hẹn thời điểm thông tin tiếp."
REVIEW_COMMENTS = (
    "Phần này trả lời tốt hơn điểm máy chấm.",
    "Chưa nêu thời điểm thông tin tiếp, hạ điểm.",
    "Giọng điệu phòng thủ, cần luyện thêm.",
)
