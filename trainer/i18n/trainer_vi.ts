<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>BriefingView</name>
    <message>
      <location filename="../ui/briefing_view.py" line="39" />
      <source>Choose a scenario to read its briefing: your role, the situation, the facts you may give and what must stay confidential.</source>
      <translation>Chọn một kịch bản để đọc phần giới thiệu: vai của bạn, tình huống, những dữ kiện được phép nêu và những gì phải giữ kín.</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="50" />
      <source>about %1 min</source>
      <translation>khoảng %1 phút</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="56" />
      <source>Your role</source>
      <translation>Vai của bạn</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="57" />
      <source>The situation</source>
      <translation>Tình huống</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="58" />
      <source>When it happened:</source>
      <translation>Thời điểm xảy ra:</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="62" />
      <source>initial information within %1 hours</source>
      <translation>cung cấp thông tin ban đầu trong vòng %1 giờ</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="65" />
      <source>Information deadline:</source>
      <translation>Hạn cung cấp thông tin:</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="68" />
      <source>You are authorised to say</source>
      <translation>Bạn được phép nói</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="70" />
      <source>Not yours to say</source>
      <translation>Không thuộc thẩm quyền của bạn</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="71" />
      <source>confirmed</source>
      <translation>đã xác nhận</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="72" />
      <source>NOT confirmed — do not assert</source>
      <translation>CHƯA xác nhận — không được khẳng định</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="83" />
      <source>Fact sheet</source>
      <translation>Dữ kiện</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="89" />
      <source>Confidential — never disclose</source>
      <translation>Thông tin mật — tuyệt đối không tiết lộ</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="91" />
      <source>Key messages</source>
      <translation>Thông điệp chính</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="97" />
      <source>Journalists</source>
      <translation>Phóng viên</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="99" />
      <source>%1 questions, including follow-ups that depend on your answers.</source>
      <translation>%1 câu hỏi, gồm cả câu hỏi nối tiếp tùy theo câu trả lời của bạn.</translation>
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
  </context>
  <context>
    <name>LibraryView</name>
    <message>
      <location filename="../ui/library_view.py" line="42" />
      <source>Search scenarios (accents optional)…</source>
      <translation>Tìm kịch bản (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="49" />
      <source>All languages</source>
      <translation>Mọi ngôn ngữ</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="62" />
      <source>All levels</source>
      <translation>Mọi mức độ</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="99" />
      <source>Files that could not be loaded</source>
      <translation>Tệp không mở được</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="120" />
      <source>All categories</source>
      <translation>Mọi chủ đề</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="133" />
      <source>… and %1 more problem(s)</source>
      <translation>… và %1 lỗi khác</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="148" />
      <source>%1 of %2 scenarios</source>
      <translation>%1 trên %2 kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="151" />
      <source>%1 file(s) with errors</source>
      <translation>%1 tệp bị lỗi</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/main_window.py" line="49" />
      <source>Media Response Trainer</source>
      <translation>Luyện tập trả lời báo chí</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="74" />
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="75" />
      <source>&amp;Add scenario folder…</source>
      <translation>&amp;Thêm thư mục kịch bản…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="79" />
      <source>&amp;Reload scenarios</source>
      <translation>&amp;Tải lại kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="83" />
      <source>Open my &amp;scenario folder</source>
      <translation>Mở thư mục &amp;kịch bản của tôi</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="87" />
      <source>&amp;Quit</source>
      <translation>T&amp;hoát</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="92" />
      <source>&amp;View</source>
      <translation>&amp;Hiển thị</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="93" />
      <source>&amp;Language</source>
      <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="104" />
      <source>&amp;Help</source>
      <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="105" />
      <source>&amp;About</source>
      <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="124" />
      <source>Loading scenarios…</source>
      <translation>Đang tải kịch bản…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="134" />
      <source>%1 scenarios loaded.</source>
      <translation>Đã tải %1 kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="137" />
      <source>%1 scenarios loaded; %2 file(s) have errors (listed below the table).</source>
      <translation>Đã tải %1 kịch bản; %2 tệp bị lỗi (liệt kê bên dưới bảng).</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="147" />
      <source>Scenarios could not be loaded</source>
      <translation>Không tải được kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="148" />
      <source>The scenario folders could not be read.</source>
      <translation>Không đọc được các thư mục kịch bản.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="149" />
      <source>Check that the folders exist and that you may read them. Details: %1</source>
      <translation>Hãy kiểm tra thư mục có tồn tại và bạn có quyền đọc. Chi tiết: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="159" />
      <source>Choose a folder of scenario files</source>
      <translation>Chọn thư mục chứa tệp kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="172" />
      <source>Folder unavailable</source>
      <translation>Không mở được thư mục</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="191" />
      <source>About</source>
      <translation>Giới thiệu</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="195" />
      <source>Practise answering journalists in a crisis, offline.</source>
      <translation>Luyện trả lời phóng viên khi có khủng hoảng truyền thông, không cần mạng.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="197" />
      <source>Data folder: %1</source>
      <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="206" />
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
    <name>ScenarioTableModel</name>
    <message>
      <location filename="../ui/library_model.py" line="43" />
      <source>Scenario</source>
      <translation>Kịch bản</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="44" />
      <source>Category</source>
      <translation>Chủ đề</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="45" />
      <source>Your role</source>
      <translation>Vai của bạn</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="46" />
      <source>Level</source>
      <translation>Mức độ</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="47" />
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="48" />
      <source>Minutes</source>
      <translation>Phút</translation>
    </message>
  </context>
</TS>