<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>BriefingView</name>
    <message>
      <location filename="../ui/briefing_view.py" line="41" />
      <source>Choose a scenario to read its briefing: your role, the situation, the facts you may give and what must stay confidential.</source>
      <translation>Choose a scenario to read its briefing: your role, the situation, the facts you may give and what must stay confidential.</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="52" />
      <source>about %1 min</source>
      <translation>about %1 min</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="58" />
      <source>Your role</source>
      <translation>Your role</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="59" />
      <source>The situation</source>
      <translation>The situation</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="60" />
      <source>When it happened:</source>
      <translation>When it happened:</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="64" />
      <source>initial information within %1 hours</source>
      <translation>initial information within %1 hours</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="67" />
      <source>Information deadline:</source>
      <translation>Information deadline:</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="70" />
      <source>You are authorised to say</source>
      <translation>You are authorised to say</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="72" />
      <source>Not yours to say</source>
      <translation>Not yours to say</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="73" />
      <source>confirmed</source>
      <translation>confirmed</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="74" />
      <source>NOT confirmed — do not assert</source>
      <translation>NOT confirmed — do not assert</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="85" />
      <source>Fact sheet</source>
      <translation>Fact sheet</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="91" />
      <source>Confidential — never disclose</source>
      <translation>Confidential — never disclose</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="93" />
      <source>Key messages</source>
      <translation>Key messages</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="99" />
      <source>Journalists</source>
      <translation>Journalists</translation>
    </message>
    <message>
      <location filename="../ui/briefing_view.py" line="101" />
      <source>%1 questions, including follow-ups that depend on your answers.</source>
      <translation>%1 questions, including follow-ups that depend on your answers.</translation>
    </message>
  </context>
  <context>
    <name>FeedbackView</name>
    <message>
      <location filename="../ui/feedback_view.py" line="111" />
      <source>Principles</source>
      <translation>Principles</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="120" />
      <source>Your answer (green: what worked, red: problems; hover for the reason)</source>
      <translation>Your answer (green: what worked, red: problems; hover for the reason)</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="122" />
      <source>Model answer</source>
      <translation>Model answer</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="133" />
      <source>Answer this question &amp;again</source>
      <translation>Answer this question &amp;again</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="136" />
      <location filename="../ui/feedback_view.py" line="200" />
      <source>&amp;Next question</source>
      <translation>&amp;Next question</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="163" />
      <source>of 100</source>
      <translation>of 100</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="164" />
      <source>Key messages you did not deliver:</source>
      <translation>Key messages you did not deliver:</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="165" />
      <source>Facts you did not give:</source>
      <translation>Facts you did not give:</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="166" />
      <source>What to do next time</source>
      <translation>What to do next time</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="177" />
      <source>(no answer)</source>
      <translation>(no answer)</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="198" />
      <source>&amp;Back to the summary</source>
      <translation>&amp;Back to the summary</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="200" />
      <source>&amp;See the summary</source>
      <translation>&amp;See the summary</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="236" />
      <source>Not applicable to this question: %1</source>
      <translation>Not applicable to this question: %1</translation>
    </message>
  </context>
  <context>
    <name>InterviewView</name>
    <message>
      <location filename="../ui/interview_view.py" line="104" />
      <source>&amp;Replay question</source>
      <extracomment>(answer text, latency before the first keystroke in s or None, seconds on the question)</extracomment>
      <translation>&amp;Replay question</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="107" />
      <source>Hear the question again (Ctrl+R)</source>
      <translation>Hear the question again (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="119" />
      <source>Your key messages</source>
      <translation>Your key messages</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="127" />
      <source>Type your answer as you would say it to the journalist…</source>
      <translation>Type your answer as you would say it to the journalist…</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="131" />
      <source>&amp;Submit answer (Ctrl+Enter)</source>
      <translation>&amp;Submit answer (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="134" />
      <location filename="../ui/interview_view.py" line="187" />
      <location filename="../ui/interview_view.py" line="204" />
      <source>&amp;Pause</source>
      <translation>&amp;Pause</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="137" />
      <source>&amp;Stop the interview</source>
      <translation>&amp;Stop the interview</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="172" />
      <source>Question %1 of %2</source>
      <translation>Question %1 of %2</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="175" />
      <source>follow-up</source>
      <translation>follow-up</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="210" />
      <source>Paused. The clock has stopped; press Continue when you are ready.</source>
      <translation>Paused. The clock has stopped; press Continue when you are ready.</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="213" />
      <source>&amp;Continue</source>
      <translation>&amp;Continue</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="234" />
      <source>Time is up</source>
      <translation>Time is up</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../ui/labels.py" line="10" />
      <source>Exams</source>
      <translation>Exams</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="11" />
      <source>Admissions</source>
      <translation>Admissions</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="12" />
      <source>School violence</source>
      <translation>School violence</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="13" />
      <source>Food safety</source>
      <translation>Food safety</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="14" />
      <source>Fees and contributions</source>
      <translation>Fees and contributions</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="15" />
      <source>Staff conduct</source>
      <translation>Staff conduct</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="16" />
      <source>Accident</source>
      <translation>Accident</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="17" />
      <source>Natural disaster</source>
      <translation>Natural disaster</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="18" />
      <source>Misinformation</source>
      <translation>Misinformation</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="19" />
      <source>Curriculum and tests</source>
      <translation>Curriculum and tests</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="20" />
      <source>Staff pay and contracts</source>
      <translation>Staff pay and contracts</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="21" />
      <source>Buildings and facilities</source>
      <translation>Buildings and facilities</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="22" />
      <source>Health</source>
      <translation>Health</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="23" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="30" />
      <source>Vietnamese</source>
      <translation>Vietnamese</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="31" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="37" />
      <source>Beginner</source>
      <translation>Beginner</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="38" />
      <source>Intermediate</source>
      <translation>Intermediate</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="39" />
      <source>Advanced</source>
      <translation>Advanced</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="45" />
      <source>neutral</source>
      <translation>neutral</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="46" />
      <source>friendly</source>
      <translation>friendly</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="47" />
      <source>hostile</source>
      <translation>hostile</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="48" />
      <source>tabloid</source>
      <translation>tabloid</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="55" />
      <source>%n minute(s) ago</source>
      <translation>%n minute(s) ago</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="57" />
      <source>%n hour(s) ago</source>
      <translation>%n hour(s) ago</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="58" />
      <source>%n day(s) ago</source>
      <translation>%n day(s) ago</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="63" />
      <source>Empathy</source>
      <translation>Empathy</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="64" />
      <source>Confirmed facts</source>
      <translation>Confirmed facts</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="65" />
      <source>Honest about unknowns</source>
      <translation>Honest about unknowns</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="66" />
      <source>Action taken</source>
      <translation>Action taken</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="67" />
      <source>Next update</source>
      <translation>Next update</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="68" />
      <source>No stonewalling</source>
      <translation>No stonewalling</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="69" />
      <source>Respect, no blame</source>
      <translation>Respect, no blame</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="70" />
      <source>Key messages</source>
      <translation>Key messages</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="71" />
      <source>Clear and concise</source>
      <translation>Clear and concise</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="72" />
      <source>Privacy and authority</source>
      <translation>Privacy and authority</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="73" />
      <source>Bridging</source>
      <translation>Bridging</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="74" />
      <source>Prompt response</source>
      <translation>Prompt response</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="75" />
      <source>Spoken delivery</source>
      <translation>Spoken delivery</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="82" />
      <source>met</source>
      <translation>met</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="83" />
      <source>partly</source>
      <translation>partly</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="84" />
      <source>missed</source>
      <translation>missed</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="85" />
      <source>not applicable</source>
      <translation>not applicable</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="92" />
      <source>Not yet on the ladder</source>
      <translation>Not yet on the ladder</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="93" />
      <source>The public knows</source>
      <translation>The public knows</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="94" />
      <source>The public understands</source>
      <translation>The public understands</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="95" />
      <source>The public cares and supports</source>
      <translation>The public cares and supports</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="96" />
      <source>The public trusts</source>
      <translation>The public trusts</translation>
    </message>
  </context>
  <context>
    <name>LibraryView</name>
    <message>
      <location filename="../ui/library_view.py" line="44" />
      <source>Search scenarios (accents optional)…</source>
      <translation>Search scenarios (accents optional)…</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="52" />
      <source>All languages</source>
      <translation>All languages</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="65" />
      <source>All levels</source>
      <translation>All levels</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="106" />
      <source>Files that could not be loaded</source>
      <translation>Files that could not be loaded</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="127" />
      <source>All categories</source>
      <translation>All categories</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="140" />
      <source>… and %1 more problem(s)</source>
      <translation>… and %1 more problem(s)</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="155" />
      <source>%1 of %2 scenarios</source>
      <translation>%1 of %2 scenarios</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="158" />
      <source>%1 file(s) with errors</source>
      <translation>%1 file(s) with errors</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/main_window.py" line="70" />
      <source>Progress database</source>
      <translation>Progress database</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="115" />
      <source>Media Response Trainer</source>
      <translation>Media Response Trainer</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="147" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="148" />
      <source>&amp;Add scenario folder…</source>
      <translation>&amp;Add scenario folder…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="152" />
      <source>&amp;Reload scenarios</source>
      <translation>&amp;Reload scenarios</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="156" />
      <source>Open my &amp;scenario folder</source>
      <translation>Open my &amp;scenario folder</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="160" />
      <source>S&amp;ettings…</source>
      <translation>S&amp;ettings…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="165" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="170" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="171" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="182" />
      <source>&amp;Profile</source>
      <translation>&amp;Profile</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="183" />
      <source>&amp;Switch profile…</source>
      <translation>&amp;Switch profile…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="188" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="189" />
      <source>&amp;About</source>
      <translation>&amp;About</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="208" />
      <source>Loading scenarios…</source>
      <translation>Loading scenarios…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="218" />
      <source>%1 scenarios loaded.</source>
      <translation>%1 scenarios loaded.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="221" />
      <source>%1 scenarios loaded; %2 file(s) have errors (listed below the table).</source>
      <translation>%1 scenarios loaded; %2 file(s) have errors (listed below the table).</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="231" />
      <source>Scenarios could not be loaded</source>
      <translation>Scenarios could not be loaded</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="232" />
      <source>The scenario folders could not be read.</source>
      <translation>The scenario folders could not be read.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="233" />
      <source>Check that the folders exist and that you may read them. Details: %1</source>
      <translation>Check that the folders exist and that you may read them. Details: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="272" />
      <source>Practising as: %1</source>
      <translation>Practising as: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="293" />
      <source>The progress database could not be opened</source>
      <translation>The progress database could not be opened</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="294" />
      <source>You can still read the scenarios, but practice and history need the database.</source>
      <translation>You can still read the scenarios, but practice and history need the database.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="298" />
      <source>Check that the data folder is writable and that no other program holds the database, then restart the app. Details: %1</source>
      <translation>Check that the data folder is writable and that no other program holds the database, then restart the app. Details: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="339" />
      <source>Choose a folder of scenario files</source>
      <translation>Choose a folder of scenario files</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="352" />
      <source>Folder unavailable</source>
      <translation>Folder unavailable</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="360" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="361" />
      <source>Finish or stop the interview first; the language changes on the library page.</source>
      <translation>Finish or stop the interview first; the language changes on the library page.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="415" />
      <source>About</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="419" />
      <source>Practise answering journalists in a crisis, offline.</source>
      <translation>Practise answering journalists in a crisis, offline.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="421" />
      <source>Data folder: %1</source>
      <translation>Data folder: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="430" />
      <source>Settings could not be saved: %1</source>
      <translation>Settings could not be saved: %1</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../ui/messages.py" line="24" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>PracticePage</name>
    <message>
      <location filename="../ui/practice_page.py" line="168" />
      <source>Your answer could not be saved</source>
      <translation>Your answer could not be saved</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="169" />
      <source>The progress database did not accept the answer. Nothing you saved before is lost.</source>
      <translation>The progress database did not accept the answer. Nothing you saved before is lost.</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="172" />
      <source>Try again in a moment; if it keeps failing, stop the interview and resume it later. Details: %1</source>
      <translation>Try again in a moment; if it keeps failing, stop the interview and resume it later. Details: %1</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="182" />
      <source>Stop the interview?</source>
      <translation>Stop the interview?</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="183" />
      <source>Your answers so far are saved. You can resume this interview later from the scenario's briefing.</source>
      <translation>Your answers so far are saved. You can resume this interview later from the scenario's briefing.</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="184" />
      <source>Stop</source>
      <translation>Stop</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="185" />
      <source>Keep going</source>
      <translation>Keep going</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <location filename="../ui/profile_dialog.py" line="35" />
      <source>Who is practising?</source>
      <translation>Who is practising?</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="41" />
      <source>Continue as</source>
      <translation>Continue as</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="46" />
      <source>e.g. Nguyễn Thị Lan</source>
      <translation>e.g. Nguyễn Thị Lan</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="49" />
      <source>e.g. Trường THCS Hòa An</source>
      <translation>e.g. Trường THCS Hòa An</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="55" />
      <source>Principal</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="56" />
      <source>Deputy principal</source>
      <translation>Deputy principal</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="57" />
      <source>Teacher</source>
      <translation>Teacher</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="58" />
      <source>Education official (commune or ward)</source>
      <translation>Education official (commune or ward)</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="59" />
      <source>Department of Education official</source>
      <translation>Department of Education official</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="60" />
      <source>Spokesperson</source>
      <translation>Spokesperson</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="66" />
      <source>Your role</source>
      <translation>Your role</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="67" />
      <source>New profile</source>
      <translation>New profile</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="69" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="70" />
      <source>&amp;School or unit:</source>
      <translation>&amp;School or unit:</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="71" />
      <source>&amp;Role:</source>
      <translation>&amp;Role:</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="82" />
      <location filename="../ui/profile_dialog.py" line="120" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="83" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="120" />
      <source>Create and start</source>
      <translation>Create and start</translation>
    </message>
    <message>
      <location filename="../ui/profile_dialog.py" line="135" />
      <source>The profile could not be saved: %1</source>
      <translation>The profile could not be saved: %1</translation>
    </message>
  </context>
  <context>
    <name>ScenarioTableModel</name>
    <message>
      <location filename="../ui/library_model.py" line="54" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="55" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="56" />
      <source>Your role</source>
      <translation>Your role</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="57" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="58" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="59" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../ui/library_model.py" line="60" />
      <source>Your best</source>
      <translation>Your best</translation>
    </message>
  </context>
  <context>
    <name>SessionState</name>
    <message>
      <location filename="../ui/session_state.py" line="153" />
      <source>Opening the progress database…</source>
      <translation>Opening the progress database…</translation>
    </message>
    <message>
      <location filename="../ui/session_state.py" line="154" />
      <source>Practice needs the progress database, which could not be opened: %1</source>
      <translation>Practice needs the progress database, which could not be opened: %1</translation>
    </message>
    <message>
      <location filename="../ui/session_state.py" line="159" />
      <source>Choose a profile (Profile menu) so that your progress is saved.</source>
      <translation>Choose a profile (Profile menu) so that your progress is saved.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../ui/settings_dialog.py" line="56" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="67" />
      <source>Read the questions aloud</source>
      <translation>Read the questions aloud</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="72" />
      <source>Automatic (best available)</source>
      <translation>Automatic (best available)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="73" />
      <source>eSpeak NG / system voices (pyttsx3)</source>
      <translation>eSpeak NG / system voices (pyttsx3)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="74" />
      <source>Qt text-to-speech (modern Windows voices)</source>
      <translation>Qt text-to-speech (modern Windows voices)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="90" />
      <source>Speech</source>
      <translation>Speech</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="93" />
      <source>&amp;Engine:</source>
      <translation>&amp;Engine:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="94" />
      <source>&amp;Rate:</source>
      <translation>&amp;Rate:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="95" />
      <source>&amp;Volume:</source>
      <translation>&amp;Volume:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="99" />
      <source>Voices are chosen by the scenario's language: Vietnamese scenarios always use a Vietnamese voice.</source>
      <translation>Voices are chosen by the scenario's language: Vietnamese scenarios always use a Vietnamese voice.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="106" />
      <source>After each answer</source>
      <translation>After each answer</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="108" />
      <source>Only at the end of the interview</source>
      <translation>Only at the end of the interview</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="116" />
      <source>From the intermediate level on</source>
      <translation>From the intermediate level on</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="117" />
      <source>Always</source>
      <translation>Always</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="118" />
      <source>Never</source>
      <translation>Never</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="120" />
      <source>Practice</source>
      <translation>Practice</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="125" />
      <source>Feedback:</source>
      <translation>Feedback:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="126" />
      <source>Answer &amp;clock:</source>
      <translation>Answer &amp;clock:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="130" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="135" />
      <source>On this computer (SQLite, in the data folder)</source>
      <translation>On this computer (SQLite, in the data folder)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="137" />
      <source>Shared PostgreSQL server:</source>
      <translation>Shared PostgreSQL server:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="143" />
      <source>&amp;Test connection</source>
      <translation>&amp;Test connection</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="152" />
      <source>Data</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="154" />
      <source>Data &amp;folder:</source>
      <translation>Data &amp;folder:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="163" />
      <source>Changes to the data folder and the database apply the next time the app starts.</source>
      <translation>Changes to the data folder and the database apply the next time the app starts.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="170" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="172" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="177" />
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="194" />
      <source>Test the connection before saving.</source>
      <translation>Test the connection before saving.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="209" />
      <source>Connecting…</source>
      <translation>Connecting…</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="219" />
      <source>Connected: %1</source>
      <translation>Connected: %1</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="226" />
      <source>Could not connect: %1</source>
      <translation>Could not connect: %1</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="231" />
      <source>Choose the data folder</source>
      <translation>Choose the data folder</translation>
    </message>
  </context>
  <context>
    <name>SpeechService</name>
    <message>
      <location filename="../speech/service.py" line="44" />
      <source>Vietnamese</source>
      <extracomment>this many failed utterances in a row switch the scenario to text only</extracomment>
      <translation>Vietnamese</translation>
    </message>
    <message>
      <location filename="../speech/service.py" line="45" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../speech/service.py" line="50" />
      <source>No {language} voice is installed, so questions are shown as text only.</source>
      <translation>No {language} voice is installed, so questions are shown as text only.</translation>
    </message>
    <message>
      <location filename="../speech/service.py" line="55" />
      <source>No text-to-speech engine is available, so questions are shown as text only.</source>
      <translation>No text-to-speech engine is available, so questions are shown as text only.</translation>
    </message>
    <message>
      <location filename="../speech/service.py" line="58" />
      <source>Speech stopped working, so questions are shown as text only.</source>
      <translation>Speech stopped working, so questions are shown as text only.</translation>
    </message>
  </context>
  <context>
    <name>StartPanel</name>
    <message>
      <location filename="../ui/start_panel.py" line="36" />
      <source>Beginner: no answer clock, gentle follow-ups, key messages may stay visible.
Intermediate: the clock runs and follow-ups press harder.
Advanced: the hardest follow-ups, key messages hidden.</source>
      <translation>Beginner: no answer clock, gentle follow-ups, key messages may stay visible.
Intermediate: the clock runs and follow-ups press harder.
Advanced: the hardest follow-ups, key messages hidden.</translation>
    </message>
    <message>
      <location filename="../ui/start_panel.py" line="38" />
      <source>Keep my key messages visible during the interview</source>
      <translation>Keep my key messages visible during the interview</translation>
    </message>
    <message>
      <location filename="../ui/start_panel.py" line="43" />
      <source>&amp;Start the interview</source>
      <translation>&amp;Start the interview</translation>
    </message>
    <message>
      <location filename="../ui/start_panel.py" line="56" />
      <source>Level:</source>
      <translation>Level:</translation>
    </message>
    <message>
      <location filename="../ui/start_panel.py" line="83" />
      <source>Your best: %1</source>
      <translation>Your best: %1</translation>
    </message>
    <message>
      <location filename="../ui/start_panel.py" line="85" />
      <source>&amp;Resume where you stopped</source>
      <translation>&amp;Resume where you stopped</translation>
    </message>
  </context>
  <context>
    <name>SummaryView</name>
    <message>
      <location filename="../ui/summary_view.py" line="26" />
      <source>Practise this scenario &amp;again</source>
      <translation>Practise this scenario &amp;again</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="28" />
      <source>Back to the &amp;library</source>
      <translation>Back to the &amp;library</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="39" />
      <source>Every answer (double-click or Enter to see its feedback):</source>
      <translation>Every answer (double-click or Enter to see its feedback):</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="52" />
      <source>No answers were given.</source>
      <translation>No answers were given.</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="53" />
      <source>Your strongest answer</source>
      <translation>Your strongest answer</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="54" />
      <source>The answer to work on</source>
      <translation>The answer to work on</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="55" />
      <source>A model answer:</source>
      <translation>A model answer:</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="56" />
      <source>By principle (weakest first)</source>
      <translation>By principle (weakest first)</translation>
    </message>
    <message>
      <location filename="../ui/summary_view.py" line="64" />
      <source>of 100 on average over %1 answers</source>
      <translation>of 100 on average over %1 answers</translation>
    </message>
  </context>
</TS>