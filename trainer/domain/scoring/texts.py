"""One-line reasons and advice, in Vietnamese and English.

Each entry is (Vietnamese, English); ``{placeholders}`` are filled with the trainee's own
words or the scenario's facts. Reasons say what was found; advice says what to do next time.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # --- generic ----------------------------------------------------------------------
    "na.question": ("Không áp dụng cho loại câu hỏi này.", "Not applicable to this kind of question."),
    "na.latency": (
        "Không áp dụng: câu trả lời gõ phím, không đo thời gian bắt đầu.",
        "Not applicable: typed answer, no start time measured.",
    ),
    "na.delivery": (
        "Không áp dụng: chưa có số đo giọng nói (chỉ dùng cho câu trả lời nói).",
        "Not applicable: no voice measures (spoken answers only).",
    ),
    "na.empty": ("Không có nội dung để đánh giá.", "Nothing to assess."),
    "empty": ("Không có câu trả lời.", "No answer given."),
    "empty.advice": ("Hãy luôn trả lời: im lặng bị hiểu là né tránh.", "Always answer: silence reads as evasion."),
    # --- empathy ----------------------------------------------------------------------
    "empathy.met": ("Bày tỏ sự quan tâm ngay từ đầu: {quote}.", "Shows care early: {quote}."),
    "empathy.late": (
        "Có lời quan tâm ({quote}) nhưng đến muộn, sau phần thông tin.",
        "Shows care ({quote}) but only late, after the information.",
    ),
    "empathy.none": ("Không có lời nào quan tâm tới các em và gia đình.", "No word of care for the people affected."),
    "empathy.advice.met": (
        "Giữ cách mở đầu này: quan tâm trước, thông tin sau.",
        "Keep opening this way: care first, information after.",
    ),
    "empathy.advice": (
        "Mở đầu bằng một câu quan tâm thật lòng tới các em và gia đình, trước khi nêu số liệu.",
        "Open with one sincere sentence of care for those affected, before any figures.",
    ),
    # --- facts ------------------------------------------------------------------------
    "facts.met": ("Nêu đúng dữ kiện đã xác nhận: {quote}.", "Gives confirmed facts: {quote}."),
    "facts.some": (
        "Nêu được {found}/{total} dữ kiện cần có; thiếu: {missing}.",
        "Gives {found} of {total} expected facts; missing: {missing}.",
    ),
    "facts.none": (
        "Không nêu dữ kiện đã xác nhận nào; cần có: {missing}.",
        "No confirmed fact given; expected: {missing}.",
    ),
    "facts.no_figure": (" (chưa nêu con số)", " (figure not given)"),
    "facts.none_general": ("Không nêu dữ kiện đã xác nhận nào.", "No confirmed fact given."),
    "facts.wrong": (
        "Số liệu {quote} không khớp với bảng dữ kiện ({expected}).",
        "The figure {quote} contradicts the fact sheet ({expected}).",
    ),
    "facts.advice.met": ("Tiếp tục chỉ dùng số liệu đã xác nhận.", "Keep to confirmed figures only."),
    "facts.advice": (
        "Nêu ngắn gọn các dữ kiện đã xác nhận: {missing}.",
        "State the confirmed facts briefly: {missing}.",
    ),
    "facts.advice.wrong": (
        "Chỉ nói số liệu có trong bảng dữ kiện; không chắc thì nói 'chúng tôi đang xác minh'.",
        "Only quote figures from the fact sheet; if unsure, say 'we are checking'.",
    ),
    # --- honesty_unknowns -------------------------------------------------------------
    "honesty.met": (
        "Nói rõ điều chưa biết, không phỏng đoán: {quote}.",
        "Says what is not yet known, without guessing: {quote}.",
    ),
    "honesty.silent": (
        "Không phỏng đoán, nhưng chưa nói điều gì chưa biết và bao giờ sẽ biết.",
        "No guessing, but does not say what is still unknown or when it will be known.",
    ),
    "honesty.no_guess": (
        "Không phỏng đoán, không khẳng định điều chưa xác minh.",
        "No guessing, nothing unconfirmed stated as fact.",
    ),
    "honesty.speculation": ("Phỏng đoán khi chưa có kết luận: {quote}.", "Speculates before any conclusion: {quote}."),
    "honesty.asserted": (
        "Khẳng định điều chưa được xác minh: {quote}.",
        "States as fact something not yet confirmed: {quote}.",
    ),
    "honesty.denied": (
        "Phủ nhận khi chưa có kết luận: {quote} — phủ nhận cũng là khẳng định điều chưa được xác minh.",
        "Denies something not yet established: {quote} — a denial is also an unconfirmed claim.",
    ),
    "honesty.advice.met": (
        "Giữ cách nói: điều đã biết, điều chưa biết, khi nào có thêm thông tin.",
        "Keep saying what is known, what is not, and when you will know more.",
    ),
    "honesty.advice": (
        "Nói thẳng 'hiện chúng tôi chưa biết' và cho biết ai đang làm rõ, khi nào có kết quả.",
        "Say plainly 'we don't know yet', who is finding out, and when results are due.",
    ),
    "honesty.advice.bad": (
        "Đừng đoán nguyên nhân. Nói: 'chưa có kết luận; chúng tôi sẽ công bố khi cơ quan chức năng kết luận'.",
        "Don't guess the cause. Say: 'there is no conclusion yet; we will publish it once it is confirmed'.",
    ),
    # --- action -----------------------------------------------------------------------
    "action.met": ("Nêu việc cụ thể đã và đang làm: {quote}.", "Names concrete actions taken: {quote}."),
    "action.one": (
        "Chỉ nêu một việc cụ thể ({quote}); nên nói rõ hơn những gì đang làm.",
        "Names only one concrete action ({quote}); say more about what is being done.",
    ),
    "action.none": ("Không nêu việc cụ thể nào đã làm hay đang làm.", "No concrete action named."),
    "action.advice.met": (
        "Tốt: hành động cụ thể giúp công chúng tin rằng tình hình được kiểm soát.",
        "Good: concrete actions show the situation is under control.",
    ),
    "action.advice": (
        "Kể 2–3 việc cụ thể đã làm ngay (ví dụ: gọi cấp cứu, báo cáo, tạm dừng…).",
        "Name two or three concrete things already done (called, reported, suspended…).",
    ),
    # --- follow_up --------------------------------------------------------------------
    "follow.met": (
        "Hẹn cập nhật, nói rõ khi nào và ở đâu: {quote}.",
        "Commits to an update, with when and where: {quote}.",
    ),
    "follow.partial": (
        "Có hẹn thông tin ({quote}) nhưng thiếu {missing}.",
        "Mentions an update ({quote}) but not {missing}.",
    ),
    "follow.none": (
        "Không hẹn cập nhật, không nói khi nào và ở đâu có thông tin.",
        "No commitment to update, no when or where.",
    ),
    "follow.when": ("thời điểm", "when"),
    "follow.where": ("kênh (đường dây nóng, trang chính thức)", "where (hotline, website, official page)"),
    "follow.commit": ("lời hứa cập nhật", "a commitment to update"),
    "follow.advice.met": ("Giữ đúng hẹn đã nói.", "Keep the promise you made."),
    "follow.advice": (
        "Kết thúc bằng: 'Chúng tôi sẽ cập nhật trước … giờ trên trang thông tin chính thức và qua đường dây nóng.'",
        "End with: 'We will update you by … on our website and the hotline.'",
    ),
    # --- no_stonewalling --------------------------------------------------------------
    "stone.met": ("Trả lời thẳng, không né tránh.", "Answers on the record, without stonewalling."),
    "stone.on_record": ("Giữ mọi điều là chính thức: {quote}.", "Keeps everything on the record: {quote}."),
    "stone.refusal_ok": (
        "Từ chối có lý do và vẫn đưa thông tin thay thế: {quote}.",
        "Declines with a reason and still gives information: {quote}.",
    ),
    "stone.no_comment": ("Nói {quote} — từ chối trả lời trơn.", "Says {quote} — a flat refusal."),
    "stone.no_comment_soft": (
        "Nói {quote}; dù có thêm thông tin, câu này vẫn bị trích là né tránh.",
        "Says {quote}; even with more information, that line gets quoted as evasion.",
    ),
    "stone.bare_refusal": (
        "Từ chối ({quote}) mà không có lý do hay thông tin thay thế.",
        "Refuses ({quote}) without a reason or anything in its place.",
    ),
    "stone.off_record": (
        "Nhận lời nói 'ngoài lề': {quote} — với nhà báo không có gì là riêng.",
        "Goes off the record: {quote} — nothing is off the record with a journalist.",
    ),
    "stone.curt": ("Trả lời cộc lốc, không có thông tin gì.", "A curt reply that gives nothing."),
    "stone.advice.met": (
        "Tốt. Khi không thể nói, hãy nói lý do và điều bạn có thể nói.",
        "Good. When you can't say something, give the reason and what you can say.",
    ),
    "stone.advice": (
        "Không nói 'không bình luận'. Nói điều bạn có thể nói, lý do chưa nói được phần còn lại, và khi nào sẽ nói.",
        "Never say 'no comment'. Say what you can, why you can't say the rest, and when you will.",
    ),
    "stone.advice.off_record": (
        "Trả lời: 'Mọi điều tôi nói với báo chí đều là chính thức', rồi chuyển về thông điệp chính.",
        "Reply: 'Everything I say to the press is on the record', then bridge to your key message.",
    ),
    # --- respect ----------------------------------------------------------------------
    "respect.met": (
        "Điềm tĩnh, không đổ lỗi, không dùng lại từ ngữ nặng nề của phóng viên.",
        "Calm, no blame, does not repeat the reporter's loaded words.",
    ),
    "respect.no_blame": ("Không đổ lỗi: {quote}.", "Refuses to blame: {quote}."),
    "respect.blame": ("Đổ lỗi khi chưa có kết luận: {quote}.", "Blames others before any conclusion: {quote}."),
    "respect.hostile": ("Thái độ gay gắt với phóng viên: {quote}.", "Hostile to the reporter: {quote}."),
    "respect.denial": (
        "Lặp lại từ ngữ nặng nề của phóng viên khi phủ nhận: {quote}.",
        "Repeats the reporter's loaded words in a denial: {quote}.",
    ),
    "respect.repeat": ("Dùng lại từ ngữ của phóng viên: {quote}.", "Reuses the reporter's loaded words: {quote}."),
    "respect.advice.met": ("Giữ giọng điềm tĩnh, tôn trọng mọi phía.", "Keep the calm, respectful tone."),
    "respect.advice": (
        "Không đổ lỗi cho học sinh, phụ huynh, giáo viên hay báo chí; trách nhiệm sẽ rõ khi có kết luận.",
        "Don't blame pupils, parents, staff or the press; responsibility will be clear when the review ends.",
    ),
    "respect.advice.words": (
        "Đừng nhắc lại từ ngữ tiêu cực của câu hỏi; nói điều đúng bằng lời của mình.",
        "Don't repeat the negative words of the question; state what is true in your own words.",
    ),
    # --- key_messages -----------------------------------------------------------------
    "km.met": ("Truyền tải thông điệp chính: {quote}.", "Delivers the key message: {quote}."),
    "km.some": (
        "Truyền tải {found}/{total} thông điệp chính; thiếu: {missing}.",
        "Delivers {found} of {total} key messages; missing: {missing}.",
    ),
    "km.none": (
        "Không truyền tải thông điệp chính nào; cần có: {missing}.",
        "No key message delivered; expected: {missing}.",
    ),
    "km.none_general": ("Không có thông điệp chính nào của kịch bản.", "None of the scenario's key messages."),
    "km.advice.met": (
        "Nhắc lại thông điệp này ở đầu và cuối mỗi câu trả lời.",
        "Repeat this message first and last in your answers.",
    ),
    "km.advice": (
        "Đưa thông điệp chính vào câu trả lời: {missing}.",
        "Work the key message into your answer: {missing}.",
    ),
    # --- concise ----------------------------------------------------------------------
    "concise.met": (
        "Ngắn gọn: khoảng {seconds} giây nói, câu ngắn, ý chính đi trước.",
        "Concise: about {seconds} s spoken, short sentences, main point first.",
    ),
    "concise.long": (
        "Quá dài: khoảng {seconds} giây nói (nên dưới {limit} giây).",
        "Too long: about {seconds} s spoken (aim for under {limit} s).",
    ),
    "concise.sentences": (
        "Có {count} câu quá dài (trên {max} từ một câu).",
        "{count} sentence(s) too long (over {max} words).",
    ),
    "concise.officialese": ("Nhiều từ hành chính: {quote}.", "Officialese: {quote}."),
    "concise.late": ("Ý chính đến muộn, sau phần dạo đầu.", "The main point comes late, after a preamble."),
    "concise.fillers": ("Có từ đệm khi gõ: {quote}.", "Fillers in the text: {quote}."),
    "concise.short": ("Quá ngắn để truyền tải một thông điệp.", "Too short to carry a message."),
    "concise.advice.met": (
        "Giữ câu ngắn: mỗi thông điệp không quá 27 từ, khoảng 9 giây.",
        "Keep it short: each message under 27 words, about 9 seconds.",
    ),
    "concise.advice": (
        "Nói ý chính trước, mỗi câu một ý, dùng từ ngữ đời thường; cả câu trả lời dưới {limit} giây.",
        "Lead with the main point, one idea per sentence, plain words; the whole answer under {limit} s.",
    ),
    # --- privacy ----------------------------------------------------------------------
    "privacy.met": (
        "Không để lộ thông tin riêng của học sinh hay thông tin cần bảo mật.",
        "No pupil's private information or confidential detail revealed.",
    ),
    "privacy.protects": (
        "Bảo vệ thông tin riêng và nói rõ lý do: {quote}.",
        "Protects private information and says why: {quote}.",
    ),
    "privacy.revealed": (
        "Lộ thông tin cần bảo mật: {quote} ({what}).",
        "Reveals confidential information: {quote} ({what}).",
    ),
    "privacy.name": ("Nêu tên học sinh: {quote}.", "Names a pupil: {quote}."),
    "privacy.class": (
        "Nêu lớp cụ thể, có thể làm lộ danh tính học sinh: {quote}.",
        "Names a class, which can identify pupils: {quote}.",
    ),
    "privacy.overreach": (
        "Hứa hoặc công bố điều vượt thẩm quyền, trước khi có kết luận: {quote}.",
        "Announces something beyond your authority, before any conclusion: {quote}.",
    ),
    "privacy.advice.met": (
        "Tốt: luôn bảo vệ danh tính, lớp, kết quả học tập và sức khỏe của học sinh.",
        "Good: always protect pupils' names, classes, results and health.",
    ),
    "privacy.advice": (
        "Không nêu tên, lớp, kết quả hay tình trạng sức khỏe của học sinh (Luật Trẻ em 2016, Điều 6 và 21); chỉ nói điều bạn được phép nói.",
        "Never give a pupil's name, class, results or health details; say only what you are authorised to say.",
    ),
    # --- bridging ---------------------------------------------------------------------
    "bridge.met": (
        "Ghi nhận câu hỏi, chuyển ý và đưa thông điệp: {quote}.",
        "Acknowledges, bridges and delivers a message: {quote}.",
    ),
    "bridge.ac": (
        "Trả lời thẳng rồi đưa thông điệp chính: {quote}.",
        "Answers the question, then delivers a key message: {quote}.",
    ),
    "bridge.bc": (
        "Chuyển ý tốt ({quote}) nhưng chưa ghi nhận câu hỏi, dễ bị coi là lảng tránh.",
        "Bridges ({quote}) without acknowledging the question first, which can sound evasive.",
    ),
    "bridge.c": (
        "Có thông tin nhưng không ghi nhận câu hỏi cũng không chuyển ý rõ ràng.",
        "Gives information but neither acknowledges the question nor bridges.",
    ),
    "bridge.detail": (
        "Chỉ nêu một chi tiết, không ghi nhận câu hỏi, không chuyển ý về thông điệp chính.",
        "Gives a detail but neither acknowledges the question nor bridges to a key message.",
    ),
    "bridge.no_message": (
        "Có ghi nhận/chuyển ý ({quote}) nhưng không đưa thông điệp chính nào.",
        "Acknowledges or bridges ({quote}) but delivers no key message.",
    ),
    "bridge.none": (
        "Không ghi nhận, không chuyển ý, không đưa thông điệp chính.",
        "No acknowledgement, no bridge, no key message.",
    ),
    "bridge.advice.met": (
        "Đúng công thức: ghi nhận → chuyển ý → thông điệp.",
        "That is the formula: acknowledge → bridge → message.",
    ),
    "bridge.advice": (
        "Ghi nhận câu hỏi ('Tôi hiểu…'), chuyển ý ('Điều tôi có thể nói là…'), rồi nêu thông điệp chính.",
        "Acknowledge ('I understand…'), bridge ('What I can tell you is…'), then give your key message.",
    ),
    # --- timeliness -------------------------------------------------------------------
    "time.met": (
        "Bắt đầu trả lời sau {seconds} giây (trong ngưỡng {good} giây).",
        "Started answering after {seconds} s (within {good} s).",
    ),
    "time.slow": (
        "Bắt đầu trả lời sau {seconds} giây (nên dưới {good} giây).",
        "Started answering after {seconds} s (aim for under {good} s).",
    ),
    "time.very_slow": (
        "Bắt đầu trả lời sau {seconds} giây: quá {bad} giây bị cảm nhận là thiếu thành thật.",
        "Started after {seconds} s: over {bad} s reads as insincere.",
    ),
    "time.advice.met": (
        "Tốt: trả lời ngay cho thấy sự tự tin và thành thật.",
        "Good: answering promptly sounds sincere.",
    ),
    "time.advice": (
        "Chuẩn bị sẵn câu mở đầu (lời quan tâm + điều đã biết) để bắt đầu nói trong vòng 2 giây.",
        "Have an opening line ready (care + what you know) so you start within 2 seconds.",
    ),
    # --- delivery ---------------------------------------------------------------------
    "delivery.met": (
        "Giọng nói tốt: tốc độ {pace}, ít từ đệm, ít ngắt quãng dài.",
        "Good delivery: pace {pace}, few fillers, few long pauses.",
    ),
    "delivery.issues": ("Cần cải thiện: {issues}.", "To improve: {issues}."),
    "delivery.fast": ("nói quá nhanh ({pace})", "too fast ({pace})"),
    "delivery.slow": ("nói quá chậm ({pace})", "too slow ({pace})"),
    "delivery.fillers": ("nhiều từ đệm ({ratio}% số từ)", "many fillers ({ratio}% of words)"),
    "delivery.pauses": ("{count} lần ngắt quãng dài (trên 1 giây)", "{count} long pauses (over 1 s)"),
    "delivery.quiet": ("giọng quá nhỏ", "voice too quiet"),
    "delivery.advice.met": ("Giữ nhịp nói này.", "Keep this pace."),
    "delivery.advice": (
        "Nói chậm rãi, rõ ràng; thay 'ừm', 'à' bằng một khoảng lặng ngắn; chuẩn bị ý trước để không ngắt quãng dài.",
        "Speak steadily; replace 'um' with a short silence; prepare your points so you don't stall.",
    ),
    # --- notices ----------------------------------------------------------------------
    "notice.truncated": (
        "Câu trả lời rất dài ({chars} ký tự): chỉ chấm {limit} ký tự đầu.",
        "Very long answer ({chars} characters): only the first {limit} were scored.",
    ),
    "notice.cap": ("Điểm tổng bị giới hạn ở {cap} vì: {why}", "Overall score capped at {cap} because: {why}"),
    "notice.language": (
        "Câu trả lời có vẻ không viết bằng tiếng Việt; trình chấm chỉ nhận diện tốt tiếng Việt cho kịch bản này.",
        "The answer does not look English; the scorer reads this scenario's answers in English.",
    ),
    "notice.empty": ("Câu trả lời trống.", "The answer is empty."),
    # --- ladder -----------------------------------------------------------------------
    "ladder.none": (
        "Câu trả lời chưa giúp công chúng biết thêm điều gì: {why}.",
        "The answer does not yet help the public even know what happened: {why}.",
    ),
    "ladder.knows": (
        "Công chúng được biết sự việc; để họ hiểu, cần thêm: {why}.",
        "The public knows what happened; to understand it they need: {why}.",
    ),
    "ladder.understands": (
        "Công chúng hiểu điều đã biết, chưa biết và việc đang làm; để họ thấy được sự quan tâm, cần: {why}.",
        "The public understands what is known and being done; to feel you care they need: {why}.",
    ),
    "ladder.cares": (
        "Công chúng thấy nhà trường quan tâm và chia sẻ; để đi tới niềm tin, cần: {why}.",
        "The public sees you care and supports you; to reach trust they need: {why}.",
    ),
    "ladder.trusts": (
        "Câu trả lời đạt bậc cao nhất: đủ thông tin, trung thực, quan tâm và hẹn cập nhật, tạo niềm tin.",
        "The answer reaches the top rung: informed, honest, caring and committed to updates, it builds trust.",
    ),
    "why.inform": ("dữ kiện, việc đã làm hoặc thông điệp chính", "facts, actions or a key message"),
    "why.stonewall": ("câu trả lời né tránh", "the answer stonewalls"),
    "why.privacy": ("để lộ thông tin riêng", "private information revealed"),
    "why.honesty": ("không phỏng đoán và nói rõ điều chưa biết", "no guessing, and saying what is not yet known"),
    "why.facts": ("số liệu đúng với bảng dữ kiện", "figures that match the fact sheet"),
    "why.empathy": ("lời quan tâm tới người bị ảnh hưởng", "words of care for those affected"),
    "why.respect": ("không đổ lỗi, không gay gắt", "no blame and no hostility"),
    "why.follow_up": ("lời hẹn cập nhật rõ ràng (khi nào, ở đâu)", "a clear promise to update (when, where)"),
    "why.overall": ("một câu trả lời tốt hơn ở mọi nguyên tắc", "a stronger answer across the principles"),
    "cap.privacy": (
        "để lộ thông tin riêng của học sinh hoặc thông tin cần bảo mật.",
        "a pupil's private or confidential information was revealed.",
    ),
    "cap.stonewall": ("câu trả lời né tránh hoặc nhận 'nói riêng'.", "the answer stonewalls or goes off the record."),
    "cap.respect": ("đổ lỗi hoặc gay gắt với phóng viên.", "it blames others or is hostile."),
    "cap.facts": ("có số liệu sai với bảng dữ kiện.", "a figure contradicts the fact sheet."),
    "cap.honesty": (
        "có phỏng đoán hoặc khẳng định điều chưa xác minh.",
        "it speculates or asserts something unconfirmed.",
    ),
}
