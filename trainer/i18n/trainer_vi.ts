<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
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
    <name>FeedbackView</name>
    <message>
      <location filename="../ui/feedback_view.py" line="111" />
      <source>Principles</source>
      <translation>Các nguyên tắc</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="120" />
      <source>Your answer (green: what worked, red: problems; hover for the reason)</source>
      <translation>Câu trả lời của bạn (xanh: điểm tốt, đỏ: điểm cần sửa; di chuột để xem lý do)</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="122" />
      <source>Model answer</source>
      <translation>Câu trả lời mẫu</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="133" />
      <source>Answer this question &amp;again</source>
      <translation>Trả lời &amp;lại câu này</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="136" />
      <location filename="../ui/feedback_view.py" line="200" />
      <source>&amp;Next question</source>
      <translation>Câu &amp;tiếp theo</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="163" />
      <source>of 100</source>
      <translation>trên 100</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="164" />
      <source>Key messages you did not deliver:</source>
      <translation>Thông điệp chính bạn chưa nêu:</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="165" />
      <source>Facts you did not give:</source>
      <translation>Dữ kiện bạn chưa nêu:</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="166" />
      <source>What to do next time</source>
      <translation>Lần sau hãy</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="177" />
      <source>(no answer)</source>
      <translation>(chưa trả lời)</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="198" />
      <source>&amp;Back to the summary</source>
      <translation>&amp;Về trang tổng kết</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="200" />
      <source>&amp;See the summary</source>
      <translation>&amp;Xem tổng kết</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="236" />
      <source>Not applicable to this question: %1</source>
      <translation>Không áp dụng cho câu hỏi này: %1</translation>
    </message>
  </context>
  <context>
    <name>InterviewView</name>
    <message>
      <location filename="../ui/interview_view.py" line="104" />
      <source>&amp;Replay question</source>
      <extracomment>(answer text, latency before the first keystroke in s or None, seconds on the question)</extracomment>
      <translation>&amp;Nghe lại câu hỏi</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="107" />
      <source>Hear the question again (Ctrl+R)</source>
      <translation>Nghe lại câu hỏi (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="119" />
      <source>Your key messages</source>
      <translation>Thông điệp chính của bạn</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="127" />
      <source>Type your answer as you would say it to the journalist…</source>
      <translation>Gõ câu trả lời như khi bạn nói với phóng viên…</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="131" />
      <source>&amp;Submit answer (Ctrl+Enter)</source>
      <translation>&amp;Gửi câu trả lời (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="134" />
      <location filename="../ui/interview_view.py" line="187" />
      <location filename="../ui/interview_view.py" line="204" />
      <source>&amp;Pause</source>
      <translation>Tạm &amp;dừng</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="137" />
      <source>&amp;Stop the interview</source>
      <translation>&amp;Kết thúc phỏng vấn</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="172" />
      <source>Question %1 of %2</source>
      <translation>Câu %1/%2</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="175" />
      <source>follow-up</source>
      <translation>câu hỏi nối tiếp</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="210" />
      <source>Paused. The clock has stopped; press Continue when you are ready.</source>
      <translation>Đang tạm dừng. Đồng hồ đã dừng; bấm Tiếp tục khi bạn sẵn sàng.</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="213" />
      <source>&amp;Continue</source>
      <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="234" />
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
      <location filename="../ui/library_view.py" line="106" />
      <source>Files that could not be loaded</source>
      <translation>Tệp không mở được</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="127" />
      <source>All categories</source>
      <translation>Mọi chủ đề</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="140" />
      <source>… and %1 more problem(s)</source>
      <translation>… và %1 lỗi khác</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="155" />
      <source>%1 of %2 scenarios</source>
      <translation>%1 trên %2 kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="158" />
      <source>%1 file(s) with errors</source>
      <translation>%1 tệp bị lỗi</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/main_window.py" line="70" />
      <source>Progress database</source>
      <translation>Cơ sở dữ liệu kết quả</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="115" />
      <source>Media Response Trainer</source>
      <translation>Luyện tập trả lời báo chí</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="147" />
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="148" />
      <source>&amp;Add scenario folder…</source>
      <translation>&amp;Thêm thư mục kịch bản…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="152" />
      <source>&amp;Reload scenarios</source>
      <translation>&amp;Tải lại kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="156" />
      <source>Open my &amp;scenario folder</source>
      <translation>Mở thư mục &amp;kịch bản của tôi</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="160" />
      <source>S&amp;ettings…</source>
      <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="165" />
      <source>&amp;Quit</source>
      <translation>T&amp;hoát</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="170" />
      <source>&amp;View</source>
      <translation>&amp;Hiển thị</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="171" />
      <source>&amp;Language</source>
      <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="182" />
      <source>&amp;Profile</source>
      <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="183" />
      <source>&amp;Switch profile…</source>
      <translation>&amp;Đổi người luyện tập…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="188" />
      <source>&amp;Help</source>
      <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="189" />
      <source>&amp;About</source>
      <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="208" />
      <source>Loading scenarios…</source>
      <translation>Đang tải kịch bản…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="218" />
      <source>%1 scenarios loaded.</source>
      <translation>Đã tải %1 kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="221" />
      <source>%1 scenarios loaded; %2 file(s) have errors (listed below the table).</source>
      <translation>Đã tải %1 kịch bản; %2 tệp bị lỗi (liệt kê bên dưới bảng).</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="231" />
      <source>Scenarios could not be loaded</source>
      <translation>Không tải được kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="232" />
      <source>The scenario folders could not be read.</source>
      <translation>Không đọc được các thư mục kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="233" />
      <source>Check that the folders exist and that you may read them. Details: %1</source>
      <translation>Hãy kiểm tra thư mục có tồn tại và bạn có quyền đọc. Chi tiết: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="272" />
      <source>Practising as: %1</source>
      <translation>Người luyện tập: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="293" />
      <source>The progress database could not be opened</source>
      <translation>Không mở được cơ sở dữ liệu kết quả</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="294" />
      <source>You can still read the scenarios, but practice and history need the database.</source>
      <translation>Bạn vẫn đọc được các kịch bản, nhưng luyện tập và xem lịch sử cần cơ sở dữ liệu.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="298" />
      <source>Check that the data folder is writable and that no other program holds the database, then restart the app. Details: %1</source>
      <translation>Hãy kiểm tra thư mục dữ liệu cho phép ghi và không có chương trình nào khác đang giữ cơ sở dữ liệu, rồi mở lại ứng dụng. Chi tiết: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="339" />
      <source>Choose a folder of scenario files</source>
      <translation>Chọn thư mục chứa tệp kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="352" />
      <source>Folder unavailable</source>
      <translation>Không mở được thư mục</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="360" />
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="361" />
      <source>Finish or stop the interview first; the language changes on the library page.</source>
      <translation>Hãy hoàn thành hoặc kết thúc buổi phỏng vấn trước; ngôn ngữ được đổi ở trang thư viện kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="415" />
      <source>About</source>
      <translation>Giới thiệu</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="419" />
      <source>Practise answering journalists in a crisis, offline.</source>
      <translation>Luyện trả lời phóng viên khi có khủng hoảng truyền thông, không cần mạng.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="421" />
      <source>Data folder: %1</source>
      <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="430" />
      <source>Settings could not be saved: %1</source>
      <translation>Không lưu được cài đặt: %1</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../ui/messages.py" line="24" />
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
  </context>
  <context>
    <name>PracticePage</name>
    <message>
      <location filename="../ui/practice_page.py" line="168" />
      <source>Your answer could not be saved</source>
      <translation>Không lưu được câu trả lời</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="169" />
      <source>The progress database did not accept the answer. Nothing you saved before is lost.</source>
      <translation>Cơ sở dữ liệu chưa nhận câu trả lời này. Những gì bạn đã lưu trước đó không bị mất.</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="172" />
      <source>Try again in a moment; if it keeps failing, stop the interview and resume it later. Details: %1</source>
      <translation>Hãy thử lại sau giây lát; nếu vẫn lỗi, hãy kết thúc buổi phỏng vấn và tiếp tục sau. Chi tiết: %1</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="182" />
      <source>Stop the interview?</source>
      <translation>Kết thúc buổi phỏng vấn?</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="183" />
      <source>Your answers so far are saved. You can resume this interview later from the scenario's briefing.</source>
      <translation>Các câu trả lời đến giờ đã được lưu. Bạn có thể tiếp tục buổi phỏng vấn này sau, từ trang giới thiệu của kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="184" />
      <source>Stop</source>
      <translation>Kết thúc</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="185" />
      <source>Keep going</source>
      <translation>Tiếp tục trả lời</translation>
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
    <name>SessionState</name>
    <message>
      <location filename="../ui/session_state.py" line="153" />
      <source>Opening the progress database…</source>
      <translation>Đang mở cơ sở dữ liệu kết quả…</translation>
    </message>
    <message>
      <location filename="../ui/session_state.py" line="154" />
      <source>Practice needs the progress database, which could not be opened: %1</source>
      <translation>Luyện tập cần cơ sở dữ liệu kết quả nhưng không mở được: %1</translation>
    </message>
    <message>
      <location filename="../ui/session_state.py" line="159" />
      <source>Choose a profile (Profile menu) so that your progress is saved.</source>
      <translation>Hãy chọn hồ sơ (menu Hồ sơ) để kết quả luyện tập được lưu lại.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../ui/settings_dialog.py" line="56" />
      <source>Settings</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="67" />
      <source>Read the questions aloud</source>
      <translation>Đọc to câu hỏi</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="72" />
      <source>Automatic (best available)</source>
      <translation>Tự động (tốt nhất hiện có)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="73" />
      <source>eSpeak NG / system voices (pyttsx3)</source>
      <translation>eSpeak NG / giọng đọc của hệ thống (pyttsx3)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="74" />
      <source>Qt text-to-speech (modern Windows voices)</source>
      <translation>Bộ đọc của Qt (giọng đọc mới của Windows)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="90" />
      <source>Speech</source>
      <translation>Giọng đọc</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="93" />
      <source>&amp;Engine:</source>
      <translation>&amp;Bộ đọc:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="94" />
      <source>&amp;Rate:</source>
      <translation>&amp;Tốc độ:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="95" />
      <source>&amp;Volume:</source>
      <translation>Âm &amp;lượng:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="99" />
      <source>Voices are chosen by the scenario's language: Vietnamese scenarios always use a Vietnamese voice.</source>
      <translation>Giọng đọc được chọn theo ngôn ngữ của kịch bản: kịch bản tiếng Việt luôn dùng giọng tiếng Việt.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="106" />
      <source>After each answer</source>
      <translation>Sau mỗi câu trả lời</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="108" />
      <source>Only at the end of the interview</source>
      <translation>Chỉ khi kết thúc buổi phỏng vấn</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="116" />
      <source>From the intermediate level on</source>
      <translation>Từ mức trung bình trở lên</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="117" />
      <source>Always</source>
      <translation>Luôn bật</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="118" />
      <source>Never</source>
      <translation>Không bao giờ</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="120" />
      <source>Practice</source>
      <translation>Luyện tập</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="125" />
      <source>Feedback:</source>
      <translation>Nhận xét:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="126" />
      <source>Answer &amp;clock:</source>
      <translation>Đồng &amp;hồ trả lời:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="130" />
      <source>Choose…</source>
      <translation>Chọn…</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="135" />
      <source>On this computer (SQLite, in the data folder)</source>
      <translation>Trên máy này (SQLite, trong thư mục dữ liệu)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="137" />
      <source>Shared PostgreSQL server:</source>
      <translation>Máy chủ PostgreSQL dùng chung:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="143" />
      <source>&amp;Test connection</source>
      <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="152" />
      <source>Data</source>
      <translation>Dữ liệu</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="154" />
      <source>Data &amp;folder:</source>
      <translation>&amp;Thư mục dữ liệu:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="163" />
      <source>Changes to the data folder and the database apply the next time the app starts.</source>
      <translation>Thay đổi thư mục dữ liệu và cơ sở dữ liệu có hiệu lực từ lần mở ứng dụng sau.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="170" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="172" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="177" />
      <source>&amp;Language:</source>
      <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="194" />
      <source>Test the connection before saving.</source>
      <translation>Hãy kiểm tra kết nối trước khi lưu.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="209" />
      <source>Connecting…</source>
      <translation>Đang kết nối…</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="219" />
      <source>Connected: %1</source>
      <translation>Đã kết nối: %1</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="226" />
      <source>Could not connect: %1</source>
      <translation>Không kết nối được: %1</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="231" />
      <source>Choose the data folder</source>
      <translation>Chọn thư mục dữ liệu</translation>
    </message>
  </context>
  <context>
    <name>SpeechService</name>
    <message>
      <location filename="../speech/service.py" line="44" />
      <source>Vietnamese</source>
      <extracomment>this many failed utterances in a row switch the scenario to text only</extracomment>
      <translation>Tiếng Việt</translation>
    </message>
    <message>
      <location filename="../speech/service.py" line="45" />
      <source>English</source>
      <translation>Tiếng Anh</translation>
    </message>
    <message>
      <location filename="../speech/service.py" line="50" />
      <source>No {language} voice is installed, so questions are shown as text only.</source>
      <translation>Chưa cài giọng đọc {language}, nên câu hỏi chỉ hiển thị dưới dạng chữ.</translation>
    </message>
    <message>
      <location filename="../speech/service.py" line="55" />
      <source>No text-to-speech engine is available, so questions are shown as text only.</source>
      <translation>Không có bộ đọc văn bản thành giọng nói, nên câu hỏi chỉ hiển thị dưới dạng chữ.</translation>
    </message>
    <message>
      <location filename="../speech/service.py" line="58" />
      <source>Speech stopped working, so questions are shown as text only.</source>
      <translation>Giọng đọc đã ngừng hoạt động, nên câu hỏi chỉ hiển thị dưới dạng chữ.</translation>
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
</TS>