<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>AnswerAudioButton</name>
    <message>
      <location filename="../ui/answer_audio.py" line="83" />
      <source>▶ Recording missing</source>
      <translation>▶ Không còn bản ghi âm</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="70" />
      <source>Hear your answer again</source>
      <translation>Nghe lại câu trả lời của bạn</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="76" />
      <source>Your answer and its scores are kept.</source>
      <translation>Câu trả lời và điểm của bạn vẫn được giữ.</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="80" />
      <source>The recording of this answer is damaged: only %1 of %2 can be played.</source>
      <translation>Bản ghi âm của câu trả lời này bị hỏng: chỉ nghe được %1 trên %2.</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="85" />
      <source>The recording of this answer is not in the data folder any more (%1).</source>
      <translation>Bản ghi âm của câu trả lời này không còn trong thư mục dữ liệu (%1).</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="87" />
      <source>▶ Recording unreadable</source>
      <translation>▶ Không đọc được bản ghi âm</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="89" />
      <source>The recording of this answer cannot be read (%1): check the data folder's permissions.</source>
      <translation>Không đọc được bản ghi âm của câu trả lời này (%1): hãy kiểm tra quyền truy cập thư mục dữ liệu.</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="91" />
      <source>▶ Recording damaged</source>
      <translation>▶ Bản ghi âm bị hỏng</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="93" />
      <source>The recording of this answer is damaged and cannot be played (%1).</source>
      <translation>Bản ghi âm của câu trả lời này bị hỏng và không phát được (%1).</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="103" />
      <source>▶ &amp;Play what is left (%1)</source>
      <translation>▶ &amp;Nghe phần còn lại (%1)</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="105" />
      <source>▶ &amp;Play your answer (%1)</source>
      <translation>▶ &amp;Nghe lại câu trả lời (%1)</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="121" />
      <source>■ &amp;Stop playing</source>
      <translation>■ &amp;Dừng phát</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="149" />
      <source>The recording of this answer could not be played (%1). Your answer and its scores are kept.</source>
      <translation>Không phát được bản ghi âm của câu trả lời này (%1). Câu trả lời và điểm của bạn vẫn được giữ.</translation>
    </message>
  </context>
  <context>
    <name>AnswersPanel</name>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="56" />
      <source>&amp;Follow new answers</source>
      <translation>&amp;Theo dõi câu trả lời mới</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="59" />
      <source>Select each new answer as it arrives (not while you are scoring one)</source>
      <translation>Tự chọn mỗi câu trả lời mới khi có (trừ lúc đang chấm một câu trả lời)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="67" />
      <source>Time</source>
      <translation>Thời điểm</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="67" />
      <source>Trainee</source>
      <translation>Học viên</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="67" />
      <source>Question</source>
      <translation>Câu hỏi</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="67" />
      <source>Score</source>
      <translation>Điểm</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="68" />
      <source>Reviews</source>
      <translation>Nhận xét</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="170" />
      <source>Answers in this workshop: %1</source>
      <translation>Số câu trả lời trong buổi tập huấn: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="174" />
      <source>The shared database does not answer; retrying every second. Details: %1</source>
      <translation>Cơ sở dữ liệu dùng chung không phản hồi; đang thử lại mỗi giây. Chi tiết: %1</translation>
    </message>
  </context>
  <context>
    <name>AnswersView</name>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="187" />
      <source>No answers yet.</source>
      <translation>Chưa có câu trả lời nào.</translation>
    </message>
  </context>
  <context>
    <name>BriefingView</name>
    <message>
      <location filename="../ui/briefing_view.py" line="41" />
      <source>Choose a scenario to read its briefing: your role, the situation, the facts you may give and what must stay confidential.</source>
      <translation>Chọn một kịch bản để đọc phần giới thiệu: vai của bạn, tình huống, những dữ kiện được phép nêu và những gì phải giữ kín.</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="52" />
      <source>about %1 min</source>
      <translation>khoảng %1 phút</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="58" />
      <source>Your role</source>
      <translation>Vai của bạn</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="59" />
      <source>The situation</source>
      <translation>Tình huống</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="60" />
      <source>When it happened:</source>
      <translation>Thời điểm xảy ra:</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="64" />
      <source>initial information within %1 hours</source>
      <translation>cung cấp thông tin ban đầu trong vòng %1 giờ</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="67" />
      <source>Information deadline:</source>
      <translation>Hạn cung cấp thông tin:</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="70" />
      <source>You are authorised to say</source>
      <translation>Bạn được phép nói</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="72" />
      <source>Not yours to say</source>
      <translation>Không thuộc thẩm quyền của bạn</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="73" />
      <source>confirmed</source>
      <translation>đã xác nhận</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="74" />
      <source>NOT confirmed — do not assert</source>
      <translation>CHƯA xác nhận — không được khẳng định</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="85" />
      <source>Fact sheet</source>
      <translation>Dữ kiện</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="91" />
      <source>Confidential — never disclose</source>
      <translation>Thông tin mật — tuyệt đối không tiết lộ</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="93" />
      <source>Key messages</source>
      <translation>Thông điệp chính</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="99" />
      <source>Journalists</source>
      <translation>Phóng viên</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="101" />
      <source>%1 questions, including follow-ups that depend on your answers.</source>
      <translation>%1 câu hỏi, gồm cả câu hỏi nối tiếp tùy theo câu trả lời của bạn.</translation>
    </message>
  </context>
  <context>
    <name>CardView</name>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="206" />
      <source>Bar: the trainee's mean; dark tick: the room's mean.</source>
      <translation>Cột: điểm trung bình của học viên; vạch đậm: điểm trung bình của lớp.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="230" />
      <source>No answers in this workshop yet.</source>
      <translation>Học viên chưa có câu trả lời nào trong buổi tập huấn này.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="234" />
      <source>%1 answer(s), mean overall score %2 (room: %3).</source>
      <translation>%1 câu trả lời, điểm chung trung bình %2 (cả lớp: %3).</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="243" />
      <source>Strongest on:</source>
      <translation>Làm tốt nhất:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="247" />
      <source>To work on:</source>
      <translation>Cần luyện thêm:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="250" />
      <source>Strongest answer</source>
      <translation>Câu trả lời tốt nhất</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="254" />
      <source>The answer to work on</source>
      <translation>Câu trả lời cần luyện thêm</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="259" />
      <source>Trainer’s comments</source>
      <translation>Nhận xét của giảng viên</translation>
    </message>
  </context>
  <context>
    <name>Closing</name>
    <message>
      <location filename="../ui/closing.py" line="163" />
      <source>Your answer could not be kept</source>
      <translation>Không giữ lại được câu trả lời của bạn</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="168" />
      <source>Your last answer is not saved yet, and it could not be kept in a file either (%1). If you close now, it is lost.</source>
      <translation>Câu trả lời vừa rồi của bạn chưa được lưu, và cũng không giữ lại được trong một tệp (%1). Nếu đóng bây giờ, câu trả lời sẽ bị mất.</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="170" />
      <source>Don't close</source>
      <translation>Không đóng</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="171" />
      <source>Close anyway</source>
      <translation>Vẫn đóng</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="175" />
      <source>Copy it now if you need it:</source>
      <translation>Hãy chép lại ngay nếu bạn cần:</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="271" />
      <source>Your answer could not be saved</source>
      <translation>Không lưu được câu trả lời</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="277" />
      <source>%1 The answer has been kept in %2 and will be back in the answer box when you resume this interview.</source>
      <translation>%1 Câu trả lời đã được giữ lại trong %2 và sẽ được đưa trở lại ô trả lời khi bạn tiếp tục buổi phỏng vấn này.</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="327" />
      <source>Your answer to this question could not be saved before the app closed; it is back in the box. Check it, then submit it.</source>
      <translation>Câu trả lời của bạn cho câu hỏi này chưa lưu được trước khi ứng dụng đóng; câu trả lời đã được đưa trở lại ô. Hãy kiểm tra rồi gửi đi.</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="330" />
      <source>(It was spoken: its text is in the box, and its recording is kept in %1.)</source>
      <translation>(Đây là câu trả lời bằng lời nói: nội dung chữ nằm trong ô, còn bản ghi âm được giữ tại %1.)</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="340" />
      <source>An answer was not saved</source>
      <translation>Một câu trả lời chưa được lưu</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="345" />
      <source>Your second answer to “%1” could not be saved before the app closed. That question already has a saved answer, so it is not asked again.</source>
      <translation>Câu trả lời lần hai của bạn cho câu “%1” chưa lưu được trước khi ứng dụng đóng. Câu hỏi đó đã có một câu trả lời được lưu nên sẽ không được hỏi lại.</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="347" />
      <source>The answer is kept in %1: “%2”</source>
      <translation>Câu trả lời được giữ lại trong %1: “%2”</translation>
    </message>
  </context>
  <context>
    <name>CompareView</name>
    <message>
      <location filename="../ui/history/compare.py" line="84" />
      <source>&amp;Back to the history</source>
      <translation>&amp;Quay lại lịch sử</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="86" />
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="142" />
      <source>Two attempts: %1</source>
      <translation>So sánh hai lần luyện: %1</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="144" />
      <source>Earlier: %1 · Later: %2</source>
      <translation>Lần trước: %1 · Lần sau: %2</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="149" />
      <source>Loading…</source>
      <translation>Đang tải…</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="168" />
      <source>These sessions could not be read from the progress database. Details: %1</source>
      <translation>Không đọc được các buổi luyện tập này từ cơ sở dữ liệu kết quả. Chi tiết: %1</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="175" />
      <source>Question</source>
      <translation>Câu hỏi</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="175" />
      <source>Change</source>
      <translation>Thay đổi</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="179" />
      <source>Mean of all answers</source>
      <translation>Điểm trung bình các câu trả lời</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="196" />
      <source>By principle, later attempt</source>
      <translation>Theo nguyên tắc, lần luyện sau</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="197" />
      <source>the earlier attempt</source>
      <translation>lần luyện trước</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="198" />
      <source>No scored answers in these sessions.</source>
      <translation>Các buổi này chưa có câu trả lời nào được chấm điểm.</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="200" />
      <source>Earlier attempt (%1)</source>
      <translation>Lần luyện trước (%1)</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="201" />
      <source>Later attempt (%1)</source>
      <translation>Lần luyện sau (%1)</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="235" />
      <source>Not asked in this attempt.</source>
      <translation>Câu hỏi này không được hỏi trong lần luyện này.</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="239" />
      <source>of 100</source>
      <translation>trên 100</translation>
    </message>
  </context>
  <context>
    <name>ControlView</name>
    <message>
      <location filename="../ui/workshop/control_view.py" line="80" />
      <source>Read questions a&amp;loud</source>
      <translation>Đọc &amp;to câu hỏi</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="84" />
      <source>&amp;End the run</source>
      <translation>&amp;Kết thúc phần thực hành</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="179" />
      <source>Everyone here has answered every question. End the run when you are ready.</source>
      <translation>Mọi người có mặt đã trả lời hết các câu hỏi. Hãy kết thúc phần thực hành khi bạn sẵn sàng.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="194" />
      <source>The answer box is empty: type the answer first.</source>
      <translation>Ô trả lời đang trống: hãy nhập câu trả lời trước.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="223" />
      <source>End the run?</source>
      <translation>Kết thúc phần thực hành?</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="224" />
      <source>Every answer is already saved. The trainees' sessions are closed and the debrief can begin.</source>
      <translation>Mọi câu trả lời đã được lưu. Các phiên luyện tập của học viên sẽ được đóng lại và có thể bắt đầu phần tổng kết.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="225" />
      <source>End the run</source>
      <translation>Kết thúc phần thực hành</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="226" />
      <source>Continue the run</source>
      <translation>Tiếp tục thực hành</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="240" />
      <source>everyone answers each question</source>
      <translation>mọi người lần lượt trả lời từng câu hỏi</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="241" />
      <source>one shared interview</source>
      <translation>một cuộc phỏng vấn chung</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="261" />
      <source>Saved. Automatic score %1; the room sees it only when you reveal it.</source>
      <translation>Đã lưu. Điểm tự động: %1; cả lớp chỉ thấy điểm khi bạn công bố.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="278" />
      <source>The run could not be closed cleanly</source>
      <translation>Không kết thúc được phần thực hành một cách trọn vẹn</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="279" />
      <source>Every answer is saved; the trainees' sessions stay in progress. %1</source>
      <translation>Mọi câu trả lời đã được lưu; các phiên luyện tập của học viên vẫn ở trạng thái đang diễn ra. %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="287" />
      <source>The answer could not be saved; it is still in the box, and nothing saved before is lost. %1 Then submit it again.</source>
      <translation>Chưa lưu được câu trả lời; nội dung vẫn còn trong ô, và những gì đã lưu trước đó không bị mất. %1 Sau đó hãy gửi lại câu trả lời.</translation>
    </message>
  </context>
  <context>
    <name>DebriefAnswer</name>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="150" />
      <source>%1's comment:</source>
      <translation>Nhận xét của %1:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="157" />
      <source>Re-scored:</source>
      <translation>Điểm chấm lại:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="165" />
      <source>Scenario: %1</source>
      <translation>Kịch bản: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="168" />
      <source>re-scored by a trainer; automatic score %1</source>
      <translation>giảng viên đã chấm lại; điểm tự động: %1</translation>
    </message>
  </context>
  <context>
    <name>DebriefPage</name>
    <message>
      <location filename="../ui/workshop/debrief.py" line="74" />
      <source>&amp;Hide names (Trainee A, B…)</source>
      <translation>Ẩn tê&amp;n học viên (Học viên A, B…)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="76" />
      <source>For the projector: each trainee gets a letter, the same everywhere</source>
      <translation>Dùng khi trình chiếu: mỗi học viên mang một chữ cái, thống nhất ở mọi phần</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="78" />
      <source>Answers to &amp;discuss:</source>
      <translation>Số câu trả lời đưa ra &amp;thảo luận:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="85" />
      <source>&amp;Refresh</source>
      <translation>&amp;Làm mới</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="86" />
      <source>Export &amp;PDF…</source>
      <translation>Xuất tệp &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="87" />
      <source>Export &amp;CSV…</source>
      <translation>Xuất tệp &amp;CSV…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="89" />
      <source>Personal &amp;report…</source>
      <translation>&amp;Báo cáo cá nhân…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="91" />
      <source>Hide names</source>
      <translation>Ẩn tên học viên</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="92" />
      <source>‹ &amp;Workshops</source>
      <translation>‹ &amp;Các buổi tập huấn</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="94" />
      <source>Back to the list of workshops</source>
      <translation>Quay lại danh sách các buổi tập huấn</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="111" />
      <source>The room by principle</source>
      <translation>Kết quả của lớp theo từng nguyên tắc</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="112" />
      <source>Bar: mean score; thin line: lowest–highest; n: answers scored.</source>
      <translation>Cột: điểm trung bình; vạch mảnh: thấp nhất – cao nhất; n: số câu trả lời được chấm.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="137" />
      <source>Answers to discuss</source>
      <translation>Câu trả lời để thảo luận</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="138" />
      <source>Trainee cards</source>
      <translation>Phiếu học viên</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="185" />
      <source>Loading the debrief…</source>
      <translation>Đang tải kết quả tổng kết…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="207" />
      <source>see the log file for details</source>
      <translation>xem chi tiết trong tệp nhật ký</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="207" />
      <source>The debrief could not be loaded: %1</source>
      <translation>Không tải được kết quả tổng kết: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="227" />
      <source>%1 trainee(s) answered, %2 answer(s), room mean %3/100</source>
      <translation>%1 học viên đã trả lời, %2 câu trả lời, điểm trung bình của lớp %3/100</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="266" />
      <source>Show names to write a trainee's personal report</source>
      <translation>Bỏ chế độ ẩn tên để lập báo cáo cá nhân của học viên</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="270" />
      <source>The selected trainee's report over all their practice (PDF)</source>
      <translation>Báo cáo toàn bộ quá trình luyện tập của học viên đang chọn (PDF)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="278" />
      <source>Export the debrief as PDF</source>
      <translation>Xuất kết quả tổng kết ra tệp PDF</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="278" />
      <location filename="../ui/workshop/debrief.py" line="296" />
      <source>PDF (*.pdf)</source>
      <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="286" />
      <source>Export the debrief as CSV</source>
      <translation>Xuất kết quả tổng kết ra tệp CSV</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="286" />
      <source>CSV (*.csv)</source>
      <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="295" />
      <source>Personal report of %1</source>
      <translation>Báo cáo cá nhân của %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="318" />
      <source>Writing the file…</source>
      <translation>Đang ghi tệp…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="325" />
      <source>Saved: %1</source>
      <translation>Đã lưu: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="339" />
      <source>an unexpected error; the details are in the log file</source>
      <translation>lỗi ngoài dự kiến; chi tiết có trong tệp nhật ký</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="339" />
      <source>The file could not be written: %1</source>
      <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="344" />
      <source>Export failed</source>
      <translation>Không xuất được tệp</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="346" />
      <source>Nothing was overwritten. Choose another folder or try again.</source>
      <translation>Không tệp nào bị ghi đè. Hãy chọn thư mục khác hoặc thử lại.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="352" />
      <source>%1 is a folder; give a file name</source>
      <translation>%1 là một thư mục; hãy đặt tên tệp</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="353" />
      <source>the folder %1 does not exist</source>
      <translation>thư mục %1 không tồn tại</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="354" />
      <source>the folder %1 cannot be written to</source>
      <translation>không ghi được vào thư mục %1</translation>
    </message>
  </context>
  <context>
    <name>ExportPackDialog</name>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="60" />
      <location filename="../ui/pack_export_dialog.py" line="196" />
      <location filename="../ui/pack_export_dialog.py" line="200" />
      <source>Export scenario pack</source>
      <translation>Xuất gói kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="65" />
      <source>Filter scenarios (accents optional)…</source>
      <translation>Lọc kịch bản (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="76" />
      <source>Select all shown</source>
      <translation>Chọn tất cả đang hiển thị</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="78" />
      <source>Clear selection</source>
      <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="87" />
      <source>e.g. Crisis scenarios of the province, 2025</source>
      <translation>vd. Bộ tình huống khủng hoảng của tỉnh, năm 2025</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="92" />
      <source>e.g. Department of Education and Training, or your school</source>
      <translation>vd. Sở Giáo dục và Đào tạo, hoặc tên trường của bạn</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="100" />
      <source>Browse…</source>
      <translation>Chọn…</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="106" />
      <source>Pack name:</source>
      <translation>Tên gói:</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="107" />
      <source>Version:</source>
      <translation>Phiên bản:</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="108" />
      <source>Author:</source>
      <translation>Tác giả:</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="109" />
      <source>Description:</source>
      <translation>Mô tả:</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="110" />
      <source>Save as:</source>
      <translation>Lưu thành:</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="115" />
      <source>&amp;Export</source>
      <translation>&amp;Xuất</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="117" />
      <location filename="../ui/pack_export_dialog.py" line="203" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="124" />
      <source>Scenarios to put in the pack:</source>
      <translation>Các kịch bản đưa vào gói:</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="152" />
      <source>Save the pack as</source>
      <translation>Lưu gói thành</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="153" />
      <source>Scenario packs (*.zip)</source>
      <translation>Gói kịch bản (*.zip)</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="161" />
      <source>Tick at least one scenario.</source>
      <translation>Hãy đánh dấu ít nhất một kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="163" />
      <source>Give the pack a name.</source>
      <translation>Hãy đặt tên cho gói.</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="165" />
      <source>Give the pack a version, e.g. 1.0.</source>
      <translation>Hãy ghi phiên bản của gói, vd. 1.0.</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="167" />
      <source>Choose where to save the pack.</source>
      <translation>Hãy chọn nơi lưu gói.</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="174" />
      <source>%1 scenario(s) selected</source>
      <translation>Đã chọn %1 kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="196" />
      <source>That is a folder; give a file name.</source>
      <translation>Đây là một thư mục; hãy nhập tên tệp.</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="201" />
      <source>%1 already exists. Replace it?</source>
      <translation>Tệp %1 đã có. Thay thế tệp này?</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="202" />
      <source>Replace</source>
      <translation>Thay thế</translation>
    </message>
  </context>
  <context>
    <name>ExtraPages</name>
    <message>
      <location filename="../ui/extra_pages.py" line="44" />
      <source>&amp;History…</source>
      <translation>&amp;Lịch sử luyện tập…</translation>
    </message>
    <message>
      <location filename="../ui/extra_pages.py" line="49" />
      <source>&amp;New scenario…</source>
      <translation>Soạn kịch bản &amp;mới…</translation>
    </message>
    <message>
      <location filename="../ui/extra_pages.py" line="52" />
      <source>Edit a &amp;copy of this scenario…</source>
      <translation>Sửa &amp;bản sao của kịch bản này…</translation>
    </message>
    <message>
      <location filename="../ui/extra_pages.py" line="54" />
      <source>&amp;Edit this scenario…</source>
      <translation>&amp;Sửa kịch bản này…</translation>
    </message>
    <message>
      <location filename="../ui/extra_pages.py" line="60" />
      <source>&amp;Workshop</source>
      <translation>&amp;Tập huấn</translation>
    </message>
    <message>
      <location filename="../ui/extra_pages.py" line="61" />
      <source>&amp;Workshops…</source>
      <translation>&amp;Các buổi tập huấn…</translation>
    </message>
  </context>
  <context>
    <name>FeedbackView</name>
    <message>
      <location filename="../ui/feedback_view.py" line="132" />
      <source>Principles</source>
      <translation>Các nguyên tắc</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="141" />
      <source>Your answer (green: what worked, red: problems; hover for the reason)</source>
      <translation>Câu trả lời của bạn (xanh: điểm tốt, đỏ: điểm cần sửa; di chuột để xem lý do)</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="143" />
      <source>Model answer</source>
      <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="154" />
      <source>Answer this question &amp;again</source>
      <translation>Trả lời &amp;lại câu này</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="157" />
      <location filename="../ui/feedback_view.py" line="233" />
      <source>&amp;Next question</source>
      <translation>Câu &amp;tiếp theo</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="196" />
      <source>of 100</source>
      <translation>trên 100</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="197" />
      <source>Key messages you did not deliver:</source>
      <translation>Thông điệp chính bạn chưa nêu:</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="198" />
      <source>Facts you did not give:</source>
      <translation>Dữ kiện bạn chưa nêu:</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="199" />
      <source>What to do next time</source>
      <translation>Lần sau hãy</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="210" />
      <source>(no answer)</source>
      <translation>(chưa trả lời)</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="231" />
      <source>&amp;Back to the summary</source>
      <translation>&amp;Về trang tổng kết</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="233" />
      <source>&amp;See the summary</source>
      <translation>&amp;Xem tổng kết</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="243" />
      <source>content awaiting the trainer's review</source>
      <translation>phần nội dung chờ giảng viên đánh giá</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="247" />
      <source>What the computer heard, before your corrections:</source>
      <translation>Máy nghe được như sau (trước khi bạn sửa):</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="291" />
      <source>Not applicable to this question: %1</source>
      <translation>Không áp dụng cho câu hỏi này: %1</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <location filename="../ui/history/session_detail.py" line="67" />
      <source>This scenario is no longer in the library: the questions and your answers are shown as they were saved; model answers are not available.</source>
      <translation>Kịch bản này không còn trong thư viện: câu hỏi và câu trả lời được hiển thị như khi lưu; không có câu trả lời mẫu.</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="73" />
      <source>This scenario file has been edited since this session: the questions are shown as they were asked; model answers come from the current version.</source>
      <translation>Tệp kịch bản đã được sửa sau buổi luyện tập này: câu hỏi được hiển thị đúng như lúc hỏi; câu trả lời mẫu lấy từ phiên bản hiện tại.</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="45" />
      <source>%1 s</source>
      <translation>%1 giây</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="48" />
      <source>%1 min</source>
      <translation>%1 phút</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="50" />
      <source>%1 h %2 min</source>
      <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="57" />
      <source>Completed</source>
      <translation>Hoàn thành</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="58" />
      <source>In progress</source>
      <translation>Đang làm</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="59" />
      <source>Stopped</source>
      <translation>Dừng giữa chừng</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="65" />
      <source>On my own</source>
      <translation>Tự luyện</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="66" />
      <source>Workshop</source>
      <translation>Tập huấn</translation>
    </message>
  </context>
  <context>
    <name>HistoryPage</name>
    <message>
      <location filename="../ui/history/page.py" line="82" />
      <location filename="../ui/history/page.py" line="182" />
      <source>Choose a profile to see its history.</source>
      <extracomment>"Recent" means the latest this many sessions: the bars and "what to practise next". Up to this many sessions, the trend shows one point per session; beyond, per week or month.</extracomment>
      <translation>Hãy chọn người luyện tập để xem lịch sử.</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="99" />
      <source>Time practised runs from the start of each session to its last answer; a pause of more than 20 minutes counts as 20 minutes. Answering time is the part spent writing or speaking answers.</source>
      <translation>Thời gian luyện tập tính từ lúc bắt đầu mỗi buổi đến câu trả lời cuối cùng; mỗi lần tạm nghỉ quá 20 phút chỉ tính 20 phút. Thời gian trả lời là phần thời gian viết hoặc nói câu trả lời.</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="100" />
      <source>&amp;Refresh</source>
      <translation>&amp;Làm mới</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="103" />
      <source>&amp;Back to the library</source>
      <translation>&amp;Về thư viện</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="105" />
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="125" />
      <source>Sho&amp;w with the overall score:</source>
      <translation>Vẽ &amp;cùng điểm tổng:</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="136" />
      <source>Click a principle to see its trend.</source>
      <translation>Bấm vào một nguyên tắc để xem diễn biến điểm của nguyên tắc đó.</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="186" />
      <source>Loading the history…</source>
      <translation>Đang tải lịch sử…</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="188" />
      <source>History: %1</source>
      <translation>Lịch sử luyện tập: %1</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="217" />
      <source>The history could not be read from the progress database. Nothing is lost; try Refresh in a moment. Details: %1</source>
      <translation>Không đọc được lịch sử từ cơ sở dữ liệu kết quả. Dữ liệu không bị mất; hãy bấm Làm mới sau ít phút. Chi tiết: %1</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="236" />
      <source>No practice yet: start an interview from the library.</source>
      <translation>Chưa luyện tập lần nào: hãy bắt đầu một buổi phỏng vấn từ thư viện kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="239" />
      <source>%1 sessions</source>
      <translation>%1 buổi luyện tập</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="240" />
      <source>%1 answers</source>
      <translation>%1 câu trả lời</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="242" />
      <source>time practised: %1 (answering: %2)</source>
      <translation>thời gian luyện tập: %1 (trả lời: %2)</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="245" />
      <source>on %1 days since %2</source>
      <translation>trong %1 ngày, từ %2</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="251" />
      <source>mean of the last %1 sessions: %2</source>
      <translation>điểm trung bình %1 buổi gần nhất: %2</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="260" />
      <source>(nothing else)</source>
      <translation>(chỉ điểm tổng)</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="275" />
      <source>Scores over time (each point: one session)</source>
      <translation>Điểm theo thời gian (mỗi chấm: một buổi)</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="276" />
      <source>Scores over time (weekly means)</source>
      <translation>Điểm theo thời gian (trung bình theo tuần)</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="277" />
      <source>Scores over time (monthly means)</source>
      <translation>Điểm theo thời gian (trung bình theo tháng)</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="279" />
      <source>Overall score</source>
      <translation>Điểm tổng</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="286" />
      <source>No scores yet: they will appear here after your first answers.</source>
      <translation>Chưa có điểm: điểm sẽ hiện ở đây sau những câu trả lời đầu tiên.</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="298" />
      <source>By principle, last %1 sessions</source>
      <translation>Theo nguyên tắc, %1 buổi gần nhất</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="299" />
      <source>mean over all your sessions</source>
      <translation>trung bình của tất cả các buổi</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="300" />
      <source>No scores yet.</source>
      <translation>Chưa có điểm.</translation>
    </message>
  </context>
  <context>
    <name>ImportPackDialog</name>
    <message>
      <location filename="../ui/pack_dialogs.py" line="57" />
      <source>Import scenario pack</source>
      <translation>Nhập gói kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="67" />
      <source>Scenario</source>
      <translation>Kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="68" />
      <source>Id</source>
      <translation>Mã</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="69" />
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="70" />
      <source>Check</source>
      <translation>Kiểm tra</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="71" />
      <source>In your library</source>
      <translation>Trong thư viện của bạn</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="72" />
      <source>What to do</source>
      <translation>Cách xử lý</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="91" />
      <source>Keep both installs the pack's scenario as a copy under a new id; Replace overwrites the file in your scenario folder; Skip leaves it out. The whole import can be undone afterwards.</source>
      <translation>Giữ cả hai: cài kịch bản của gói thành một bản sao mang mã mới. Thay thế: ghi đè tệp trong thư mục kịch bản của bạn. Bỏ qua: không cài kịch bản đó. Sau khi nhập vẫn có thể hoàn tác toàn bộ.</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="101" />
      <source>Problems found</source>
      <translation>Các vấn đề phát hiện được</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="105" />
      <source>&amp;Import</source>
      <translation>&amp;Nhập</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="107" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="122" />
      <source>Pack</source>
      <translation>Gói</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="125" />
      <source>File:</source>
      <translation>Tệp:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="129" />
      <source>Name:</source>
      <translation>Tên:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="130" />
      <source>Version:</source>
      <translation>Phiên bản:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="131" />
      <source>Author:</source>
      <translation>Tác giả:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="132" />
      <source>Language:</source>
      <translation>Ngôn ngữ:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="133" />
      <source>Created:</source>
      <translation>Ngày tạo:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="141" />
      <source>About:</source>
      <translation>Giới thiệu:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="144" />
      <source>%1 scenario(s), %2 other file(s)</source>
      <translation>%1 kịch bản, %2 tệp khác</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="147" />
      <source>Contents:</source>
      <translation>Nội dung:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="153" />
      <source>Every file was checked: the pack is intact and its scenarios are valid.</source>
      <translation>Đã kiểm tra mọi tệp: gói toàn vẹn và các kịch bản đều hợp lệ.</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="160" />
      <source>This pack cannot be imported. Nothing from it will be installed; the problems are listed below.</source>
      <translation>Không thể nhập gói này. Sẽ không cài đặt gì từ gói; các vấn đề được liệt kê bên dưới.</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="186" />
      <source>Invalid: %1</source>
      <translation>Không hợp lệ: %1</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="188" />
      <source>Valid, %1 warning(s)</source>
      <translation>Hợp lệ, %1 cảnh báo</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="191" />
      <source>Valid</source>
      <translation>Hợp lệ</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="198" />
      <source>Add</source>
      <translation>Thêm mới</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="200" />
      <source>Already installed (identical)</source>
      <translation>Đã có (giống hệt)</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="201" />
      <source>Nothing to do</source>
      <translation>Không cần làm gì</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="202" />
      <source>Same id: %1</source>
      <translation>Trùng mã: %1</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="215" />
      <source>Keep both</source>
      <translation>Giữ cả hai</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="217" />
      <source>Replace</source>
      <translation>Thay thế</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="221" />
      <source>The scenario with this id is outside your scenario folder, so it cannot be replaced.</source>
      <translation>Kịch bản mang mã này nằm ngoài thư mục kịch bản của bạn nên không thể thay thế.</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="222" />
      <source>Skip</source>
      <translation>Bỏ qua</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <location filename="../ui/workshop/roster.py" line="113" />
      <source>Import a roster</source>
      <translation>Nhập danh sách học viên</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="121" />
      <source>%1: %2 people to add, %3 lines with problems.</source>
      <translation>%1: %2 người sẽ được thêm, %3 dòng có vấn đề.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="128" />
      <source>Line</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="128" />
      <source>Name</source>
      <translation>Họ tên</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="128" />
      <source>School or unit</source>
      <translation>Trường hoặc đơn vị</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="129" />
      <source>Role</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="146" />
      <source>Add %1 people</source>
      <translation>Thêm %1 người</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="150" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
  <context>
    <name>InterviewView</name>
    <message>
      <location filename="../ui/interview_view.py" line="117" />
      <source>&amp;Replay question</source>
      <extracomment>(answer text, latency before the first keystroke in s or None, seconds on the question)</extracomment>
      <translation>&amp;Nghe lại câu hỏi</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="120" />
      <source>Hear the question again (Ctrl+R)</source>
      <translation>Nghe lại câu hỏi (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="132" />
      <source>Your key messages</source>
      <translation>Thông điệp chính của bạn</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="140" />
      <source>Type your answer as you would say it to the journalist…</source>
      <translation>Gõ câu trả lời như khi bạn nói với phóng viên…</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="152" />
      <source>&amp;Submit answer (Ctrl+Enter)</source>
      <translation>&amp;Gửi câu trả lời (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="155" />
      <location filename="../ui/interview_view.py" line="218" />
      <location filename="../ui/interview_view.py" line="236" />
      <source>&amp;Pause</source>
      <translation>Tạm &amp;dừng</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="158" />
      <source>&amp;Stop the interview</source>
      <translation>&amp;Kết thúc phỏng vấn</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="200" />
      <source>Question %1 of %2</source>
      <translation>Câu %1/%2</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="203" />
      <source>follow-up</source>
      <translation>câu hỏi nối tiếp</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="243" />
      <source>Paused. The clock has stopped; press Continue when you are ready.</source>
      <translation>Đang tạm dừng. Đồng hồ đã dừng; bấm Tiếp tục khi bạn sẵn sàng.</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="247" />
      <source>&amp;Continue</source>
      <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="272" />
      <source>Time is up</source>
      <translation>Hết giờ</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../ui/labels.py" line="10" />
      <source>Exams</source>
      <translation>Thi cử</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="11" />
      <source>Admissions</source>
      <translation>Tuyển sinh</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="12" />
      <source>School violence</source>
      <translation>Bạo lực học đường</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="13" />
      <source>Food safety</source>
      <translation>An toàn thực phẩm</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="14" />
      <source>Fees and contributions</source>
      <translation>Thu chi, khoản đóng góp</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="15" />
      <source>Staff conduct</source>
      <translation>Ứng xử của giáo viên</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="16" />
      <source>Accident</source>
      <translation>Tai nạn</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="17" />
      <source>Natural disaster</source>
      <translation>Thiên tai</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="18" />
      <source>Misinformation</source>
      <translation>Tin giả</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="19" />
      <source>Curriculum and tests</source>
      <translation>Chương trình, đề kiểm tra</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="20" />
      <source>Staff pay and contracts</source>
      <translation>Lương, hợp đồng giáo viên</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="21" />
      <source>Buildings and facilities</source>
      <translation>Cơ sở vật chất</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="22" />
      <source>Health</source>
      <translation>Sức khỏe, dịch bệnh</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="23" />
      <source>Other</source>
      <translation>Khác</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="30" />
      <source>Vietnamese</source>
      <translation>Tiếng Việt</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="31" />
      <source>English</source>
      <translation>Tiếng Anh</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="37" />
      <source>Beginner</source>
      <translation>Cơ bản</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="38" />
      <source>Intermediate</source>
      <translation>Trung bình</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="39" />
      <source>Advanced</source>
      <translation>Nâng cao</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="45" />
      <source>neutral</source>
      <translation>trung lập</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="46" />
      <source>friendly</source>
      <translation>thân thiện</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="47" />
      <source>hostile</source>
      <translation>gay gắt</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="48" />
      <source>tabloid</source>
      <translation>giật gân</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="55" />
      <source>%n minute(s) ago</source>
      <translation>%n phút trước</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="57" />
      <source>%n hour(s) ago</source>
      <translation>%n giờ trước</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="58" />
      <source>%n day(s) ago</source>
      <translation>%n ngày trước</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="63" />
      <source>Empathy</source>
      <translation>Đồng cảm</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="64" />
      <source>Confirmed facts</source>
      <translation>Dữ kiện đã xác nhận</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="65" />
      <source>Honest about unknowns</source>
      <translation>Trung thực về điều chưa biết</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="66" />
      <source>Action taken</source>
      <translation>Hành động cụ thể</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="67" />
      <source>Next update</source>
      <translation>Hẹn cập nhật</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="68" />
      <source>No stonewalling</source>
      <translation>Không né tránh</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="69" />
      <source>Respect, no blame</source>
      <translation>Tôn trọng, không đổ lỗi</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="70" />
      <source>Key messages</source>
      <translation>Thông điệp chính</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="71" />
      <source>Clear and concise</source>
      <translation>Ngắn gọn, dễ hiểu</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="72" />
      <source>Privacy and authority</source>
      <translation>Bảo vệ thông tin, đúng thẩm quyền</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="73" />
      <source>Bridging</source>
      <translation>Chuyển ý (ABC)</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="74" />
      <source>Prompt response</source>
      <translation>Phản hồi kịp thời</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="75" />
      <source>Spoken delivery</source>
      <translation>Cách nói</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="82" />
      <source>met</source>
      <translation>đạt</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="83" />
      <source>partly</source>
      <translation>đạt một phần</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="84" />
      <source>missed</source>
      <translation>chưa đạt</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="85" />
      <source>not applicable</source>
      <translation>không áp dụng</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="92" />
      <source>Not yet on the ladder</source>
      <translation>Chưa lên bậc nào</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="93" />
      <source>The public knows</source>
      <translation>Công chúng biết</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="94" />
      <source>The public understands</source>
      <translation>Công chúng hiểu</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="95" />
      <source>The public cares and supports</source>
      <translation>Công chúng quan tâm, chia sẻ và ủng hộ</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="96" />
      <source>The public trusts</source>
      <translation>Công chúng tin tưởng</translation>
    </message>
  </context>
  <context>
    <name>LevelMeter</name>
    <message>
      <location filename="../ui/recording_panel.py" line="45" />
      <source>Microphone level</source>
      <extracomment>The meter shows levels from this (dBFS) to 0.</extracomment>
      <translation>Mức âm thanh của micrô</translation>
    </message>
  </context>
  <context>
    <name>LibraryView</name>
    <message>
      <location filename="../ui/library_view.py" line="44" />
      <source>Search scenarios (accents optional)…</source>
      <translation>Tìm kịch bản (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="52" />
      <source>All languages</source>
      <translation>Mọi ngôn ngữ</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="65" />
      <source>All levels</source>
      <translation>Mọi mức độ</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="110" />
      <source>Files that could not be loaded</source>
      <translation>Tệp không mở được</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="131" />
      <source>All categories</source>
      <translation>Mọi chủ đề</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="144" />
      <source>… and %1 more problem(s)</source>
      <translation>… và %1 lỗi khác</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="159" />
      <source>%1 of %2 scenarios</source>
      <translation>%1 trên %2 kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="162" />
      <source>%1 file(s) with errors</source>
      <translation>%1 tệp bị lỗi</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/main_window.py" line="130" />
      <source>Progress database</source>
      <extracomment>Background loading starts at the first paint, or after this long if the window never paints.</extracomment>
      <translation>Cơ sở dữ liệu kết quả</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="148" />
      <source>Media Response Trainer</source>
      <translation>Luyện tập trả lời báo chí</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="25" />
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="26" />
      <source>&amp;Add scenario folder…</source>
      <translation>&amp;Thêm thư mục kịch bản…</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="30" />
      <source>&amp;Reload scenarios</source>
      <translation>&amp;Tải lại kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="34" />
      <source>Open my &amp;scenario folder</source>
      <translation>Mở thư mục &amp;kịch bản của tôi</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="50" />
      <source>S&amp;ettings…</source>
      <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="55" />
      <source>&amp;Quit</source>
      <translation>T&amp;hoát</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="60" />
      <source>&amp;View</source>
      <translation>&amp;Hiển thị</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="61" />
      <source>&amp;Language</source>
      <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="72" />
      <source>&amp;Profile</source>
      <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="73" />
      <source>&amp;Switch profile…</source>
      <translation>&amp;Đổi người luyện tập…</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="80" />
      <source>&amp;Help</source>
      <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="81" />
      <source>&amp;About</source>
      <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="203" />
      <source>Loading scenarios…</source>
      <translation>Đang tải kịch bản…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="220" />
      <source>%1 scenarios loaded.</source>
      <translation>Đã tải %1 kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="223" />
      <source>%1 scenarios loaded; %2 file(s) have errors (listed below the table).</source>
      <translation>Đã tải %1 kịch bản; %2 tệp bị lỗi (liệt kê bên dưới bảng).</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="235" />
      <source>Scenarios could not be loaded</source>
      <translation>Không tải được kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="236" />
      <source>The scenario folders could not be read.</source>
      <translation>Không đọc được các thư mục kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="237" />
      <source>Check that the folders exist and that you may read them. Details: %1</source>
      <translation>Hãy kiểm tra thư mục có tồn tại và bạn có quyền đọc. Chi tiết: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="277" />
      <source>Practising as: %1</source>
      <translation>Người luyện tập: %1</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="78" />
      <source>Choose a folder of scenario files</source>
      <translation>Chọn thư mục chứa tệp kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="92" />
      <source>Folder unavailable</source>
      <translation>Không mở được thư mục</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="52" />
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="55" />
      <source>Finish or stop the interview first; the language changes on the library page.</source>
      <translation>Hãy hoàn thành hoặc kết thúc buổi phỏng vấn trước; ngôn ngữ được đổi ở trang thư viện kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="138" />
      <source>About</source>
      <translation>Giới thiệu</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="142" />
      <source>Practise answering journalists in a crisis, offline.</source>
      <translation>Luyện trả lời phóng viên khi có khủng hoảng truyền thông, không cần mạng.</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="144" />
      <source>Data folder: %1</source>
      <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="359" />
      <source>Settings could not be saved: %1</source>
      <translation>Không lưu được cài đặt: %1</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../ui/messages.py" line="25" />
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
  </context>
  <context>
    <name>ModelRow</name>
    <message>
      <location filename="../ui/spoken_settings.py" line="63" />
      <source>No model: spoken answers are not transcribed</source>
      <extracomment>How long the microphone test listens at most (seconds).</extracomment>
      <translation>Chưa có mô hình: câu trả lời nói sẽ không được chuyển thành chữ</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="64" />
      <source>Folder…</source>
      <translation>Thư mục…</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="66" />
      <source>Import .zip…</source>
      <translation>Nhập tệp .zip…</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="94" />
      <source>No model chosen.</source>
      <translation>Chưa chọn mô hình.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="96" />
      <source>Checking…</source>
      <translation>Đang kiểm tra…</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="107" />
      <source>Model found: %1 (%2).</source>
      <translation>Đã tìm thấy mô hình: %1 (%2).</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="124" />
      <source>Choose the model folder</source>
      <translation>Chọn thư mục mô hình</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="131" />
      <source>Choose the model's .zip file</source>
      <translation>Chọn tệp .zip của mô hình</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="132" />
      <source>Zip archives (*.zip)</source>
      <translation>Tệp nén Zip (*.zip)</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="139" />
      <source>Importing the model…</source>
      <translation>Đang nhập mô hình…</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="146" />
      <source>Importing…</source>
      <translation>Đang nhập…</translation>
    </message>
  </context>
  <context>
    <name>ObserverView</name>
    <message>
      <location filename="../ui/workshop/page.py" line="74" />
      <source>observing and scoring</source>
      <translation>quan sát và chấm điểm</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="75" />
      <source>&amp;Back to the workshops</source>
      <translation>&amp;Về danh sách buổi tập huấn</translation>
    </message>
  </context>
  <context>
    <name>PackActions</name>
    <message>
      <location filename="../ui/pack_actions.py" line="78" />
      <source>Import a scenario pack</source>
      <translation>Nhập một gói kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="80" />
      <source>Scenario packs (*.zip);;All files (*)</source>
      <translation>Gói kịch bản (*.zip);;Mọi tệp (*)</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="105" />
      <source>E&amp;xport scenario pack…</source>
      <translation>&amp;Xuất gói kịch bản…</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="109" />
      <source>&amp;Import scenario pack…</source>
      <translation>&amp;Nhập gói kịch bản…</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="113" />
      <source>&amp;Undo last pack import…</source>
      <translation>&amp;Hoàn tác lần nhập gói gần nhất…</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="163" />
      <source>%1 scenario(s) saved in the pack %2.</source>
      <translation>Đã lưu %1 kịch bản vào gói %2.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="166" />
      <source>Pack exported</source>
      <translation>Đã xuất gói</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="170" />
      <source>The pack could not be exported</source>
      <translation>Không xuất được gói</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="189" />
      <source>Import cancelled; nothing was installed.</source>
      <translation>Đã hủy nhập gói; không cài đặt gì.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="198" />
      <source>You can undo this import with File → Undo last pack import.</source>
      <translation>Có thể hoàn tác lần nhập này bằng Tệp → Hoàn tác lần nhập gói gần nhất.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="199" />
      <source>Pack imported</source>
      <translation>Đã nhập gói</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="205" />
      <source>Nothing new: every scenario of the pack is already in your library or was skipped.</source>
      <translation>Không có gì mới: mọi kịch bản trong gói đều đã có trong thư viện hoặc đã được bỏ qua.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="206" />
      <source>%1 scenario(s) added</source>
      <translation>%1 kịch bản được thêm mới</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="207" />
      <source>%1 kept beside the one you had, under a new id</source>
      <translation>%1 kịch bản được giữ song song với bản đã có, dưới mã mới</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="208" />
      <source>%1 replaced</source>
      <translation>%1 kịch bản được thay thế</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="209" />
      <source>%1 skipped</source>
      <translation>%1 kịch bản bị bỏ qua</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="210" />
      <source>%1 already installed (identical)</source>
      <translation>%1 kịch bản đã có sẵn (giống hệt)</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="211" />
      <source>%1 other file(s) added</source>
      <translation>%1 tệp khác được thêm</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="214" />
      <source>%1 other file(s) not copied: a different file of that name is already there</source>
      <translation>%1 tệp khác không được chép vì đã có một tệp khác cùng tên</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="218" />
      <source>The pack was imported into your scenario folder.</source>
      <translation>Gói đã được nhập vào thư mục kịch bản của bạn.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="221" />
      <source>The pack could not be imported</source>
      <translation>Không nhập được gói</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="232" />
      <location filename="../ui/pack_actions.py" line="261" />
      <source>Undo last pack import</source>
      <translation>Hoàn tác lần nhập gói gần nhất</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="234" />
      <source>There is no pack import to undo.</source>
      <translation>Không có lần nhập gói nào để hoàn tác.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="241" />
      <source>Undo the import of "%1" (%2)? Scenarios it added are removed and scenarios it replaced are restored. Files changed since the import are left as they are.</source>
      <translation>Hoàn tác lần nhập gói "%1" (%2)? Các kịch bản được thêm khi nhập sẽ bị gỡ, các kịch bản bị thay thế sẽ được khôi phục. Tệp nào đã sửa sau khi nhập sẽ được giữ nguyên.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="244" />
      <source>Undo import</source>
      <translation>Hoàn tác</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="244" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="254" />
      <source>Import undone: %1 file(s) removed, %2 restored.</source>
      <translation>Đã hoàn tác: %1 tệp đã gỡ, %2 tệp được khôi phục.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="259" />
      <source>These files were changed after the import and were left as they are:</source>
      <translation>Các tệp sau đã được sửa sau khi nhập nên được giữ nguyên:</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="265" />
      <source>The import could not be undone</source>
      <translation>Không hoàn tác được lần nhập</translation>
    </message>
  </context>
  <context>
    <name>PackDialogs</name>
    <message>
      <location filename="../ui/pack_dialogs.py" line="39" />
      <source>Several languages</source>
      <translation>Nhiều ngôn ngữ</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../ui/workshop/roster.py" line="170" />
      <source>Add a person</source>
      <translation>Thêm một người</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="173" />
      <source>e.g. Nguyễn Thị Lan</source>
      <translation>vd. Nguyễn Thị Lan</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="176" />
      <source>e.g. Trường THCS Hòa An</source>
      <translation>vd. Trường THCS Hòa An</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="180" />
      <source>&amp;Name:</source>
      <translation>&amp;Họ tên:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="181" />
      <source>&amp;School or unit:</source>
      <translation>&amp;Trường hoặc đơn vị:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="182" />
      <source>&amp;Role:</source>
      <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="184" />
      <source>Add</source>
      <translation>Thêm mới</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="185" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message>
      <location filename="../ui/trainer_mode.py" line="213" />
      <source>Trainer mode</source>
      <translation>Chế độ giảng viên</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="214" />
      <source>Choose a trainer PIN</source>
      <translation>Đặt mã PIN giảng viên</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="215" />
      <source>Change the trainer PIN</source>
      <translation>Đổi mã PIN giảng viên</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="218" />
      <source>Type the trainer PIN to edit reviews, delete data, change scenarios or run a workshop.</source>
      <translation>Nhập mã PIN giảng viên để sửa nhận xét, xóa dữ liệu, thay đổi kịch bản hoặc điều hành buổi tập huấn.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="222" />
      <source>Trainer mode protects reviews, data and scenarios from changes by trainees. Choose a PIN of at least 4 characters that only trainers know.</source>
      <translation>Chế độ giảng viên bảo vệ nhận xét, dữ liệu và kịch bản khỏi bị học viên thay đổi. Hãy đặt mã PIN có ít nhất 4 ký tự mà chỉ giảng viên biết.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="223" />
      <source>Type the current PIN, then the new one twice.</source>
      <translation>Nhập mã PIN hiện tại, sau đó nhập mã PIN mới hai lần.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="242" />
      <source>&amp;PIN:</source>
      <translation>Mã &amp;PIN:</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="242" />
      <source>&amp;Current PIN:</source>
      <translation>Mã PIN &amp;hiện tại:</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="244" />
      <source>&amp;New PIN:</source>
      <translation>Mã PIN &amp;mới:</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="245" />
      <source>&amp;Repeat the new PIN:</source>
      <translation>&amp;Nhập lại mã PIN mới:</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="254" />
      <source>Unlock</source>
      <translation>Mở khóa</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="255" />
      <source>Save PIN</source>
      <translation>Lưu mã PIN</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="257" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="281" />
      <source>Too many wrong PINs. Try again in %1.</source>
      <translation>Đã nhập sai mã PIN quá nhiều lần. Hãy thử lại sau %1.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="301" />
      <source>The two new PINs are not the same. Type the new PIN twice.</source>
      <translation>Hai lần nhập mã PIN mới không khớp nhau. Hãy nhập lại mã PIN mới hai lần.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="315" />
      <source>Wrong PIN. %1 more tries before a pause.</source>
      <translation>Sai mã PIN. Còn %1 lần thử trước khi phải chờ.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="318" />
      <source>Wrong PIN.</source>
      <translation>Sai mã PIN.</translation>
    </message>
  </context>
  <context>
    <name>PlayButton</name>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="73" />
      <source>Hear the trainee's spoken answer</source>
      <translation>Nghe câu trả lời nói của học viên</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="76" />
      <source>▶ &amp;Play the answer (%1)</source>
      <translation>▶ &amp;Nghe câu trả lời (%1)</translation>
    </message>
  </context>
  <context>
    <name>PracticePage</name>
    <message>
      <location filename="../ui/practice_failures.py" line="71" />
      <source>Your answer could not be saved</source>
      <translation>Không lưu được câu trả lời</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="117" />
      <source>This question could not be read aloud (the speech engine stopped). Read it above, or press Replay question to hear it.</source>
      <translation>Không đọc được câu hỏi này thành tiếng (bộ đọc giọng nói đã ngừng). Hãy đọc câu hỏi ở trên, hoặc bấm Nghe lại câu hỏi để nghe.</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="25" />
      <source>The progress database is busy (another program is writing to it). Your answer is kept; trying again…</source>
      <translation>Cơ sở dữ liệu kết quả đang bận (một chương trình khác đang ghi vào đó). Câu trả lời của bạn vẫn được giữ; đang thử lại…</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="39" />
      <source>The interview could not be started</source>
      <translation>Không bắt đầu được buổi phỏng vấn</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="41" />
      <source>The interview could not be resumed</source>
      <translation>Không tiếp tục được buổi phỏng vấn</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="47" />
      <source>The interview could not be marked as finished</source>
      <extracomment>How long a write is retried while another program holds the database locked (seconds). The pause between two tries (each try already waits the engine's busy timeout).</extracomment>
      <translation>Không đánh dấu được buổi phỏng vấn là đã xong</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="48" />
      <source>All your answers are saved. %1</source>
      <translation>Mọi câu trả lời của bạn đã được lưu. %1</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="51" />
      <source>%1 Until then the interview is offered for resumption, which finishes it.</source>
      <translation>%1 Cho đến lúc đó, buổi phỏng vấn vẫn được đề nghị tiếp tục; tiếp tục nó sẽ hoàn tất buổi này.</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="58" />
      <source>The interview could not be stopped cleanly</source>
      <translation>Không dừng được buổi phỏng vấn một cách trọn vẹn</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="61" />
      <source>All your answers are saved; the interview will be offered for resumption. %1</source>
      <translation>Mọi câu trả lời của bạn đã được lưu; buổi phỏng vấn sẽ được đề nghị tiếp tục sau. %1</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="74" />
      <source>%1 Your answer is still in the box, and nothing you saved before is lost.</source>
      <translation>%1 Câu trả lời của bạn vẫn còn trong ô, và những gì đã lưu trước đó không bị mất.</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="75" />
      <source>%1 Then submit the answer again.</source>
      <translation>%1 Sau đó hãy gửi lại câu trả lời.</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="352" />
      <source>Stop the interview?</source>
      <translation>Kết thúc buổi phỏng vấn?</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="353" />
      <source>Your answers so far are saved. You can resume this interview later from the scenario's briefing.</source>
      <translation>Các câu trả lời đến giờ đã được lưu. Bạn có thể tiếp tục buổi phỏng vấn này sau, từ trang giới thiệu của kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="354" />
      <source>Stop</source>
      <translation>Kết thúc</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="355" />
      <source>Keep going</source>
      <translation>Tiếp tục trả lời</translation>
    </message>
  </context>
  <context>
    <name>PractiseNextPanel</name>
    <message>
      <location filename="../ui/history/practise_next.py" line="78" />
      <source>What to practise next</source>
      <translation>Nên luyện gì tiếp theo</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="97" />
      <source>Practise a scenario or two: your weakest principles and what to practise will show here.</source>
      <translation>Hãy luyện một vài kịch bản: các nguyên tắc còn yếu và gợi ý luyện tập sẽ hiện ở đây.</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="116" />
      <source>recently: %1 met, %2 partly, %3 missed</source>
      <translation>gần đây: %1 đạt, %2 đạt một phần, %3 chưa đạt</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="120" />
      <source> of 100</source>
      <translation> trên 100</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="131" />
      <source>No scenario in the library exercises this principle yet.</source>
      <translation>Chưa có kịch bản nào trong thư viện rèn nguyên tắc này.</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="139" />
      <source>every question exercises it</source>
      <translation>câu hỏi nào cũng rèn nguyên tắc này</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="141" />
      <source>1 question exercises it</source>
      <translation>1 câu hỏi rèn nguyên tắc này</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="142" />
      <source>%1 questions exercise it</source>
      <translation>%1 câu hỏi rèn nguyên tắc này</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="145" />
      <source>Practise</source>
      <translation>Luyện tập</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <location filename="../ui/workshop/presenter.py" line="164" />
      <source>Turn %1</source>
      <translation>Lượt %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="174" />
      <source>follow-up</source>
      <translation>câu hỏi nối tiếp</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="185" />
      <source>Answering: %1</source>
      <translation>Người trả lời: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="185" />
      <source>Answered by %1</source>
      <translation>Câu trả lời của %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="195" />
      <source>Thank you!</source>
      <translation>Xin cảm ơn!</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="197" />
      <source>%1 answers in this run.</source>
      <translation>Phần thực hành có %1 câu trả lời.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="201" />
      <source>Next to answer</source>
      <translation>Người trả lời tiếp theo</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="218" />
      <source>Score</source>
      <translation>Điểm</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="255" />
      <source>Time is up</source>
      <translation>Hết giờ</translation>
    </message>
  </context>
  <context>
    <name>PresenterWindow</name>
    <message>
      <location filename="../ui/workshop/presenter.py" line="282" />
      <source>Presenter screen</source>
      <translation>Màn hình trình chiếu</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <location filename="../ui/profile_dialog.py" line="35" />
      <source>Who is practising?</source>
      <translation>Ai đang luyện tập?</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="41" />
      <source>Continue as</source>
      <translation>Tiếp tục với</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="46" />
      <source>e.g. Nguyễn Thị Lan</source>
      <translation>vd. Nguyễn Thị Lan</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="49" />
      <source>e.g. Trường THCS Hòa An</source>
      <translation>vd. Trường THCS Hòa An</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="55" />
      <source>Principal</source>
      <translation>Hiệu trưởng</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="56" />
      <source>Deputy principal</source>
      <translation>Phó hiệu trưởng</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="57" />
      <source>Teacher</source>
      <translation>Giáo viên</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="58" />
      <source>Education official (commune or ward)</source>
      <translation>Cán bộ phụ trách giáo dục (xã, phường)</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="59" />
      <source>Department of Education official</source>
      <translation>Cán bộ Sở GD&amp;ĐT</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="60" />
      <source>Spokesperson</source>
      <translation>Người phát ngôn</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="66" />
      <source>Your role</source>
      <translation>Vai của bạn</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="67" />
      <source>New profile</source>
      <translation>Hồ sơ mới</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="69" />
      <source>&amp;Name:</source>
      <translation>&amp;Họ tên:</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="70" />
      <source>&amp;School or unit:</source>
      <translation>&amp;Trường hoặc đơn vị:</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="71" />
      <source>&amp;Role:</source>
      <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="82" />
      <location filename="../ui/profile_dialog.py" line="120" />
      <source>Start</source>
      <translation>Bắt đầu</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="83" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="120" />
      <source>Create and start</source>
      <translation>Tạo và bắt đầu</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="135" />
      <source>The profile could not be saved: %1</source>
      <translation>Không lưu được hồ sơ: %1</translation>
    </message>
  </context>
  <context>
    <name>RecordingPanel</name>
    <message>
      <location filename="../ui/recording_panel.py" line="173" />
      <source>Recording is not possible here: type your answer.</source>
      <translation>Không thể ghi âm ở đây: hãy gõ câu trả lời.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="181" />
      <source>Opening the microphone…</source>
      <translation>Đang mở micrô…</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="190" />
      <source>Finishing the recording…</source>
      <translation>Đang hoàn tất bản ghi âm…</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="201" />
      <source>■ S&amp;top (Space)</source>
      <translation>■ Dừng &amp;ghi (phím Cách)</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="202" />
      <source>Stop recording (Space)</source>
      <translation>Dừng ghi âm (phím Cách)</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="209" />
      <source>The microphone chosen in Settings (%1) is not connected; recording from %2. Press Space to stop.</source>
      <translation>Micrô đã chọn trong Cài đặt (%1) chưa được kết nối; đang ghi âm bằng %2. Nhấn phím Cách để dừng.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="211" />
      <source>Recording… speak now. Press Space to stop.</source>
      <translation>Đang ghi âm… mời bạn trả lời. Nhấn phím Cách để dừng.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="230" />
      <source>The maximum length (%1) was reached, so recording stopped. Your take is kept.</source>
      <translation>Đã hết thời lượng tối đa (%1) nên việc ghi âm dừng lại. Bản ghi của bạn vẫn được giữ.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="236" />
      <source>The microphone stopped sending sound (was it unplugged?). The %1 recorded before that are kept; you can use them, record again or type your answer.</source>
      <translation>Micrô ngừng nhận âm thanh (có thể đã bị rút ra). Phần đã ghi được (%1) vẫn được giữ; bạn có thể dùng phần này, ghi âm lại hoặc gõ câu trả lời.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="241" />
      <source>The recording could not be written to the data folder (is the disk full?). The %1 saved before that are kept.</source>
      <translation>Không ghi được bản ghi âm vào thư mục dữ liệu (có thể ổ đĩa đã đầy). Phần đã lưu trước đó (%1) vẫn được giữ.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="244" />
      <source>Recorded %1, but it is very quiet: check the microphone in Settings.</source>
      <translation>Đã ghi %1 nhưng âm thanh rất nhỏ: hãy kiểm tra micrô trong Cài đặt.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="248" />
      <source>Recorded %1.</source>
      <translation>Đã ghi %1.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="273" />
      <source>Type your answer below.</source>
      <translation>Hãy gõ câu trả lời vào ô bên dưới.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="275" />
      <source>Press Space to answer aloud, or type your answer below.</source>
      <translation>Nhấn phím Cách để trả lời bằng lời nói, hoặc gõ câu trả lời vào ô bên dưới.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="280" />
      <source>● Record &amp;again (Space)</source>
      <translation>● Ghi â&amp;m lại (phím Cách)</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="280" />
      <source>● Re&amp;cord answer (Space)</source>
      <translation>● Ghi â&amp;m câu trả lời (phím Cách)</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="281" />
      <source>Answer aloud: press Space to start and again to stop</source>
      <translation>Trả lời bằng lời nói: nhấn phím Cách để bắt đầu, nhấn lần nữa để dừng</translation>
    </message>
  </context>
  <context>
    <name>RestoreBackup</name>
    <message>
      <location filename="../ui/restore_backup.py" line="47" />
      <source>Choose a backup of the progress database</source>
      <translation>Chọn một bản sao lưu của cơ sở dữ liệu kết quả</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="49" />
      <source>Database copies (*.sqlite3 *.db);;All files (*)</source>
      <translation>Bản sao cơ sở dữ liệu (*.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="57" />
      <source>The backup %1 is now the progress database.</source>
      <translation>Bản sao lưu %1 giờ là cơ sở dữ liệu kết quả.</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="63" />
      <source>The damaged file was moved, as it was, to %1 in case it is needed.</source>
      <translation>Tệp hỏng đã được chuyển nguyên trạng sang %1 phòng khi cần đến.</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="64" />
      <source>The backup was restored</source>
      <translation>Đã khôi phục bản sao lưu</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="74" />
      <source>The backup could not be restored</source>
      <translation>Không khôi phục được bản sao lưu</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="79" />
      <source>The file %1 is not a copy of the progress database made by this version of the app, so nothing was changed.</source>
      <translation>Tệp %1 không phải là bản sao cơ sở dữ liệu kết quả do phiên bản ứng dụng này tạo ra, nên không có gì bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="82" />
      <source>Choose another copy and try again.</source>
      <translation>Hãy chọn một bản sao khác rồi thử lại.</translation>
    </message>
  </context>
  <context>
    <name>RoomTable</name>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="103" />
      <source>Principle</source>
      <translation>Nguyên tắc</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="104" />
      <source>Mean</source>
      <translation>Trung
bình</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="105" />
      <source>SD</source>
      <translation>Độ lệch
chuẩn</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="106" />
      <source>Lowest–
highest</source>
      <translation>Thấp nhất–
cao nhất</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="108" />
      <source>Met / partly /
missed</source>
      <translation>Đạt / một phần
/ chưa đạt</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="107" />
      <source>Answers</source>
      <translation>Số
câu</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="109" />
      <source>Re-scored</source>
      <translation>GV
chấm lại</translation>
    </message>
  </context>
  <context>
    <name>Roster</name>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="189" />
      <source>The file has no names in it.</source>
      <translation>Tệp không có tên người nào.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="192" />
      <source>The file could not be read (%1). Check that it exists and that you may open it.</source>
      <translation>Không đọc được tệp (%1). Hãy kiểm tra tệp còn tồn tại và máy được phép mở tệp.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="195" />
      <source>The file is larger than 5 MB; a roster is a short list of names. Choose the right file.</source>
      <translation>Tệp lớn hơn 5 MB, trong khi danh sách học viên chỉ là một danh sách tên ngắn. Hãy chọn đúng tệp.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="200" />
      <source>The file is not in UTF-8, so Vietnamese letters would be garbled. In Excel choose File → Save As → “CSV UTF-8 (Comma delimited)”, then import that file.</source>
      <translation>Tệp không ở mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi phông. Trong Excel, chọn File → Save As → “CSV UTF-8 (Comma delimited)”, rồi nhập tệp vừa lưu.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="205" />
      <source>This is an Excel workbook, not a CSV file. In Excel choose File → Save As → “CSV UTF-8 (Comma delimited)”, then import that file.</source>
      <translation>Đây là tệp bảng tính Excel, không phải tệp CSV. Trong Excel, chọn File → Save As → “CSV UTF-8 (Comma delimited)”, rồi nhập tệp vừa lưu.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="206" />
      <source>The file contains binary data: it is not a CSV text file.</source>
      <translation>Tệp chứa dữ liệu nhị phân, không phải tệp văn bản CSV.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="211" />
      <source>A quotation mark is not closed here, so the rest of the file cannot be read. Fix the quotes on this line and import again.</source>
      <translation>Có dấu ngoặc kép chưa được đóng ở đây nên không đọc được phần còn lại của tệp. Hãy sửa dấu ngoặc kép ở dòng này rồi nhập lại.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="214" />
      <source>The header row has no name column. Name it “Họ và tên” (or “name”).</source>
      <translation>Dòng tiêu đề không có cột họ tên. Hãy đặt tên cột là “Họ và tên” (hoặc “name”).</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="215" />
      <source>No name on this line; the line is skipped.</source>
      <translation>Dòng này không có họ tên nên được bỏ qua.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="216" />
      <source>“%1” is a number, not a name; the line is skipped.</source>
      <translation>“%1” là một con số, không phải họ tên, nên dòng này được bỏ qua.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="219" />
      <source>The name is longer than %1 characters; the line is skipped.</source>
      <translation>Họ tên dài quá %1 ký tự nên dòng này được bỏ qua.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="222" />
      <source>The school or unit is longer than %1 characters; the line is skipped.</source>
      <translation>Tên trường hoặc đơn vị dài quá %1 ký tự nên dòng này được bỏ qua.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="225" />
      <source>The role is longer than %1 characters; the line is skipped.</source>
      <translation>Chức vụ dài quá %1 ký tự nên dòng này được bỏ qua.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="226" />
      <source>The same person as on line %1; the line is skipped.</source>
      <translation>Trùng với người ở dòng %1 nên dòng này được bỏ qua.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="230" />
      <source>Line %1: %2</source>
      <translation>Dòng %1: %2</translation>
    </message>
  </context>
  <context>
    <name>RosterEditor</name>
    <message>
      <location filename="../ui/workshop/roster.py" line="217" />
      <source>Name</source>
      <translation>Họ tên</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="217" />
      <source>School or unit</source>
      <translation>Trường hoặc đơn vị</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="217" />
      <source>Role</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="224" />
      <source>&amp;Add a person…</source>
      <translation>&amp;Thêm một người…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="227" />
      <source>&amp;Import a CSV file…</source>
      <translation>&amp;Nhập từ tệp CSV…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="231" />
      <source>A list of names, with schools and roles if you have them (UTF-8, commas or semicolons)</source>
      <translation>Danh sách họ tên, kèm trường và chức vụ nếu có (mã UTF-8, ngăn cách bằng dấu phẩy hoặc dấu chấm phẩy)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="233" />
      <source>&amp;Remove from the roster</source>
      <translation>&amp;Xóa khỏi danh sách</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="235" />
      <source>Their profile and answers stay; they only leave this workshop's list</source>
      <translation>Hồ sơ và các câu trả lời vẫn được giữ; người này chỉ rời khỏi danh sách của buổi tập huấn</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="292" />
      <source>Import a roster</source>
      <translation>Nhập danh sách học viên</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="293" />
      <source>CSV files (*.csv *.txt);;All files (*)</source>
      <translation>Tệp CSV (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="313" />
      <source>The file has no names in it.</source>
      <translation>Tệp không có tên người nào.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="313" />
      <source>Nothing imported. %1</source>
      <translation>Chưa nhập được ai. %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="329" />
      <source>Added to the roster: %1 new, %2 who had a profile already; %3 were on it already.</source>
      <translation>Đã thêm vào danh sách: %1 người mới, %2 người đã có hồ sơ; %3 người đã có trong danh sách từ trước.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="334" />
      <source>%1 lines of the file were skipped (see the list of problems).</source>
      <translation>%1 dòng của tệp đã bị bỏ qua (xem danh sách vấn đề).</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="367" />
      <source>The roster could not be changed: %1</source>
      <translation>Không thay đổi được danh sách học viên: %1</translation>
    </message>
  </context>
  <context>
    <name>RunDialog</name>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="114" />
      <source>Run a scenario for the room</source>
      <translation>Thực hành kịch bản với cả lớp</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="125" />
      <source>Everyone answers each question in turn (rounds)</source>
      <translation>Mọi người lần lượt trả lời từng câu hỏi (theo vòng)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="129" />
      <source>Good for comparing answers: each person has their own interview and follow-ups</source>
      <translation>Thuận tiện để so sánh các câu trả lời: mỗi người có cuộc phỏng vấn và câu hỏi nối tiếp riêng</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="130" />
      <source>One shared interview, each question to the next person (relay)</source>
      <translation>Một cuộc phỏng vấn chung, mỗi câu hỏi chuyển cho người kế tiếp (tiếp sức)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="134" />
      <source>Like a press conference: the follow-up to a weak answer goes to the next person</source>
      <translation>Giống một cuộc họp báo: câu hỏi nối tiếp sau một câu trả lời chưa tốt sẽ dành cho người kế tiếp</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="141" />
      <source> s</source>
      <translation> giây</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="142" />
      <source>For questions whose scenario sets no time limit</source>
      <translation>Áp dụng cho những câu hỏi mà kịch bản không quy định thời gian</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="144" />
      <source>&amp;Scenario:</source>
      <translation>&amp;Kịch bản:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="145" />
      <source>&amp;Level:</source>
      <translation>&amp;Mức độ:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="146" />
      <source>Form:</source>
      <translation>Hình thức:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="148" />
      <source>&amp;Answer time:</source>
      <translation>&amp;Thời gian trả lời:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="149" />
      <source>%1 people on the roster.</source>
      <translation>Danh sách có %1 người.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="152" />
      <source>Start the run</source>
      <translation>Bắt đầu thực hành</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="155" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
  <context>
    <name>SavingDialog</name>
    <message>
      <location filename="../ui/closing.py" line="45" />
      <source>Saving your answer</source>
      <translation>Đang lưu câu trả lời của bạn</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="48" />
      <source>Your last answer is still being saved. The window closes by itself as soon as it is saved.</source>
      <translation>Câu trả lời vừa rồi của bạn vẫn đang được lưu. Cửa sổ sẽ tự đóng ngay khi lưu xong.</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="61" />
      <source>If you close without waiting, the answer is kept in a file and put back in the answer box when you resume this interview.</source>
      <translation>Nếu bạn đóng mà không chờ, câu trả lời sẽ được giữ lại trong một tệp và đưa trở lại ô trả lời khi bạn tiếp tục buổi phỏng vấn này.</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="66" />
      <source>&amp;Close without waiting</source>
      <translation>Đón&amp;g mà không chờ</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="69" />
      <source>&amp;Don't close</source>
      <translation>&amp;Không đóng</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="100" />
      <source>The progress database is busy (another program is writing to it); trying again… (%1 s)</source>
      <translation>Cơ sở dữ liệu kết quả đang bận (một chương trình khác đang ghi vào đó); đang thử lại… (%1 giây)</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="102" />
      <source>Saving… (%1 s)</source>
      <translation>Đang lưu… (%1 giây)</translation>
    </message>
  </context>
  <context>
    <name>ScenarioEditor</name>
    <message>
      <location filename="../ui/editor/choices.py" line="112" />
      <source>Set a deadline for initial information</source>
      <translation>Đặt hạn cung cấp thông tin ban đầu</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="126" />
      <source>e.g. Decision 22/QĐ-BGDĐT (2019): within 6 hours</source>
      <translation>vd. Quyết định 22/QĐ-BGDĐT (2019): trong vòng 6 giờ</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="127" />
      <source>Hours</source>
      <translation>Số giờ</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="128" />
      <source>Basis</source>
      <translation>Căn cứ</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="168" />
      <source>Always ask it</source>
      <translation>Luôn hỏi câu này</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="169" />
      <source>Overall score below</source>
      <translation>Điểm chung dưới</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="170" />
      <source>Principle missed</source>
      <translation>Nguyên tắc chưa đạt</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="171" />
      <source>Principle not fully met</source>
      <translation>Nguyên tắc chưa đạt đầy đủ</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="172" />
      <source>Principle scored below</source>
      <translation>Điểm nguyên tắc dưới</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="173" />
      <source>Key message not delivered</source>
      <translation>Chưa truyền tải thông điệp</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="174" />
      <source>Fact not given</source>
      <translation>Chưa nêu dữ kiện</translation>
    </message>
    <message>
      <location filename="../ui/editor/text_fields.py" line="71" />
      <source>Suggest</source>
      <translation>Gợi ý</translation>
    </message>
    <message>
      <location filename="../ui/editor/text_fields.py" line="74" />
      <source>Make an id from the text: no diacritics, words joined by -</source>
      <translation>Tạo mã từ nội dung: bỏ dấu, nối các từ bằng dấu -</translation>
    </message>
    <message>
      <location filename="../ui/editor/number_fields.py" line="114" />
      <source>Write a number, e.g. 37 or 2.5</source>
      <extracomment>A value that means "leave the key out" (an optional field left empty). Optional objects removed once their last key is gone. items whose id the trainer typed: their id no longer follows their text</extracomment>
      <translation>Hãy nhập một số, vd. 37 hoặc 2.5</translation>
    </message>
    <message>
      <location filename="../ui/editor/text_fields.py" line="107" />
      <source>One per line</source>
      <translation>Mỗi dòng một mục</translation>
    </message>
    <message>
      <location filename="../ui/editor/forms.py" line="191" />
      <source>%1 reference(s) to “%2” now point to “%3”.</source>
      <extracomment>ids used elsewhere that a suggested id must avoid (the library's, for the scenario id)</extracomment>
      <translation>Đã chuyển %1 chỗ tham chiếu từ “%2” sang “%3”.</translation>
    </message>
    <message>
      <location filename="../ui/editor/forms.py" line="221" />
      <source>Line %1: %2</source>
      <translation>Dòng %1: %2</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="15" />
      <source>Opening: what happened?</source>
      <translation>Mở đầu: chuyện gì đã xảy ra?</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="16" />
      <source>Asks for a fact</source>
      <translation>Hỏi một dữ kiện</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="17" />
      <source>Asks for the cause</source>
      <translation>Hỏi nguyên nhân</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="18" />
      <source>What is being done</source>
      <translation>Đang làm gì</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="19" />
      <source>Who is to blame</source>
      <translation>Ai chịu trách nhiệm</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="20" />
      <source>Pushes for a guess</source>
      <translation>Ép phỏng đoán</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="21" />
      <source>What if…</source>
      <translation>Giả định “nếu như…”</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="22" />
      <source>Off the record</source>
      <translation>Mời nói “ngoài lề”</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="23" />
      <source>Either-or</source>
      <translation>Ép chọn một trong hai</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="24" />
      <source>Emotional</source>
      <translation>Đánh vào cảm xúc</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="25" />
      <source>Repeats and presses</source>
      <translation>Hỏi dồn, hỏi lặp lại</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="26" />
      <source>Fishes for private information</source>
      <translation>Dò hỏi thông tin riêng tư</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="27" />
      <source>Closing: what next?</source>
      <translation>Kết thúc: bước tiếp theo?</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="31" />
      <source>%1 (trap)</source>
      <translation>%1 (bẫy)</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="37" />
      <source>A pupil's name</source>
      <translation>Họ tên học sinh</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="38" />
      <source>A pupil's class</source>
      <translation>Lớp của học sinh</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="39" />
      <source>Health, medical details</source>
      <translation>Sức khỏe, bệnh án</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="40" />
      <source>Academic results</source>
      <translation>Kết quả học tập</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="41" />
      <source>A pupil's family</source>
      <translation>Gia đình học sinh</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="42" />
      <source>Exam content</source>
      <translation>Nội dung đề thi</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="43" />
      <source>Staff matters, discipline</source>
      <translation>Nhân sự, kỷ luật</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="44" />
      <source>Under investigation</source>
      <translation>Đang điều tra, xác minh</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="45" />
      <source>Other</source>
      <translation>Khác</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="52" />
      <source>female</source>
      <translation>nữ</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="53" />
      <source>male</source>
      <translation>nam</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="59" />
      <source>northern</source>
      <translation>miền Bắc</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="60" />
      <source>central</source>
      <translation>miền Trung</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="61" />
      <source>southern</source>
      <translation>miền Nam</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="62" />
      <source>no regional accent</source>
      <translation>không theo vùng miền</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="68" />
      <source>General</source>
      <translation>Thông tin chung</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="69" />
      <source>Briefing</source>
      <translation>Giới thiệu tình huống</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="70" />
      <source>Fact sheet</source>
      <translation>Dữ kiện</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="71" />
      <source>Confidential</source>
      <translation>Thông tin mật</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="72" />
      <source>Key messages</source>
      <translation>Thông điệp chính</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="73" />
      <source>Journalists</source>
      <translation>Phóng viên</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="74" />
      <source>Questions</source>
      <translation>Câu hỏi</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="82" />
      <source>no condition</source>
      <translation>không có điều kiện</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="85" />
      <source>always</source>
      <translation>luôn hỏi</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="89" />
      <source>score &lt; %1</source>
      <translation>điểm &lt; %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="91" />
      <source>the score is below %1</source>
      <translation>điểm dưới %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="95" />
      <source>%1 missed</source>
      <translation>%1: chưa đạt</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="99" />
      <source>%1 not met</source>
      <translation>%1: chưa đạt đầy đủ</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="104" />
      <source>%1 &lt; %2</source>
      <translation>%1 &lt; %2</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="109" />
      <source>key message %1 missing</source>
      <translation>thiếu thông điệp %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="112" />
      <source>fact %1 missing</source>
      <translation>thiếu dữ kiện %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="116" />
      <source> and </source>
      <translation> và </translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="62" />
      <source>Add</source>
      <translation>Thêm mới</translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="65" />
      <source>Duplicate</source>
      <translation>Nhân bản</translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="68" />
      <location filename="../ui/editor/lists.py" line="201" />
      <location filename="../ui/editor/lists.py" line="205" />
      <source>Remove</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="71" />
      <source>Move up</source>
      <translation>Chuyển lên</translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="74" />
      <source>Move down</source>
      <translation>Chuyển xuống</translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="202" />
      <source>Remove “%1”? References to it will be shown as problems.</source>
      <translation>Xóa “%1”? Những chỗ tham chiếu tới mục này sẽ được báo lỗi.</translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="206" />
      <source>Keep</source>
      <translation>Giữ lại</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="36" />
      <source>Ask next</source>
      <translation>Câu hỏi tiếp theo</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="47" />
      <source>When</source>
      <translation>Khi</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="55" />
      <source>Levels</source>
      <translation>Mức độ áp dụng</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="57" />
      <source>from Beginner</source>
      <translation>từ mức Cơ bản</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="58" />
      <source>from Intermediate</source>
      <translation>từ mức Trung bình</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="59" />
      <source>Advanced only</source>
      <translation>Chỉ ở mức Nâng cao</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="62" />
      <source>every level</source>
      <translation>mọi mức độ</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="75" />
      <source>level %1+</source>
      <translation>mức %1 trở lên</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="85" />
      <source>Question</source>
      <translation>Câu hỏi</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="68" />
      <location filename="../ui/editor/list_sections.py" line="121" />
      <location filename="../ui/editor/list_sections.py" line="157" />
      <location filename="../ui/editor/list_sections.py" line="184" />
      <location filename="../ui/editor/questions.py" line="86" />
      <location filename="../ui/editor/sections.py" line="102" />
      <source>Id</source>
      <translation>Mã</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="87" />
      <source>Try this question…</source>
      <translation>Thử câu hỏi này…</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="91" />
      <source>Hear it spoken and score a sample answer against the draft (Ctrl+T)</source>
      <translation>Nghe câu hỏi và chấm thử một câu trả lời theo bản nháp (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="97" />
      <source>Asked by</source>
      <translation>Người hỏi</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="125" />
      <location filename="../ui/editor/questions.py" line="107" />
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="113" />
      <source>Scored on</source>
      <translation>Chấm theo nguyên tắc</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="116" />
      <source>Timeliness and spoken delivery are scored automatically.</source>
      <translation>Phản hồi kịp thời và cách nói được chấm tự động.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="122" />
      <source>Expected key messages</source>
      <translation>Thông điệp cần truyền tải</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="126" />
      <source>None yet: add them in the Key messages section.</source>
      <translation>Chưa có: hãy thêm trong mục Thông điệp chính.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="132" />
      <source>Expected facts</source>
      <translation>Dữ kiện cần nêu</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="138" />
      <source>Only confirmed facts can be expected.</source>
      <translation>Chỉ yêu cầu nêu các dữ kiện đã được xác nhận.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="139" />
      <source>None yet: add confirmed facts in the Fact sheet section.</source>
      <translation>Chưa có: hãy thêm dữ kiện đã xác nhận trong mục Dữ kiện.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="142" />
      <source>Model answer</source>
      <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="146" />
      <source>Loaded words</source>
      <translation>Từ ngữ gài bẫy</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="149" />
      <source>Words of the question the trainee should not repeat.</source>
      <translation>Những từ trong câu hỏi mà học viên không nên nhắc lại.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="155" />
      <source>Time limit (seconds)</source>
      <translation>Thời gian trả lời (giây)</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="159" />
      <source>no limit</source>
      <translation>không giới hạn</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="165" />
      <source>Follow-up</source>
      <translation>Câu hỏi phụ</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="166" />
      <source>Asked only as a follow-up of another question</source>
      <translation>Chỉ hỏi khi một câu khác dẫn tới (câu hỏi phụ)</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="173" />
      <source>Asked at most</source>
      <translation>Số lần hỏi tối đa</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="177" />
      <source>2 times (default)</source>
      <translation>2 lần (mặc định)</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="182" />
      <source>Notes for the trainer</source>
      <translation>Ghi chú cho giảng viên</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="193" />
      <source>No follow-ups: the interview goes on with the next question.</source>
      <translation>Không có câu hỏi phụ: buổi phỏng vấn chuyển sang câu hỏi tiếp theo.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="194" />
      <source>Add follow-up</source>
      <translation>Thêm câu hỏi phụ</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="199" />
      <source>Follow-ups (the first that applies is asked next)</source>
      <translation>Câu hỏi phụ (câu đầu tiên thỏa điều kiện sẽ được hỏi tiếp)</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="234" />
      <source>No questions yet. Add the journalist's first question.</source>
      <translation>Chưa có câu hỏi nào. Hãy thêm câu hỏi đầu tiên của phóng viên.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="235" />
      <source>Add question</source>
      <translation>Thêm câu hỏi</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="248" />
      <source>Question flow (click a box to open the question)</source>
      <translation>Luồng câu hỏi (bấm vào một ô để mở câu hỏi)</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="95" />
      <source>Title</source>
      <translation>Tiêu đề</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="96" />
      <source>Name the incident, in a few words</source>
      <translation>Nêu tên sự việc trong vài chữ</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="105" />
      <source>Also the file name. Lower-case letters without diacritics, digits and hyphens.</source>
      <translation>Đồng thời là tên tệp. Chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang.</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="111" />
      <source>Language of the scenario</source>
      <translation>Ngôn ngữ của kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="118" />
      <source>Summary</source>
      <translation>Tóm tắt</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="120" />
      <source>One to three sentences, shown in the library.</source>
      <translation>Một đến ba câu, hiển thị trong thư viện kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="125" />
      <source>Category</source>
      <translation>Chủ đề</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="131" />
      <source>Difficulty</source>
      <translation>Mức độ</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="135" />
      <source>Minutes to practise</source>
      <translation>Thời gian luyện tập (phút)</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="136" />
      <source>Tags</source>
      <translation>Nhãn</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="137" />
      <source>Author</source>
      <translation>Người soạn</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="138" />
      <source>Revision</source>
      <translation>Lần sửa đổi</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="148" />
      <source>Role of the trainee</source>
      <translation>Vai của học viên</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="149" />
      <source>e.g. Principal of a primary school</source>
      <translation>vd. Hiệu trưởng trường tiểu học</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="155" />
      <source>Organisation</source>
      <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="156" />
      <source>Fictional, marked “(hư cấu)”.</source>
      <translation>Tên hư cấu, ghi rõ “(hư cấu)”.</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="162" />
      <source>Situation</source>
      <translation>Tình huống</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="164" />
      <source>Only what the person in the role knows now.</source>
      <translation>Chỉ ghi những gì người trong vai biết ở thời điểm này.</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="170" />
      <source>Hours since the incident</source>
      <translation>Số giờ kể từ khi xảy ra sự việc</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="177" />
      <source>May say</source>
      <translation>Được phép nêu</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="179" />
      <source>Not theirs to say</source>
      <translation>Không thuộc thẩm quyền phát ngôn</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="181" />
      <source>Information deadline</source>
      <translation>Hạn cung cấp thông tin</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="67" />
      <source>Fact</source>
      <translation>Dữ kiện</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="72" />
      <location filename="../ui/editor/try_dialog.py" line="96" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="73" />
      <source>Confirmed: the trainee may state it</source>
      <translation>Đã xác nhận: học viên được phép nêu</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="74" />
      <source>Leave unticked for a rumour or a guess that must not be asserted.</source>
      <translation>Bỏ chọn nếu đây là tin đồn hoặc phỏng đoán, không được khẳng định.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="79" />
      <source>Key number</source>
      <translation>Số liệu chính</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="80" />
      <source>Optional, e.g. 37.</source>
      <translation>Không bắt buộc, vd. 37.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="85" />
      <source>Unit</source>
      <translation>Đơn vị tính</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="87" />
      <source>e.g. pupils</source>
      <translation>vd. học sinh</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="93" />
      <source>Keywords</source>
      <translation>Từ khóa</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="95" />
      <source>Phrases that show the trainee gave this fact.</source>
      <translation>Các cụm từ cho thấy học viên đã nêu dữ kiện này.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="108" />
      <source>No facts yet. Add the first fact of the fact sheet.</source>
      <translation>Chưa có dữ kiện nào. Hãy thêm dữ kiện đầu tiên.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="109" />
      <source>Add fact</source>
      <translation>Thêm dữ kiện</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="120" />
      <source>Confidential information</source>
      <translation>Thông tin mật</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="132" />
      <source>Revealing phrases</source>
      <translation>Cụm từ làm lộ thông tin</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="133" />
      <source>An answer that contains one of these has disclosed the item.</source>
      <translation>Câu trả lời có một trong các cụm từ này bị coi là đã tiết lộ thông tin.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="142" />
      <source>Nothing confidential yet. Add what the trainee knows but must never say.</source>
      <translation>Chưa có thông tin mật. Hãy thêm những gì học viên biết nhưng tuyệt đối không được nói.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="143" />
      <source>Add item</source>
      <translation>Thêm mục</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="152" />
      <source>Key message</source>
      <translation>Thông điệp chính</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="154" />
      <source>At most 27 words; at most 3 key messages.</source>
      <translation>Không quá 27 chữ; tối đa 3 thông điệp chính.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="161" />
      <source>Phrasings</source>
      <translation>Cách diễn đạt</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="165" />
      <source>Different ways of saying the message; an answer with one of them delivers it.</source>
      <translation>Các cách diễn đạt thông điệp; câu trả lời có một trong các cách này được tính là đã truyền tải thông điệp.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="174" />
      <source>No key messages yet (one to three).</source>
      <translation>Chưa có thông điệp chính nào (từ một đến ba thông điệp).</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="175" />
      <source>Add key message</source>
      <translation>Thêm thông điệp</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="182" />
      <source>Name</source>
      <translation>Họ tên</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="182" />
      <source>A fictional person.</source>
      <translation>Nhân vật hư cấu.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="188" />
      <source>Outlet</source>
      <translation>Cơ quan báo chí</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="189" />
      <source>e.g. Báo Tin Nhanh Điện tử (hư cấu)</source>
      <translation>vd. Báo Tin Nhanh Điện tử (hư cấu)</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="192" />
      <source>Style</source>
      <translation>Phong cách</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="194" />
      <source>as the computer chooses</source>
      <translation>theo máy tính chọn</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="197" />
      <source>Voice</source>
      <translation>Giọng đọc</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="206" />
      <source>Accent</source>
      <translation>Giọng vùng miền</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="215" />
      <source>Speaking rate</source>
      <translation>Tốc độ đọc</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="221" />
      <location filename="../ui/editor/list_sections.py" line="234" />
      <source>normal</source>
      <translation>bình thường</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="228" />
      <source>Pitch</source>
      <translation>Cao độ giọng</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="247" />
      <source>No journalists yet. Add who asks the questions.</source>
      <translation>Chưa có phóng viên nào. Hãy thêm người đặt câu hỏi.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="248" />
      <source>Add journalist</source>
      <translation>Thêm phóng viên</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="57" />
      <location filename="../ui/editor/window.py" line="299" />
      <location filename="../ui/editor/window.py" line="306" />
      <source>Try this question</source>
      <translation>Thử câu hỏi này</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="63" />
      <source>Play the question</source>
      <translation>Phát câu hỏi</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="76" />
      <source>Type a sample answer, as a trainee would…</source>
      <translation>Nhập một câu trả lời thử như học viên sẽ trả lời…</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="77" />
      <source>Use the model answer</source>
      <translation>Dùng câu trả lời mẫu</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="79" />
      <source>Score (Ctrl+Enter)</source>
      <translation>Chấm điểm (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="95" />
      <source>Principle</source>
      <translation>Nguyên tắc</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="97" />
      <source>Score</source>
      <translation>Điểm</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="98" />
      <source>Why</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="109" />
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="161" />
      <location filename="../ui/editor/window.py" line="307" />
      <source>Fix the problems of the draft first; then the question can be tried.</source>
      <translation>Hãy sửa các lỗi của bản nháp trước; sau đó mới thử được câu hỏi.</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="164" />
      <source>Speech is not available here; read the question aloud yourself.</source>
      <translation>Chức năng đọc câu hỏi không dùng được ở đây; hãy tự đọc to câu hỏi.</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="172" />
      <source>Preparing the voice…</source>
      <translation>Đang chuẩn bị giọng đọc…</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="176" />
      <source>The question could not be spoken.</source>
      <translation>Không đọc được câu hỏi.</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="192" />
      <source>The question could not be spoken: %1</source>
      <translation>Không đọc được câu hỏi: %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="196" />
      <source>Speaking…</source>
      <translation>Đang đọc…</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="203" />
      <source>Fix the problems of the draft first; then answers can be scored.</source>
      <translation>Hãy sửa các lỗi của bản nháp trước; sau đó mới chấm được câu trả lời.</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="208" />
      <source>Type a sample answer first.</source>
      <translation>Hãy nhập một câu trả lời thử trước.</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="224" />
      <source>Not in the answer: %1</source>
      <translation>Câu trả lời còn thiếu: %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="253" />
      <source>The answer could not be scored: %1</source>
      <translation>Không chấm được câu trả lời: %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/validation.py" line="59" />
      <source>Give an id: it follows the text until you type one.</source>
      <translation>Hãy đặt mã: mã tự tạo theo nội dung cho đến khi bạn tự nhập.</translation>
    </message>
    <message>
      <location filename="../ui/editor/validation.py" line="63" />
      <source>Nothing chosen yet; if the list is empty, add the item in its section first.</source>
      <translation>Chưa chọn; nếu danh sách trống, hãy thêm mục đó ở phần tương ứng trước.</translation>
    </message>
    <message>
      <location filename="../ui/editor/validation.py" line="123" />
      <source>The check failed unexpectedly: %1</source>
      <translation>Việc kiểm tra gặp lỗi ngoài dự kiến: %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/validation.py" line="150" />
      <source>Another scenario already uses this id (%1); choose another one.</source>
      <translation>Mã này đã được một kịch bản khác sử dụng (%1); hãy chọn mã khác.</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="85" />
      <source>Checking…</source>
      <translation>Đang kiểm tra…</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="143" />
      <source>&amp;Scenario</source>
      <translation>&amp;Kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="155" />
      <source>&amp;New scenario</source>
      <translation>Kịch bản &amp;mới</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="158" />
      <source>Edit a &amp;copy of a scenario…</source>
      <translation>Sửa &amp;bản sao của một kịch bản…</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="161" />
      <source>&amp;Open one of my scenarios…</source>
      <translation>&amp;Mở kịch bản của tôi…</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="163" />
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="164" />
      <source>&amp;Close</source>
      <translation>Đón&amp;g</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="171" />
      <source>&amp;Check</source>
      <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="173" />
      <source>Go to the &amp;next problem</source>
      <translation>Đến &amp;lỗi tiếp theo</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="176" />
      <source>&amp;Try this question…</source>
      <translation>&amp;Thử câu hỏi này…</translation>
    </message>
    <message>
      <location filename="../ui/editor/opening.py" line="51" />
      <source>A copy of “%1”: give it its own id and title, then save.</source>
      <translation>Bản sao của “%1”: hãy đặt mã và tiêu đề riêng rồi lưu lại.</translation>
    </message>
    <message>
      <location filename="../ui/editor/opening.py" line="76" />
      <source>Choose a scenario to copy</source>
      <translation>Chọn kịch bản để sao chép</translation>
    </message>
    <message>
      <location filename="../ui/editor/opening.py" line="84" />
      <source>Open one of my scenarios</source>
      <translation>Mở kịch bản của tôi</translation>
    </message>
    <message>
      <location filename="../ui/editor/opening.py" line="97" />
      <source>The scenario cannot be opened</source>
      <translation>Không mở được kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/editor/opening.py" line="98" />
      <source>“%1” cannot be opened in the editor.</source>
      <translation>Không mở được “%1” trong trình soạn kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/editor/opening.py" line="104" />
      <source>Fix the file in a text editor (see docs/scenario-format.md), then open it again.</source>
      <translation>Hãy sửa tệp bằng một trình soạn thảo văn bản (xem docs/scenario-format.md) rồi mở lại.</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="32" />
      <source>Unsaved changes found</source>
      <extracomment>The id every new item starts with, by collection and scenario language.</extracomment>
      <translation>Có thay đổi chưa được lưu</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="34" />
      <source>Changes to “%1” from %2 were not saved. Restore them to go on where you stopped?</source>
      <translation>Các thay đổi của “%1” lúc %2 chưa được lưu. Khôi phục để làm tiếp từ chỗ đã dừng?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="36" />
      <source>Restore the changes</source>
      <translation>Khôi phục các thay đổi</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="37" />
      <source>Discard them</source>
      <translation>Bỏ các thay đổi</translation>
    </message>
    <message>
      <location filename="../ui/editor/problems.py" line="21" />
      <source>%1 problem(s) to fix, %2 warning(s)</source>
      <translation>%1 lỗi cần sửa, %2 cảnh báo</translation>
    </message>
    <message>
      <location filename="../ui/editor/problems.py" line="25" />
      <source>%1 problem(s) to fix</source>
      <translation>%1 lỗi cần sửa</translation>
    </message>
    <message>
      <location filename="../ui/editor/problems.py" line="27" />
      <source>Valid, with %1 warning(s)</source>
      <translation>Hợp lệ, có %1 cảnh báo</translation>
    </message>
    <message>
      <location filename="../ui/editor/problems.py" line="31" />
      <source>Valid: ready to save and practise</source>
      <translation>Hợp lệ: có thể lưu và luyện tập</translation>
    </message>
    <message>
      <location filename="../ui/editor/problems.py" line="58" />
      <source>Problems</source>
      <translation>Lỗi cần sửa</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="56" />
      <source>The draft could not be autosaved: %1</source>
      <translation>Không tự động lưu được bản nháp: %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="168" />
      <location filename="../ui/editor/window.py" line="272" />
      <source>New scenario</source>
      <translation>Kịch bản mới</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="272" />
      <source>Scenario editor</source>
      <translation>Soạn kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="66" />
      <source>Not saved</source>
      <translation>Chưa lưu</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="70" />
      <source>The scenario needs a valid id first: it is also the file name.</source>
      <translation>Kịch bản cần có mã hợp lệ trước: mã cũng là tên tệp.</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="74" />
      <source>Use lower-case letters without diacritics, digits and hyphens, e.g. “chay-phong-thi-nghiem”.</source>
      <translation>Dùng chữ thường không dấu, chữ số và dấu gạch ngang, vd. “chay-phong-thi-nghiem”.</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="84" />
      <source>Another scenario already uses the id “%1” (%2).</source>
      <translation>Mã “%1” đã được một kịch bản khác sử dụng (%2).</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="86" />
      <source>Choose another id; a bundled scenario is never replaced.</source>
      <translation>Hãy chọn mã khác; kịch bản có sẵn của ứng dụng không bao giờ bị ghi đè.</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="94" />
      <source>Replace the file?</source>
      <translation>Ghi đè tệp?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="95" />
      <source>Your scenario folder already has a file “%1”. Replace it?</source>
      <translation>Thư mục kịch bản của bạn đã có tệp “%1”. Ghi đè?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="98" />
      <source>Replace it</source>
      <translation>Ghi đè</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="99" />
      <location filename="../ui/editor/saving.py" line="175" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="104" />
      <source>Save with problems?</source>
      <translation>Lưu khi còn lỗi?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="109" />
      <source>The scenario still has %1 problem(s). Until they are fixed, the library lists it among the files with errors and it cannot be practised. Save it anyway?</source>
      <translation>Kịch bản còn %1 lỗi. Khi chưa sửa xong, thư viện sẽ xếp kịch bản vào danh sách tệp có lỗi và chưa luyện tập được. Vẫn lưu?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="110" />
      <source>Save anyway</source>
      <translation>Vẫn lưu</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="111" />
      <source>Keep editing</source>
      <translation>Tiếp tục soạn</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="120" />
      <source>The scenario could not be written to %1.</source>
      <translation>Không ghi được kịch bản vào %1.</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="123" />
      <source>Check that the folder exists and that you may write to it. Details: %1</source>
      <translation>Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó. Chi tiết: %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="135" />
      <source>The id changed</source>
      <translation>Mã đã thay đổi</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="137" />
      <source>The scenario is now saved as “%1”. Remove the old file “%2”?</source>
      <translation>Kịch bản nay được lưu thành “%1”. Xóa tệp cũ “%2”?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="139" />
      <source>Remove the old file</source>
      <translation>Xóa tệp cũ</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="140" />
      <source>Keep both files</source>
      <translation>Giữ cả hai tệp</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="158" />
      <source>Saved to %1</source>
      <translation>Đã lưu vào %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="300" />
      <source>Choose a question in the Questions section first.</source>
      <translation>Hãy chọn một câu hỏi trong mục Câu hỏi trước.</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="170" />
      <source>Unsaved changes</source>
      <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="171" />
      <source>Save the changes to “%1”?</source>
      <translation>Lưu các thay đổi của “%1”?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="173" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="174" />
      <source>Discard the changes</source>
      <translation>Bỏ các thay đổi</translation>
    </message>
  </context>
  <context>
    <name>ScenarioTableModel</name>
    <message>
      <location filename="../ui/library_model.py" line="54" />
      <source>Scenario</source>
      <translation>Kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="55" />
      <source>Category</source>
      <translation>Chủ đề</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="56" />
      <source>Your role</source>
      <translation>Vai của bạn</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="57" />
      <source>Level</source>
      <translation>Mức độ</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="58" />
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="59" />
      <source>Minutes</source>
      <translation>Phút</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="60" />
      <source>Your best</source>
      <translation>Điểm cao nhất</translation>
    </message>
  </context>
  <context>
    <name>ScoringPanel</name>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="119" />
      <source>Principle</source>
      <translation>Nguyên tắc</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="120" />
      <source>Automatic</source>
      <translation>Tự động</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="121" />
      <source>Reviewed</source>
      <translation>Đã chấm lại</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="122" />
      <source>Your score</source>
      <translation>Điểm của bạn</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="123" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="138" />
      <source>Your name (trainer or observer)</source>
      <translation>Họ tên của bạn (giảng viên hoặc người quan sát)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="141" />
      <source>A comment for the debrief: what worked, what to change…</source>
      <translation>Nhận xét cho phần tổng kết: điểm làm tốt, điểm cần thay đổi…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="144" />
      <source>&amp;Reviewer:</source>
      <translation>&amp;Người chấm:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="145" />
      <source>C&amp;omment:</source>
      <translation>Nhận &amp;xét:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="154" />
      <source>&amp;Save review (Ctrl+S)</source>
      <translation>&amp;Lưu nhận xét (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="179" />
      <source>Choose an answer to score it.</source>
      <translation>Chọn một câu trả lời để chấm điểm.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="188" />
      <source>Automatic score: %1</source>
      <translation>Điểm tự động: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="211" />
      <source>Spoken answer, scored on its delivery only: listen to it and score the content.</source>
      <translation>Câu trả lời nói, mới được chấm theo cách nói: hãy nghe lại và chấm phần nội dung.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="213" />
      <source>Spoken answer: the text above is its transcript, as corrected before scoring.</source>
      <translation>Câu trả lời nói: đoạn văn bản trên là lời được chuyển thành chữ, đã chỉnh sửa trước khi chấm.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="237" />
      <source>Your score 0–100; “—” keeps the score that counts now</source>
      <translation>Điểm của bạn từ 0 đến 100; “—” là giữ nguyên điểm đang được tính</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="240" />
      <source>by score</source>
      <translation>theo điểm</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="258" />
      <source>Set by a trainer or observer; it overrides the automatic score in reports.</source>
      <translation>Do giảng viên hoặc người quan sát chấm; điểm này thay cho điểm tự động trong các báo cáo.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="308" />
      <source>Give a score (0–100) with the status for: %1.</source>
      <translation>Hãy cho điểm (0–100) kèm mức đánh giá cho: %1.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="311" />
      <source>Type your name first: every review says who made it.</source>
      <translation>Hãy nhập họ tên trước: mỗi nhận xét đều ghi rõ người chấm.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="315" />
      <source>Nothing to save: change a score or write a comment.</source>
      <translation>Chưa có gì để lưu: hãy sửa điểm hoặc viết nhận xét.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="319" />
      <source>Reviews can be changed in trainer mode only.</source>
      <translation>Chỉ có thể sửa nhận xét trong chế độ giảng viên.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="341" />
      <source>Review saved.</source>
      <translation>Đã lưu nhận xét.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="351" />
      <source>The review could not be saved; your scores and comment are still here. %1</source>
      <translation>Chưa lưu được nhận xét; điểm và nhận xét của bạn vẫn còn nguyên. %1</translation>
    </message>
  </context>
  <context>
    <name>ScreenPane</name>
    <message>
      <location filename="../ui/workshop/screen_pane.py" line="42" />
      <location filename="../ui/workshop/screen_pane.py" line="118" />
      <source>Open the &amp;presenter screen</source>
      <translation>Mở màn hình &amp;trình chiếu</translation>
    </message>
    <message>
      <location filename="../ui/workshop/screen_pane.py" line="44" />
      <location filename="../ui/workshop/screen_pane.py" line="114" />
      <source>&amp;Reveal scores (Ctrl+R)</source>
      <translation>&amp;Công bố điểm (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/screen_pane.py" line="46" />
      <source>Show this &amp;answer on screen</source>
      <translation>Chiếu câu trả lời &amp;này</translation>
    </message>
    <message>
      <location filename="../ui/workshop/screen_pane.py" line="88" />
      <source>Only one screen is connected: the presenter screen opened as a window. Connect the projector and open it again, or press F11 in it for full screen.</source>
      <translation>Máy chỉ có một màn hình nên màn hình trình chiếu được mở dạng cửa sổ. Hãy kết nối máy chiếu rồi mở lại, hoặc bấm F11 trong cửa sổ đó để hiện toàn màn hình.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/screen_pane.py" line="113" />
      <source>&amp;Hide scores (Ctrl+R)</source>
      <translation>Ẩ&amp;n điểm (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/screen_pane.py" line="117" />
      <source>Close the &amp;presenter screen</source>
      <translation>Đóng màn hình &amp;trình chiếu</translation>
    </message>
  </context>
  <context>
    <name>SeatsPane</name>
    <message>
      <location filename="../ui/workshop/seats.py" line="16" />
      <source>Who answers (tick who is here)</source>
      <translation>Người trả lời (đánh dấu người có mặt)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/seats.py" line="22" />
      <source>Answers ne&amp;xt</source>
      <translation>Trả lời &amp;kế tiếp</translation>
    </message>
    <message>
      <location filename="../ui/workshop/seats.py" line="24" />
      <source>The selected person answers the next question (or double-click)</source>
      <translation>Người đang chọn sẽ trả lời câu hỏi tiếp theo (hoặc nhấp đúp vào tên)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/seats.py" line="26" />
      <source>S&amp;huffle order</source>
      <translation>Xáo trộn thứ t&amp;ự</translation>
    </message>
  </context>
  <context>
    <name>SessionDetailView</name>
    <message>
      <location filename="../ui/history/session_detail.py" line="99" />
      <source>&amp;Back to the history</source>
      <extracomment>Which file to play for an answer (None: no recording); see the module's docstring.</extracomment>
      <translation>&amp;Quay lại lịch sử</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="101" />
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="118" />
      <source>Every answer of this session:</source>
      <translation>Các câu trả lời của buổi này:</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="170" />
      <source>Loading…</source>
      <translation>Đang tải…</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="195" />
      <source>(answered again)</source>
      <translation>(trả lời lại)</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="199" />
      <source>No answers were given in this session.</source>
      <translation>Buổi này chưa có câu trả lời nào.</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="213" />
      <source>This session could not be read from the progress database. Try again in a moment. Details: %1</source>
      <translation>Không đọc được buổi luyện tập này từ cơ sở dữ liệu kết quả. Hãy thử lại sau ít phút. Chi tiết: %1</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="235" />
      <source>(The model answer is not available: the scenario is no longer in the library.)</source>
      <translation>(Không có câu trả lời mẫu: kịch bản không còn trong thư viện.)</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="237" />
      <source>(No model answer: this question is not in the current version of the scenario.)</source>
      <translation>(Không có câu trả lời mẫu: câu hỏi này không có trong phiên bản hiện tại của kịch bản.)</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="249" />
      <source>Trainer's review</source>
      <translation>Nhận xét của giảng viên</translation>
    </message>
  </context>
  <context>
    <name>SessionState</name>
    <message>
      <location filename="../ui/session_state.py" line="159" />
      <source>Opening the progress database…</source>
      <translation>Đang mở cơ sở dữ liệu kết quả…</translation>
    </message>
    <message>
      <location filename="../ui/session_state.py" line="165" />
      <source>Practice needs the progress database. %1 “Start the interview” tries to open it again.</source>
      <translation>Luyện tập cần cơ sở dữ liệu kết quả. %1 Nút “Bắt đầu phỏng vấn” sẽ thử mở lại.</translation>
    </message>
    <message>
      <location filename="../ui/session_state.py" line="168" />
      <source>Choose a profile (Profile menu) so that your progress is saved.</source>
      <translation>Hãy chọn hồ sơ (menu Hồ sơ) để kết quả luyện tập được lưu lại.</translation>
    </message>
  </context>
  <context>
    <name>SessionTableModel</name>
    <message>
      <location filename="../ui/history/sessions_model.py" line="122" />
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="123" />
      <source>Scenario</source>
      <translation>Kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="124" />
      <source>Level</source>
      <translation>Mức độ</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="125" />
      <source>How</source>
      <translation>Hình thức</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="127" />
      <source>Mean score</source>
      <translation>Điểm trung bình</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="126" />
      <source>Answers given</source>
      <translation>Số câu trả lời</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="128" />
      <source>Time spent</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="129" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="141" />
      <source>%1 (no longer in the library)</source>
      <translation>%1 (không còn trong thư viện)</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="143" />
      <source>%1 (edited since)</source>
      <translation>%1 (đã sửa sau đó)</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="180" />
      <source>This scenario is no longer in the library; the session is kept as it was saved.</source>
      <translation>Kịch bản này không còn trong thư viện; buổi luyện tập vẫn được giữ nguyên như khi lưu.</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="182" />
      <source>This scenario file has been edited since this session.</source>
      <translation>Tệp kịch bản đã được sửa sau buổi luyện tập này.</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="183" />
      <source>From the start of the session to its last answer; of which answering: %1</source>
      <translation>Từ lúc bắt đầu buổi đến câu trả lời cuối cùng; trong đó thời gian trả lời: %1</translation>
    </message>
  </context>
  <context>
    <name>SessionsView</name>
    <message>
      <location filename="../ui/history/sessions_view.py" line="71" />
      <source>All time</source>
      <translation>Toàn bộ</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="72" />
      <source>Last 7 days</source>
      <translation>7 ngày qua</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="73" />
      <source>Last 30 days</source>
      <translation>30 ngày qua</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="74" />
      <source>Last 90 days</source>
      <translation>90 ngày qua</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="75" />
      <source>Between…</source>
      <translation>Chọn khoảng ngày…</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="89" />
      <source>Any status</source>
      <translation>Mọi tình trạng</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="96" />
      <source>&amp;Open</source>
      <translation>&amp;Mở</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="98" />
      <source>Every answer of the selected session, with its feedback (Enter)</source>
      <translation>Xem mọi câu trả lời của buổi đã chọn cùng nhận xét (Enter)</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="100" />
      <source>&amp;Compare</source>
      <translation>&amp;So sánh</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="104" />
      <source>Select two sessions of the same scenario, or one to compare it with the attempt before it.</source>
      <translation>Chọn hai buổi của cùng một kịch bản, hoặc chọn một buổi để so sánh với lần luyện trước đó.</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="108" />
      <source>&amp;Scenario:</source>
      <translation>&amp;Kịch bản:</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="108" />
      <source>Perio&amp;d:</source>
      <translation>Khoảng &amp;ngày:</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="115" />
      <source>Sta&amp;tus:</source>
      <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="146" />
      <source>All scenarios</source>
      <translation>Tất cả kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="172" />
      <source>%1 of %2 sessions</source>
      <translation>%1 trên %2 buổi</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../ui/settings_dialog.py" line="57" />
      <source>Settings</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="68" />
      <source>Read the questions aloud</source>
      <translation>Đọc to câu hỏi</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="73" />
      <source>Automatic (best available)</source>
      <translation>Tự động (tốt nhất hiện có)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="74" />
      <source>eSpeak NG / system voices (pyttsx3)</source>
      <translation>eSpeak NG / giọng đọc của hệ thống (pyttsx3)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="75" />
      <source>Qt text-to-speech (modern Windows voices)</source>
      <translation>Bộ đọc của Qt (giọng đọc mới của Windows)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="91" />
      <source>Speech</source>
      <translation>Giọng đọc</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="94" />
      <source>&amp;Engine:</source>
      <translation>&amp;Bộ đọc:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="95" />
      <source>&amp;Rate:</source>
      <translation>&amp;Tốc độ:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="96" />
      <source>&amp;Volume:</source>
      <translation>Âm &amp;lượng:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="100" />
      <source>Voices are chosen by the scenario's language: Vietnamese scenarios always use a Vietnamese voice.</source>
      <translation>Giọng đọc được chọn theo ngôn ngữ của kịch bản: kịch bản tiếng Việt luôn dùng giọng tiếng Việt.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="107" />
      <source>After each answer</source>
      <translation>Sau mỗi câu trả lời</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="109" />
      <source>Only at the end of the interview</source>
      <translation>Chỉ khi kết thúc buổi phỏng vấn</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="117" />
      <source>From the intermediate level on</source>
      <translation>Từ mức trung bình trở lên</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="118" />
      <source>Always</source>
      <translation>Luôn bật</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="119" />
      <source>Never</source>
      <translation>Không bao giờ</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="121" />
      <source>Practice</source>
      <translation>Luyện tập</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="126" />
      <source>Feedback:</source>
      <translation>Nhận xét:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="127" />
      <source>Answer &amp;clock:</source>
      <translation>Đồng &amp;hồ trả lời:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="131" />
      <source>Choose…</source>
      <translation>Chọn…</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="136" />
      <source>On this computer (SQLite, in the data folder)</source>
      <translation>Trên máy này (SQLite, trong thư mục dữ liệu)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="138" />
      <source>Shared PostgreSQL server:</source>
      <translation>Máy chủ PostgreSQL dùng chung:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="144" />
      <source>&amp;Test connection</source>
      <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="153" />
      <source>Data</source>
      <translation>Dữ liệu</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="155" />
      <source>Data &amp;folder:</source>
      <translation>&amp;Thư mục dữ liệu:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="164" />
      <source>Changes to the data folder and the database apply the next time the app starts.</source>
      <translation>Thay đổi thư mục dữ liệu và cơ sở dữ liệu có hiệu lực từ lần mở ứng dụng sau.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="171" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="173" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="180" />
      <source>&amp;Language:</source>
      <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="203" />
      <source>Test the connection before saving.</source>
      <translation>Hãy kiểm tra kết nối trước khi lưu.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="218" />
      <source>Connecting…</source>
      <translation>Đang kết nối…</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="228" />
      <source>Connected: %1</source>
      <translation>Đã kết nối: %1</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="235" />
      <source>Could not connect: %1</source>
      <translation>Không kết nối được: %1</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="240" />
      <source>Choose the data folder</source>
      <translation>Chọn thư mục dữ liệu</translation>
    </message>
  </context>
  <context>
    <name>SpeechService</name>
    <message>
      <location filename="../speech/notices.py" line="18" />
      <source>Vietnamese</source>
      <translation>Tiếng Việt</translation>
    </message>
    <message>
      <location filename="../speech/notices.py" line="19" />
      <source>English</source>
      <translation>Tiếng Anh</translation>
    </message>
    <message>
      <location filename="../speech/notices.py" line="24" />
      <source>No {language} voice is installed, so questions are shown as text only.</source>
      <translation>Chưa cài giọng đọc {language}, nên câu hỏi chỉ hiển thị dưới dạng chữ.</translation>
    </message>
    <message>
      <location filename="../speech/notices.py" line="29" />
      <source>No text-to-speech engine is available, so questions are shown as text only.</source>
      <translation>Không có bộ đọc văn bản thành giọng nói, nên câu hỏi chỉ hiển thị dưới dạng chữ.</translation>
    </message>
    <message>
      <location filename="../speech/notices.py" line="34" />
      <source>Speech stopped working, so questions are shown as text only: read each question on screen. Speech is tried again when you start the next interview.</source>
      <translation>Giọng đọc đã ngừng hoạt động, nên câu hỏi chỉ hiển thị dưới dạng chữ: hãy đọc từng câu hỏi trên màn hình. Giọng đọc sẽ được thử lại khi bạn bắt đầu buổi phỏng vấn tiếp theo.</translation>
    </message>
  </context>
  <context>
    <name>SpokenSettingsBox</name>
    <message>
      <location filename="../ui/spoken_settings.py" line="165" />
      <source>Spoken answers</source>
      <translation>Trả lời bằng lời nói</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="178" />
      <location filename="../ui/spoken_settings.py" line="284" />
      <location filename="../ui/spoken_settings.py" line="295" />
      <source>&amp;Test</source>
      <translation>&amp;Thử</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="180" />
      <source>Speak: the bar shows what the microphone hears</source>
      <translation>Hãy nói thử: thanh mức cho thấy micrô nghe được gì</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="190" />
      <source> s</source>
      <translation> giây</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="209" />
      <source>Speech recognition works offline with a Vosk model. For Vietnamese, download “vosk-model-small-vn-0.4” (about 32 MB) from alphacephei.com/vosk/models on any computer with Internet and copy the .zip file to a USB stick. Here, click “Import .zip…” and choose the file on the stick: the model is copied into the data folder and the stick can be removed. Without a model you can type what you said, or have the delivery scored and the content reviewed by your trainer.</source>
      <translation>Việc nhận dạng giọng nói chạy không cần mạng, dùng mô hình Vosk. Với tiếng Việt, hãy tải “vosk-model-small-vn-0.4” (khoảng 32 MB) tại alphacephei.com/vosk/models trên một máy tính có Internet rồi chép tệp .zip vào USB. Trên máy này, bấm “Nhập tệp .zip…” và chọn tệp trong USB: mô hình được chép vào thư mục dữ liệu, sau đó có thể rút USB ra. Nếu chưa có mô hình, bạn có thể gõ lại điều mình đã nói, hoặc để máy chấm cách nói còn phần nội dung do giảng viên đánh giá.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="215" />
      <source>&amp;Microphone:</source>
      <translation>&amp;Micrô:</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="217" />
      <source>Longest &amp;answer:</source>
      <translation>&amp;Trả lời dài nhất:</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="221" />
      <source>Input level:</source>
      <translation>Mức âm thanh thu:</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="224" />
      <source>Vietnamese model:</source>
      <translation>Mô hình tiếng Việt:</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="225" />
      <source>English model:</source>
      <translation>Mô hình tiếng Anh:</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="246" />
      <source>System default</source>
      <translation>Mặc định của hệ thống</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="254" />
      <source>%1 (not connected)</source>
      <translation>%1 (chưa kết nối)</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="260" />
      <source>No microphone was found: spoken answers are not possible until one is connected.</source>
      <translation>Không tìm thấy micrô: chỉ trả lời bằng lời nói được khi đã kết nối micrô.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="275" />
      <source>Opening the microphone…</source>
      <translation>Đang mở micrô…</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="280" />
      <source>S&amp;top test</source>
      <translation>&amp;Dừng thử</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="281" />
      <source>Listening to %1: speak and watch the bar.</source>
      <translation>Đang nghe %1: hãy nói và xem thanh mức.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="288" />
      <source>The microphone stopped sending sound.</source>
      <translation>Micrô ngừng nhận âm thanh.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="290" />
      <source>Very quiet: move closer, or raise the input level in the system settings.</source>
      <translation>Âm thanh rất nhỏ: hãy ngồi gần micrô hơn hoặc tăng mức thu âm trong cài đặt của hệ thống.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="292" />
      <source>The microphone works.</source>
      <translation>Micrô hoạt động tốt.</translation>
    </message>
  </context>
  <context>
    <name>SpokenText</name>
    <message>
      <location filename="../ui/spoken_text.py" line="31" />
      <source>Vietnamese</source>
      <extracomment>Where Vosk models are published, and the ones to suggest (also in trainer.speech.model_store).</extracomment>
      <translation>Tiếng Việt</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="32" />
      <source>English</source>
      <translation>Tiếng Anh</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="43" />
      <source>Recorded %1; no speech was heard.</source>
      <translation>Đã ghi %1 nhưng không nghe thấy tiếng nói.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="47" />
      <source>Recorded %1.</source>
      <translation>Đã ghi %1.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="48" />
      <source>You began speaking %1 s after the question.</source>
      <translation>Bạn bắt đầu nói sau câu hỏi %1 giây.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="52" />
      <source>You spoke for %1 with %2 medium and %3 long pauses.</source>
      <translation>Bạn nói trong %1, có %2 lần ngắt nghỉ vừa và %3 lần ngắt nghỉ dài.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="64" />
      <source>Spoken answer</source>
      <translation>Trả lời bằng lời nói</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="67" />
      <source>began after %1 s</source>
      <translation>bắt đầu sau %1 giây</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="72" />
      <source>%1 of speech</source>
      <translation>nói trong %1</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="76" />
      <source>%1 long pauses</source>
      <translation>%1 lần ngắt nghỉ dài</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="81" />
      <source>%1 syllables/min</source>
      <translation>%1 âm tiết/phút</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="83" />
      <source>%1 words/min</source>
      <translation>%1 từ/phút</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="87" />
      <source>%1 fillers</source>
      <translation>%1 từ đệm</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="97" />
      <source>No microphone was found. Type your answer below, or connect a microphone and choose it in Settings.</source>
      <translation>Không tìm thấy micrô. Hãy gõ câu trả lời vào ô bên dưới, hoặc cắm micrô rồi chọn trong Cài đặt.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="102" />
      <source>This computer does not allow the app to use the microphone. Allow it in the system's privacy settings, or type your answer below.</source>
      <translation>Máy tính không cho phép ứng dụng dùng micrô. Hãy cấp quyền trong phần quyền riêng tư của hệ thống, hoặc gõ câu trả lời vào ô bên dưới.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="106" />
      <source>The microphone could not be opened (another program may be using it). Type your answer, or try again.</source>
      <translation>Không mở được micrô (có thể một chương trình khác đang dùng). Hãy gõ câu trả lời hoặc thử lại.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="111" />
      <source>The microphone does not respond (was it unplugged?). Type your answer, or plug it in again and press Space.</source>
      <translation>Micrô không phản hồi (có thể đã bị rút ra). Hãy gõ câu trả lời, hoặc cắm lại micrô rồi nhấn phím Cách.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="115" />
      <source>The microphone sends no sound. Check that it is connected and not muted, or type your answer.</source>
      <translation>Micrô không thu được âm thanh. Hãy kiểm tra micrô đã được cắm và không bị tắt tiếng, hoặc gõ câu trả lời.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="119" />
      <source>The recording cannot be saved in the data folder (is the disk full or read-only?). Type your answer.</source>
      <translation>Không lưu được bản ghi âm vào thư mục dữ liệu (có thể ổ đĩa đã đầy hoặc chỉ cho đọc). Hãy gõ câu trả lời.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="134" />
      <source>The speech-recognition model folder set in Settings does not exist any more (was it on a USB stick?). Choose the folder again, or import the model's .zip file.</source>
      <translation>Thư mục mô hình nhận dạng giọng nói đã chọn trong Cài đặt không còn nữa (có phải nằm trong USB đã rút ra?). Hãy chọn lại thư mục, hoặc nhập tệp .zip của mô hình.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="140" />
      <source>The model set in Settings is a file, not a folder. If it is the model's .zip file, use “Import .zip…” in Settings instead.</source>
      <translation>Mục đã chọn trong Cài đặt là một tệp, không phải thư mục. Nếu đó là tệp .zip của mô hình, hãy dùng nút “Nhập tệp .zip…” trong Cài đặt.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="145" />
      <source>The folder set in Settings is not a Vosk speech-recognition model (a model folder holds “am”, “conf” and “graph”). Choose the folder you unzipped, or import the .zip file of %1.</source>
      <translation>Thư mục đã chọn trong Cài đặt không phải mô hình nhận dạng giọng nói Vosk (thư mục mô hình có các thư mục con “am”, “conf” và “graph”). Hãy chọn thư mục đã giải nén, hoặc nhập tệp .zip của %1.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="152" />
      <source>The speech-recognition model could not be loaded: its files are damaged or incomplete. Copy or import the model's .zip file again.</source>
      <translation>Không nạp được mô hình nhận dạng giọng nói: các tệp của mô hình bị hỏng hoặc thiếu. Hãy chép hoặc nhập lại tệp .zip của mô hình.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="156" />
      <source>This file is not a readable .zip archive (it may be incomplete). Copy it again and retry.</source>
      <translation>Tệp này không phải tệp .zip đọc được (có thể chép chưa hết). Hãy chép lại rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="162" />
      <source>This .zip file holds no Vosk speech-recognition model. Download a model such as %1 from %2.</source>
      <translation>Tệp .zip này không chứa mô hình nhận dạng giọng nói Vosk. Hãy tải một mô hình, chẳng hạn %1, tại %2.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="169" />
      <source>This .zip file tries to write outside its own folder, so it was not imported.</source>
      <translation>Tệp .zip này định ghi ra ngoài thư mục của nó nên không được nhập.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="173" />
      <source>There is not enough free disk space to import the model. Free some space and try again.</source>
      <translation>Ổ đĩa không đủ chỗ trống để nhập mô hình. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="176" />
      <source>The model could not be copied into the data folder: %1</source>
      <translation>Không chép được mô hình vào thư mục dữ liệu: %1</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="179" />
      <source>The recording could not be read, so it was not transcribed.</source>
      <translation>Không đọc được bản ghi âm nên chưa chuyển được thành chữ.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="184" />
      <source>The speech-recognition engine (Vosk) is not installed correctly, so answers are not transcribed.</source>
      <translation>Bộ nhận dạng giọng nói (Vosk) chưa được cài đặt đúng nên câu trả lời không được chuyển thành chữ.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="184" />
      <source>The transcription failed: %1</source>
      <translation>Chuyển lời nói thành chữ không thành công: %1</translation>
    </message>
  </context>
  <context>
    <name>SpokenTurns</name>
    <message>
      <location filename="../ui/workshop/spoken.py" line="194" />
      <source>The spoken answer of %1</source>
      <translation>Câu trả lời nói của %1</translation>
    </message>
  </context>
  <context>
    <name>StartPanel</name>
    <message>
      <location filename="../ui/start_panel.py" line="36" />
      <source>Beginner: no answer clock, gentle follow-ups, key messages may stay visible.
Intermediate: the clock runs and follow-ups press harder.
Advanced: the hardest follow-ups, key messages hidden.</source>
      <translation>Cơ bản: không tính giờ, câu hỏi nối tiếp nhẹ nhàng, có thể để hiện thông điệp chính.
Trung bình: có đồng hồ, câu hỏi nối tiếp dồn ép hơn.
Nâng cao: câu hỏi nối tiếp khó nhất, ẩn thông điệp chính.</translation>
    </message>
    <message>
      <location filename="../ui/start_panel.py" line="38" />
      <source>Keep my key messages visible during the interview</source>
      <translation>Hiện thông điệp chính trong khi phỏng vấn</translation>
    </message>
    <message>
      <location filename="../ui/start_panel.py" line="43" />
      <source>&amp;Start the interview</source>
      <translation>&amp;Bắt đầu phỏng vấn</translation>
    </message>
    <message>
      <location filename="../ui/start_panel.py" line="56" />
      <source>Level:</source>
      <translation>Mức độ:</translation>
    </message>
    <message>
      <location filename="../ui/start_panel.py" line="83" />
      <source>Your best: %1</source>
      <translation>Điểm cao nhất của bạn: %1</translation>
    </message>
    <message>
      <location filename="../ui/start_panel.py" line="85" />
      <source>&amp;Resume where you stopped</source>
      <translation>&amp;Tiếp tục từ chỗ đã dừng</translation>
    </message>
  </context>
  <context>
    <name>StorageMessages</name>
    <message>
      <location filename="../ui/storage_messages.py" line="36" />
      <source>on the database server</source>
      <translation>trên máy chủ cơ sở dữ liệu</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="52" />
      <source>The disk is full, so the progress database cannot save anything more.</source>
      <translation>Ổ đĩa đã đầy nên cơ sở dữ liệu kết quả không lưu thêm được gì.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="57" />
      <source>Free some space on this computer (empty the Recycle Bin, delete large files you no longer need), then try again.</source>
      <translation>Hãy giải phóng bớt dung lượng trên máy (dọn Thùng rác, xoá các tệp lớn không còn cần), rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="63" />
      <source>The progress database cannot be written: the folder %1 is read-only.</source>
      <translation>Không ghi được vào cơ sở dữ liệu kết quả: thư mục %1 chỉ cho phép đọc.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="68" />
      <source>Ask whoever looks after this computer to let you write to that folder, or choose another data folder in Settings, then try again.</source>
      <translation>Hãy nhờ người quản lý máy cấp quyền ghi vào thư mục đó, hoặc chọn thư mục dữ liệu khác trong Cài đặt, rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="75" />
      <source>The progress database is busy: another program, or a second window of this app, is writing to it.</source>
      <translation>Cơ sở dữ liệu kết quả đang bận: một chương trình khác, hoặc một cửa sổ thứ hai của ứng dụng này, đang ghi vào đó.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="79" />
      <source>Wait a moment, then try again. If it keeps happening, close the other window or program.</source>
      <translation>Hãy đợi một lát rồi thử lại. Nếu vẫn xảy ra, hãy đóng cửa sổ hoặc chương trình kia.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="88" />
      <source>The progress database %1 is damaged or is not a database file. It has been left as it is.</source>
      <translation>Cơ sở dữ liệu kết quả %1 bị hỏng hoặc không phải là tệp cơ sở dữ liệu. Tệp được giữ nguyên.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="104" />
      <source>The progress database %1 was last used by a newer version of this app (database schema %2), which this version cannot read. It has been left as it is.</source>
      <translation>Cơ sở dữ liệu kết quả %1 đã được một phiên bản mới hơn của ứng dụng này sử dụng (lược đồ cơ sở dữ liệu %2), phiên bản này không đọc được. Tệp được giữ nguyên.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="111" />
      <source>Use the newer version of the app with this database. To go back to this version instead, put back the copy taken before that upgrade with “python main.py db restore-copy --keep-old-schema” (what was done since that upgrade is then lost).</source>
      <translation>Hãy dùng phiên bản mới hơn của ứng dụng với cơ sở dữ liệu này. Nếu muốn quay lại phiên bản này, hãy khôi phục bản sao được tạo trước lần nâng cấp đó bằng lệnh “python main.py db restore-copy --keep-old-schema” (những gì đã làm từ sau lần nâng cấp đó sẽ bị mất).</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="117" />
      <source>The file %1 is not a progress database of this app. It has been left as it is.</source>
      <translation>Tệp %1 không phải là cơ sở dữ liệu kết quả của ứng dụng này. Tệp được giữ nguyên.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="122" />
      <source>Move that file to another folder so that a new database is made, or choose another database in Settings; then try again.</source>
      <translation>Hãy chuyển tệp đó sang thư mục khác để ứng dụng tạo cơ sở dữ liệu mới, hoặc chọn cơ sở dữ liệu khác trong Cài đặt, rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="126" />
      <location filename="../ui/storage_messages.py" line="135" />
      <source>The progress database could not be used: %1</source>
      <translation>Không dùng được cơ sở dữ liệu kết quả: %1</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="131" />
      <location filename="../ui/storage_messages.py" line="140" />
      <source>Check that the data folder exists and that you may write to it, then try again.</source>
      <translation>Hãy kiểm tra xem thư mục dữ liệu có tồn tại và bạn có quyền ghi vào đó không, rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="171" />
      <source>Restore a backup…</source>
      <translation>Khôi phục bản sao lưu…</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="174" />
      <source>The progress database could not be opened</source>
      <translation>Không mở được cơ sở dữ liệu kết quả</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="179" />
      <source>You can still read the scenarios; practice and history need the database.</source>
      <translation>Bạn vẫn đọc được các kịch bản; luyện tập và lịch sử cần đến cơ sở dữ liệu.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="166" />
      <source>Try again</source>
      <translation>Thử lại</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="95" />
      <source>To put a backup in its place, choose “Restore a backup…” (or run “python main.py db restore ‹backup file›”): the damaged file is moved, as it is, into %1 and the backup restored. Copies made before each upgrade are in %1 too. Or move the damaged file to another folder to start a new database, then try again.</source>
      <translation>Để đặt một bản sao lưu vào chỗ của tệp này, hãy chọn “Khôi phục bản sao lưu…” (hoặc chạy lệnh “python main.py db restore ‹tệp sao lưu›”): tệp hỏng được chuyển nguyên trạng vào %1 rồi bản sao lưu được khôi phục. Các bản sao tạo trước mỗi lần nâng cấp cũng nằm trong %1. Hoặc chuyển tệp hỏng sang thư mục khác để bắt đầu một cơ sở dữ liệu mới, rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="167" />
      <source>Continue without saving</source>
      <translation>Tiếp tục mà không lưu</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="205" />
      <source>Your settings file could not be read, so the app started with the default settings. The damaged file was moved to %1 in case you want to look at it.</source>
      <translation>Không đọc được tệp cài đặt nên ứng dụng đã khởi động với cài đặt mặc định. Tệp hỏng đã được chuyển sang %1 để bạn xem lại nếu cần.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="211" />
      <source>Your settings file %1 could not be read, so the app started with the default settings. The file could not be moved aside; delete it or make its folder writable.</source>
      <translation>Không đọc được tệp cài đặt %1 nên ứng dụng đã khởi động với cài đặt mặc định. Không chuyển được tệp này sang chỗ khác; hãy xoá nó hoặc cấp quyền ghi cho thư mục chứa nó.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="215" />
      <source>Settings were reset</source>
      <translation>Đã đặt lại cài đặt</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="219" />
      <source>Choose your settings again under Settings (your progress is not affected).</source>
      <translation>Hãy chọn lại cài đặt trong mục Cài đặt (kết quả luyện tập của bạn không bị ảnh hưởng).</translation>
    </message>
  </context>
  <context>
    <name>SummaryView</name>
    <message>
      <location filename="../ui/summary_view.py" line="26" />
      <source>Practise this scenario &amp;again</source>
      <translation>Luyện lại kịch bản &amp;này</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="28" />
      <source>Back to the &amp;library</source>
      <translation>Về &amp;thư viện kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="39" />
      <source>Every answer (double-click or Enter to see its feedback):</source>
      <translation>Tất cả câu trả lời (nháy đúp hoặc Enter để xem nhận xét):</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="52" />
      <source>No answers were given.</source>
      <translation>Chưa có câu trả lời nào.</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="53" />
      <source>Your strongest answer</source>
      <translation>Câu trả lời tốt nhất</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="54" />
      <source>The answer to work on</source>
      <translation>Câu trả lời cần luyện thêm</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="55" />
      <source>A model answer:</source>
      <translation>Câu trả lời mẫu:</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="56" />
      <source>By principle (weakest first)</source>
      <translation>Theo từng nguyên tắc (yếu nhất trước)</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="64" />
      <source>of 100 on average over %1 answers</source>
      <translation>trên 100, trung bình của %1 câu trả lời</translation>
    </message>
  </context>
  <context>
    <name>TrainerMode</name>
    <message>
      <location filename="../ui/trainer_mode.py" line="52" />
      <source>The PIN needs at least %1 characters.</source>
      <translation>Mã PIN cần có ít nhất %1 ký tự.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="56" />
      <source>The PIN can have at most %1 characters.</source>
      <translation>Mã PIN có tối đa %1 ký tự.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="61" />
      <source>The PIN cannot begin or end with a space.</source>
      <translation>Mã PIN không được bắt đầu hoặc kết thúc bằng dấu cách.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="346" />
      <source>&amp;Lock trainer mode</source>
      <translation>&amp;Khóa chế độ giảng viên</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="348" />
      <source>&amp;Unlock trainer mode…</source>
      <translation>&amp;Mở chế độ giảng viên…</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="351" />
      <source>&amp;Change the trainer PIN…</source>
      <translation>Đổi &amp;mã PIN giảng viên…</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="353" />
      <source>&amp;Choose a trainer PIN…</source>
      <translation>Đặt &amp;mã PIN giảng viên…</translation>
    </message>
  </context>
  <context>
    <name>TranscriptDialog</name>
    <message>
      <location filename="../ui/transcript_dialog.py" line="77" />
      <source>Your spoken answer</source>
      <translation>Câu trả lời bằng lời nói của bạn</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="96" />
      <source>Measuring your delivery…</source>
      <translation>Đang đo cách nói của bạn…</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="118" />
      <source>Stop transcribing</source>
      <translation>Dừng chuyển thành chữ</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="132" />
      <source>Record &amp;again</source>
      <translation>Ghi âm &amp;lại</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="135" />
      <source>&amp;Back to the question</source>
      <translation>&amp;Quay lại câu hỏi</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="138" />
      <source>Score &amp;delivery only</source>
      <translation>Chỉ chấm &amp;cách nói</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="142" />
      <source>Score how you spoke and when you started; your trainer listens and reviews the content.</source>
      <translation>Chấm cách nói và thời điểm bắt đầu trả lời; giảng viên sẽ nghe lại và đánh giá phần nội dung.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="144" />
      <source>&amp;Score this answer (Ctrl+Enter)</source>
      <translation>&amp;Chấm câu trả lời này (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="181" />
      <source>No speech was heard in this take. Check the microphone and record again, or type your answer.</source>
      <translation>Bản ghi này không có tiếng nói. Hãy kiểm tra micrô rồi ghi âm lại, hoặc gõ câu trả lời.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="189" />
      <source>The recording could not be read: %1</source>
      <translation>Không đọc được bản ghi âm: %1</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="200" />
      <source>Transcribing with the model %1…</source>
      <translation>Đang chuyển lời nói thành chữ bằng mô hình %1…</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="205" />
      <source>Your words appear here when the transcription is done.</source>
      <translation>Lời của bạn sẽ hiện ở đây khi chuyển thành chữ xong.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="234" />
      <source>Transcribed with the model %1 in %2 s.</source>
      <translation>Đã chuyển thành chữ bằng mô hình %1 trong %2 giây.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="240" />
      <source>The model recognised no words. Type what you said, or score the delivery only.</source>
      <translation>Mô hình không nhận ra từ nào. Hãy gõ lại điều bạn đã nói, hoặc chỉ chấm cách nói.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="244" />
      <source>Correct what the computer misheard: your corrected text is scored, and the original is kept.</source>
      <translation>Hãy sửa những chỗ máy nghe nhầm: bản đã sửa sẽ được chấm, bản gốc vẫn được lưu lại.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="267" />
      <source>Type what you said…</source>
      <translation>Gõ lại điều bạn đã nói…</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="272" />
      <source>Type what you said to have the content of your answer scored too, or choose “Score delivery only”: then your pace, pauses and start time are scored and the content waits for your trainer's review.</source>
      <translation>Hãy gõ lại điều bạn đã nói để phần nội dung cũng được chấm, hoặc chọn “Chỉ chấm cách nói”: khi đó máy chấm tốc độ, ngắt nghỉ và thời điểm bắt đầu trả lời, còn phần nội dung chờ giảng viên đánh giá.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="274" />
      <source>Transcription stopped.</source>
      <translation>Đã dừng chuyển thành chữ.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="282" />
      <source>No speech-recognition model for %1 is installed, so your words were not written down (Settings → Spoken answers explains how to add one).</source>
      <translation>Máy chưa có mô hình nhận dạng giọng nói (%1) nên lời nói của bạn chưa được chuyển thành chữ (mục Cài đặt → Trả lời bằng lời nói hướng dẫn cách bổ sung).</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="339" />
      <source>The microphone stopped during your answer. The first %1 were recorded and are kept; you can score them as they are or record again.</source>
      <translation>Micrô bị ngắt trong lúc bạn trả lời. Phần đầu (%1) đã được ghi và vẫn được giữ; bạn có thể chấm phần này hoặc ghi âm lại.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="341" />
      <source>The recording reached the maximum length and stopped there.</source>
      <translation>Bản ghi đã đạt thời lượng tối đa và dừng ở đó.</translation>
    </message>
  </context>
  <context>
    <name>TurnPanel</name>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="57" />
      <source>&amp;Next turn (Ctrl+N)</source>
      <translation>&amp;Lượt tiếp theo (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="58" />
      <location filename="../ui/workshop/turn_panel.py" line="140" />
      <source>Start the clock (Ctrl+T)</source>
      <translation>Bắt đầu tính giờ (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="59" />
      <source>S&amp;kip question (Ctrl+K)</source>
      <translation>&amp;Bỏ qua câu hỏi (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="66" />
      <source>The trainee types the answer here (or it is spoken, below)…</source>
      <translation>Học viên nhập câu trả lời vào đây (hoặc trả lời bằng lời nói, ở bên dưới)…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="67" />
      <source>&amp;Submit answer (Ctrl+Enter)</source>
      <translation>&amp;Gửi câu trả lời (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="103" />
      <source>Turn %1: %2</source>
      <translation>Lượt %1: %2</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="104" />
      <source>follow-up</source>
      <translation>câu hỏi nối tiếp</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="112" />
      <source>Trainer's note: %1</source>
      <translation>Ghi chú cho giảng viên: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="119" />
      <source>The run has ended.</source>
      <translation>Phần thực hành đã kết thúc.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="121" />
      <source>Next: %1</source>
      <translation>Người tiếp theo: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="123" />
      <source>Next question: %1</source>
      <translation>Câu hỏi tiếp theo: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="127" />
      <source>No one left to answer: tick who is here, or end the run.</source>
      <translation>Không còn ai để trả lời: hãy đánh dấu người có mặt hoặc kết thúc phần thực hành.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="139" />
      <source>Stop the clock (Ctrl+T)</source>
      <translation>Dừng tính giờ (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="149" />
      <source>Time is up</source>
      <translation>Hết giờ</translation>
    </message>
  </context>
  <context>
    <name>WorkshopDialog</name>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="47" />
      <source>New workshop</source>
      <translation>Buổi tập huấn mới</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="47" />
      <source>Edit the workshop</source>
      <translation>Sửa thông tin buổi tập huấn</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="51" />
      <source>e.g. Crisis communication for school leaders</source>
      <translation>vd. Truyền thông khủng hoảng cho cán bộ quản lý trường học</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="60" />
      <source>e.g. Hall of the Department of Education</source>
      <translation>vd. Hội trường Sở Giáo dục và Đào tạo</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="63" />
      <source>Your name, as it appears on reviews</source>
      <translation>Họ tên của bạn, như sẽ ghi trên các nhận xét</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="65" />
      <source>&amp;Name:</source>
      <translation>&amp;Họ tên:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="66" />
      <source>&amp;Date:</source>
      <translation>&amp;Ngày:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="67" />
      <source>&amp;Place:</source>
      <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="68" />
      <source>&amp;Trainer:</source>
      <translation>&amp;Giảng viên:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="71" />
      <source>Create</source>
      <translation>Tạo</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="71" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="74" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
  <context>
    <name>WorkshopPage</name>
    <message>
      <location filename="../ui/workshop/page.py" line="120" />
      <source>&amp;New workshop…</source>
      <translation>Buổi tập huấn &amp;mới…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="123" />
      <source>&amp;Edit…</source>
      <translation>&amp;Sửa…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="126" />
      <source>Workshops</source>
      <translation>Các buổi tập huấn</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="140" />
      <source>&amp;Run a scenario for the room…</source>
      <translation>&amp;Thực hành kịch bản với cả lớp…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="143" />
      <source>&amp;Observe and score answers</source>
      <translation>&amp;Quan sát và chấm câu trả lời</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="147" />
      <source>On an observer's laptop: see each answer of this workshop as it is given, score and comment</source>
      <translation>Dùng trên máy của người quan sát: xem từng câu trả lời của buổi tập huấn ngay khi có, chấm điểm và nhận xét</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="149" />
      <source>De&amp;brief…</source>
      <translation>&amp;Tổng kết…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="152" />
      <source>Back to the &amp;library</source>
      <translation>Về &amp;thư viện kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="167" />
      <source>Roster</source>
      <translation>Danh sách học viên</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="236" />
      <source>No workshop yet. Create one, add the people on its roster, then run a scenario.</source>
      <translation>Chưa có buổi tập huấn nào. Hãy tạo một buổi, thêm học viên vào danh sách, rồi chạy một kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="242" />
      <source>Date: %1</source>
      <translation>Ngày: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="244" />
      <source>Place: %1</source>
      <translation>Địa điểm: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="246" />
      <source>Trainer: %1</source>
      <translation>Giảng viên: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="264" />
      <source>The scenarios are still loading, or none is valid.</source>
      <translation>Các kịch bản đang được tải, hoặc không có kịch bản hợp lệ nào.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="266" />
      <source>Add people to the roster first.</source>
      <translation>Hãy thêm người vào danh sách học viên trước.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="379" />
      <source>The workshop could not be saved or read: %1</source>
      <translation>Không lưu hoặc đọc được thông tin buổi tập huấn: %1</translation>
    </message>
  </context>
</TS>