<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AnswerAudioButton</name>
    <message>
      <location filename="../ui/answer_audio.py" line="83" />
      <source>▶ Recording missing</source>
      <translation>▶ Recording missing</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="70" />
      <source>Hear your answer again</source>
      <translation>Hear your answer again</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="76" />
      <source>Your answer and its scores are kept.</source>
      <translation>Your answer and its scores are kept.</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="80" />
      <source>The recording of this answer is damaged: only %1 of %2 can be played.</source>
      <translation>The recording of this answer is damaged: only %1 of %2 can be played.</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="85" />
      <source>The recording of this answer is not in the data folder any more (%1).</source>
      <translation>The recording of this answer is not in the data folder any more (%1).</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="87" />
      <source>▶ Recording unreadable</source>
      <translation>▶ Recording unreadable</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="89" />
      <source>The recording of this answer cannot be read (%1): check the data folder's permissions.</source>
      <translation>The recording of this answer cannot be read (%1): check the data folder's permissions.</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="91" />
      <source>▶ Recording damaged</source>
      <translation>▶ Recording damaged</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="93" />
      <source>The recording of this answer is damaged and cannot be played (%1).</source>
      <translation>The recording of this answer is damaged and cannot be played (%1).</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="103" />
      <source>▶ &amp;Play what is left (%1)</source>
      <translation>▶ &amp;Play what is left (%1)</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="105" />
      <source>▶ &amp;Play your answer (%1)</source>
      <translation>▶ &amp;Play your answer (%1)</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="121" />
      <source>■ &amp;Stop playing</source>
      <translation>■ &amp;Stop playing</translation>
    </message>
    <message>
      <location filename="../ui/answer_audio.py" line="149" />
      <source>The recording of this answer could not be played (%1). Your answer and its scores are kept.</source>
      <translation>The recording of this answer could not be played (%1). Your answer and its scores are kept.</translation>
    </message>
  </context>
  <context>
    <name>AnswersPanel</name>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="56" />
      <source>&amp;Follow new answers</source>
      <translation>&amp;Follow new answers</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="59" />
      <source>Select each new answer as it arrives (not while you are scoring one)</source>
      <translation>Select each new answer as it arrives (not while you are scoring one)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="67" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="67" />
      <source>Trainee</source>
      <translation>Trainee</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="67" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="67" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="68" />
      <source>Reviews</source>
      <translation>Reviews</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="170" />
      <source>Answers in this workshop: %1</source>
      <translation>Answers in this workshop: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/answers_panel.py" line="174" />
      <source>The shared database does not answer; retrying every second. Details: %1</source>
      <translation>The shared database does not answer; retrying every second. Details: %1</translation>
    </message>
  </context>
  <context>
    <name>AnswersView</name>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="187" />
      <source>No answers yet.</source>
      <translation>No answers yet.</translation>
    </message>
  </context>
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
    <name>CardView</name>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="206" />
      <source>Bar: the trainee's mean; dark tick: the room's mean.</source>
      <translation>Bar: the trainee's mean; dark tick: the room's mean.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="230" />
      <source>No answers in this workshop yet.</source>
      <translation>No answers in this workshop yet.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="234" />
      <source>%1 answer(s), mean overall score %2 (room: %3).</source>
      <translation>%1 answer(s), mean overall score %2 (room: %3).</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="243" />
      <source>Strongest on:</source>
      <translation>Strongest on:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="247" />
      <source>To work on:</source>
      <translation>To work on:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="250" />
      <source>Strongest answer</source>
      <translation>Strongest answer</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="254" />
      <source>The answer to work on</source>
      <translation>The answer to work on</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="259" />
      <source>Trainer’s comments</source>
      <translation>Trainer’s comments</translation>
    </message>
  </context>
  <context>
    <name>Closing</name>
    <message>
      <location filename="../ui/closing.py" line="163" />
      <source>Your answer could not be kept</source>
      <translation>Your answer could not be kept</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="168" />
      <source>Your last answer is not saved yet, and it could not be kept in a file either (%1). If you close now, it is lost.</source>
      <translation>Your last answer is not saved yet, and it could not be kept in a file either (%1). If you close now, it is lost.</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="170" />
      <source>Don't close</source>
      <translation>Don't close</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="171" />
      <source>Close anyway</source>
      <translation>Close anyway</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="175" />
      <source>Copy it now if you need it:</source>
      <translation>Copy it now if you need it:</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="271" />
      <source>Your answer could not be saved</source>
      <translation>Your answer could not be saved</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="277" />
      <source>%1 The answer has been kept in %2 and will be back in the answer box when you resume this interview.</source>
      <translation>%1 The answer has been kept in %2 and will be back in the answer box when you resume this interview.</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="327" />
      <source>Your answer to this question could not be saved before the app closed; it is back in the box. Check it, then submit it.</source>
      <translation>Your answer to this question could not be saved before the app closed; it is back in the box. Check it, then submit it.</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="330" />
      <source>(It was spoken: its text is in the box, and its recording is kept in %1.)</source>
      <translation>(It was spoken: its text is in the box, and its recording is kept in %1.)</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="340" />
      <source>An answer was not saved</source>
      <translation>An answer was not saved</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="345" />
      <source>Your second answer to “%1” could not be saved before the app closed. That question already has a saved answer, so it is not asked again.</source>
      <translation>Your second answer to “%1” could not be saved before the app closed. That question already has a saved answer, so it is not asked again.</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="347" />
      <source>The answer is kept in %1: “%2”</source>
      <translation>The answer is kept in %1: “%2”</translation>
    </message>
  </context>
  <context>
    <name>CompareView</name>
    <message>
      <location filename="../ui/history/compare.py" line="84" />
      <source>&amp;Back to the history</source>
      <translation>&amp;Back to the history</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="86" />
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="142" />
      <source>Two attempts: %1</source>
      <translation>Two attempts: %1</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="144" />
      <source>Earlier: %1 · Later: %2</source>
      <translation>Earlier: %1 · Later: %2</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="149" />
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="168" />
      <source>These sessions could not be read from the progress database. Details: %1</source>
      <translation>These sessions could not be read from the progress database. Details: %1</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="175" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="175" />
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="179" />
      <source>Mean of all answers</source>
      <translation>Mean of all answers</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="196" />
      <source>By principle, later attempt</source>
      <translation>By principle, later attempt</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="197" />
      <source>the earlier attempt</source>
      <translation>the earlier attempt</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="198" />
      <source>No scored answers in these sessions.</source>
      <translation>No scored answers in these sessions.</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="200" />
      <source>Earlier attempt (%1)</source>
      <translation>Earlier attempt (%1)</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="201" />
      <source>Later attempt (%1)</source>
      <translation>Later attempt (%1)</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="235" />
      <source>Not asked in this attempt.</source>
      <translation>Not asked in this attempt.</translation>
    </message>
    <message>
      <location filename="../ui/history/compare.py" line="239" />
      <source>of 100</source>
      <translation>of 100</translation>
    </message>
  </context>
  <context>
    <name>ControlView</name>
    <message>
      <location filename="../ui/workshop/control_view.py" line="80" />
      <source>Read questions a&amp;loud</source>
      <translation>Read questions a&amp;loud</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="84" />
      <source>&amp;End the run</source>
      <translation>&amp;End the run</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="179" />
      <source>Everyone here has answered every question. End the run when you are ready.</source>
      <translation>Everyone here has answered every question. End the run when you are ready.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="194" />
      <source>The answer box is empty: type the answer first.</source>
      <translation>The answer box is empty: type the answer first.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="223" />
      <source>End the run?</source>
      <translation>End the run?</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="224" />
      <source>Every answer is already saved. The trainees' sessions are closed and the debrief can begin.</source>
      <translation>Every answer is already saved. The trainees' sessions are closed and the debrief can begin.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="225" />
      <source>End the run</source>
      <translation>End the run</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="226" />
      <source>Continue the run</source>
      <translation>Continue the run</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="240" />
      <source>everyone answers each question</source>
      <translation>everyone answers each question</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="241" />
      <source>one shared interview</source>
      <translation>one shared interview</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="261" />
      <source>Saved. Automatic score %1; the room sees it only when you reveal it.</source>
      <translation>Saved. Automatic score %1; the room sees it only when you reveal it.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="278" />
      <source>The run could not be closed cleanly</source>
      <translation>The run could not be closed cleanly</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="279" />
      <source>Every answer is saved; the trainees' sessions stay in progress. %1</source>
      <translation>Every answer is saved; the trainees' sessions stay in progress. %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/control_view.py" line="287" />
      <source>The answer could not be saved; it is still in the box, and nothing saved before is lost. %1 Then submit it again.</source>
      <translation>The answer could not be saved; it is still in the box, and nothing saved before is lost. %1 Then submit it again.</translation>
    </message>
  </context>
  <context>
    <name>DebriefAnswer</name>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="150" />
      <source>%1's comment:</source>
      <translation>%1's comment:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="157" />
      <source>Re-scored:</source>
      <translation>Re-scored:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="165" />
      <source>Scenario: %1</source>
      <translation>Scenario: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="168" />
      <source>re-scored by a trainer; automatic score %1</source>
      <translation>re-scored by a trainer; automatic score %1</translation>
    </message>
  </context>
  <context>
    <name>DebriefPage</name>
    <message>
      <location filename="../ui/workshop/debrief.py" line="74" />
      <source>&amp;Hide names (Trainee A, B…)</source>
      <translation>&amp;Hide names (Trainee A, B…)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="76" />
      <source>For the projector: each trainee gets a letter, the same everywhere</source>
      <translation>For the projector: each trainee gets a letter, the same everywhere</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="78" />
      <source>Answers to &amp;discuss:</source>
      <translation>Answers to &amp;discuss:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="85" />
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="86" />
      <source>Export &amp;PDF…</source>
      <translation>Export &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="87" />
      <source>Export &amp;CSV…</source>
      <translation>Export &amp;CSV…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="89" />
      <source>Personal &amp;report…</source>
      <translation>Personal &amp;report…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="91" />
      <source>Hide names</source>
      <translation>Hide names</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="92" />
      <source>‹ &amp;Workshops</source>
      <translation>‹ &amp;Workshops</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="94" />
      <source>Back to the list of workshops</source>
      <translation>Back to the list of workshops</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="111" />
      <source>The room by principle</source>
      <translation>The room by principle</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="112" />
      <source>Bar: mean score; thin line: lowest–highest; n: answers scored.</source>
      <translation>Bar: mean score; thin line: lowest–highest; n: answers scored.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="137" />
      <source>Answers to discuss</source>
      <translation>Answers to discuss</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="138" />
      <source>Trainee cards</source>
      <translation>Trainee cards</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="185" />
      <source>Loading the debrief…</source>
      <translation>Loading the debrief…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="207" />
      <source>see the log file for details</source>
      <translation>see the log file for details</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="207" />
      <source>The debrief could not be loaded: %1</source>
      <translation>The debrief could not be loaded: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="227" />
      <source>%1 trainee(s) answered, %2 answer(s), room mean %3/100</source>
      <translation>%1 trainee(s) answered, %2 answer(s), room mean %3/100</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="266" />
      <source>Show names to write a trainee's personal report</source>
      <translation>Show names to write a trainee's personal report</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="270" />
      <source>The selected trainee's report over all their practice (PDF)</source>
      <translation>The selected trainee's report over all their practice (PDF)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="278" />
      <source>Export the debrief as PDF</source>
      <translation>Export the debrief as PDF</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="278" />
      <location filename="../ui/workshop/debrief.py" line="296" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="286" />
      <source>Export the debrief as CSV</source>
      <translation>Export the debrief as CSV</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="286" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="295" />
      <source>Personal report of %1</source>
      <translation>Personal report of %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="318" />
      <source>Writing the file…</source>
      <translation>Writing the file…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="325" />
      <source>Saved: %1</source>
      <translation>Saved: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="339" />
      <source>an unexpected error; the details are in the log file</source>
      <translation>an unexpected error; the details are in the log file</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="339" />
      <source>The file could not be written: %1</source>
      <translation>The file could not be written: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="344" />
      <source>Export failed</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="346" />
      <source>Nothing was overwritten. Choose another folder or try again.</source>
      <translation>Nothing was overwritten. Choose another folder or try again.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="352" />
      <source>%1 is a folder; give a file name</source>
      <translation>%1 is a folder; give a file name</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="353" />
      <source>the folder %1 does not exist</source>
      <translation>the folder %1 does not exist</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="354" />
      <source>the folder %1 cannot be written to</source>
      <translation>the folder %1 cannot be written to</translation>
    </message>
  </context>
  <context>
    <name>ExportPackDialog</name>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="60" />
      <location filename="../ui/pack_export_dialog.py" line="196" />
      <location filename="../ui/pack_export_dialog.py" line="200" />
      <source>Export scenario pack</source>
      <translation>Export scenario pack</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="65" />
      <source>Filter scenarios (accents optional)…</source>
      <translation>Filter scenarios (accents optional)…</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="76" />
      <source>Select all shown</source>
      <translation>Select all shown</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="78" />
      <source>Clear selection</source>
      <translation>Clear selection</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="87" />
      <source>e.g. Crisis scenarios of the province, 2025</source>
      <translation>e.g. Crisis scenarios of the province, 2025</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="92" />
      <source>e.g. Department of Education and Training, or your school</source>
      <translation>e.g. Department of Education and Training, or your school</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="100" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="106" />
      <source>Pack name:</source>
      <translation>Pack name:</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="107" />
      <source>Version:</source>
      <translation>Version:</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="108" />
      <source>Author:</source>
      <translation>Author:</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="109" />
      <source>Description:</source>
      <translation>Description:</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="110" />
      <source>Save as:</source>
      <translation>Save as:</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="115" />
      <source>&amp;Export</source>
      <translation>&amp;Export</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="117" />
      <location filename="../ui/pack_export_dialog.py" line="203" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="124" />
      <source>Scenarios to put in the pack:</source>
      <translation>Scenarios to put in the pack:</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="152" />
      <source>Save the pack as</source>
      <translation>Save the pack as</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="153" />
      <source>Scenario packs (*.zip)</source>
      <translation>Scenario packs (*.zip)</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="161" />
      <source>Tick at least one scenario.</source>
      <translation>Tick at least one scenario.</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="163" />
      <source>Give the pack a name.</source>
      <translation>Give the pack a name.</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="165" />
      <source>Give the pack a version, e.g. 1.0.</source>
      <translation>Give the pack a version, e.g. 1.0.</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="167" />
      <source>Choose where to save the pack.</source>
      <translation>Choose where to save the pack.</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="174" />
      <source>%1 scenario(s) selected</source>
      <translation>%1 scenario(s) selected</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="196" />
      <source>That is a folder; give a file name.</source>
      <translation>That is a folder; give a file name.</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="201" />
      <source>%1 already exists. Replace it?</source>
      <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
      <location filename="../ui/pack_export_dialog.py" line="202" />
      <source>Replace</source>
      <translation>Replace</translation>
    </message>
  </context>
  <context>
    <name>ExtraPages</name>
    <message>
      <location filename="../ui/extra_pages.py" line="44" />
      <source>&amp;History…</source>
      <translation>&amp;History…</translation>
    </message>
    <message>
      <location filename="../ui/extra_pages.py" line="49" />
      <source>&amp;New scenario…</source>
      <translation>&amp;New scenario…</translation>
    </message>
    <message>
      <location filename="../ui/extra_pages.py" line="52" />
      <source>Edit a &amp;copy of this scenario…</source>
      <translation>Edit a &amp;copy of this scenario…</translation>
    </message>
    <message>
      <location filename="../ui/extra_pages.py" line="54" />
      <source>&amp;Edit this scenario…</source>
      <translation>&amp;Edit this scenario…</translation>
    </message>
    <message>
      <location filename="../ui/extra_pages.py" line="60" />
      <source>&amp;Workshop</source>
      <translation>&amp;Workshop</translation>
    </message>
    <message>
      <location filename="../ui/extra_pages.py" line="61" />
      <source>&amp;Workshops…</source>
      <translation>&amp;Workshops…</translation>
    </message>
  </context>
  <context>
    <name>FeedbackView</name>
    <message>
      <location filename="../ui/feedback_view.py" line="132" />
      <source>Principles</source>
      <translation>Principles</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="141" />
      <source>Your answer (green: what worked, red: problems; hover for the reason)</source>
      <translation>Your answer (green: what worked, red: problems; hover for the reason)</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="143" />
      <source>Model answer</source>
      <translation>Model answer</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="154" />
      <source>Answer this question &amp;again</source>
      <translation>Answer this question &amp;again</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="157" />
      <location filename="../ui/feedback_view.py" line="233" />
      <source>&amp;Next question</source>
      <translation>&amp;Next question</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="196" />
      <source>of 100</source>
      <translation>of 100</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="197" />
      <source>Key messages you did not deliver:</source>
      <translation>Key messages you did not deliver:</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="198" />
      <source>Facts you did not give:</source>
      <translation>Facts you did not give:</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="199" />
      <source>What to do next time</source>
      <translation>What to do next time</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="210" />
      <source>(no answer)</source>
      <translation>(no answer)</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="231" />
      <source>&amp;Back to the summary</source>
      <translation>&amp;Back to the summary</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="233" />
      <source>&amp;See the summary</source>
      <translation>&amp;See the summary</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="243" />
      <source>content awaiting the trainer's review</source>
      <translation>content awaiting the trainer's review</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="247" />
      <source>What the computer heard, before your corrections:</source>
      <translation>What the computer heard, before your corrections:</translation>
    </message>
    <message>
      <location filename="../ui/feedback_view.py" line="291" />
      <source>Not applicable to this question: %1</source>
      <translation>Not applicable to this question: %1</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <location filename="../ui/history/session_detail.py" line="67" />
      <source>This scenario is no longer in the library: the questions and your answers are shown as they were saved; model answers are not available.</source>
      <translation>This scenario is no longer in the library: the questions and your answers are shown as they were saved; model answers are not available.</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="73" />
      <source>This scenario file has been edited since this session: the questions are shown as they were asked; model answers come from the current version.</source>
      <translation>This scenario file has been edited since this session: the questions are shown as they were asked; model answers come from the current version.</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="45" />
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="48" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="50" />
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="57" />
      <source>Completed</source>
      <translation>Completed</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="58" />
      <source>In progress</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="59" />
      <source>Stopped</source>
      <translation>Stopped</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="65" />
      <source>On my own</source>
      <translation>On my own</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="66" />
      <source>Workshop</source>
      <translation>Workshop</translation>
    </message>
  </context>
  <context>
    <name>HistoryPage</name>
    <message>
      <location filename="../ui/history/page.py" line="82" />
      <location filename="../ui/history/page.py" line="182" />
      <source>Choose a profile to see its history.</source>
      <extracomment>"Recent" means the latest this many sessions: the bars and "what to practise next". Up to this many sessions, the trend shows one point per session; beyond, per week or month.</extracomment>
      <translation>Choose a profile to see its history.</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="99" />
      <source>Time practised runs from the start of each session to its last answer; a pause of more than 20 minutes counts as 20 minutes. Answering time is the part spent writing or speaking answers.</source>
      <translation>Time practised runs from the start of each session to its last answer; a pause of more than 20 minutes counts as 20 minutes. Answering time is the part spent writing or speaking answers.</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="100" />
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="103" />
      <source>&amp;Back to the library</source>
      <translation>&amp;Back to the library</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="105" />
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="125" />
      <source>Sho&amp;w with the overall score:</source>
      <translation>Sho&amp;w with the overall score:</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="136" />
      <source>Click a principle to see its trend.</source>
      <translation>Click a principle to see its trend.</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="186" />
      <source>Loading the history…</source>
      <translation>Loading the history…</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="188" />
      <source>History: %1</source>
      <translation>History: %1</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="217" />
      <source>The history could not be read from the progress database. Nothing is lost; try Refresh in a moment. Details: %1</source>
      <translation>The history could not be read from the progress database. Nothing is lost; try Refresh in a moment. Details: %1</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="236" />
      <source>No practice yet: start an interview from the library.</source>
      <translation>No practice yet: start an interview from the library.</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="239" />
      <source>%1 sessions</source>
      <translation>%1 sessions</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="240" />
      <source>%1 answers</source>
      <translation>%1 answers</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="242" />
      <source>time practised: %1 (answering: %2)</source>
      <translation>time practised: %1 (answering: %2)</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="245" />
      <source>on %1 days since %2</source>
      <translation>on %1 days since %2</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="251" />
      <source>mean of the last %1 sessions: %2</source>
      <translation>mean of the last %1 sessions: %2</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="260" />
      <source>(nothing else)</source>
      <translation>(nothing else)</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="275" />
      <source>Scores over time (each point: one session)</source>
      <translation>Scores over time (each point: one session)</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="276" />
      <source>Scores over time (weekly means)</source>
      <translation>Scores over time (weekly means)</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="277" />
      <source>Scores over time (monthly means)</source>
      <translation>Scores over time (monthly means)</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="279" />
      <source>Overall score</source>
      <translation>Overall score</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="286" />
      <source>No scores yet: they will appear here after your first answers.</source>
      <translation>No scores yet: they will appear here after your first answers.</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="298" />
      <source>By principle, last %1 sessions</source>
      <translation>By principle, last %1 sessions</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="299" />
      <source>mean over all your sessions</source>
      <translation>mean over all your sessions</translation>
    </message>
    <message>
      <location filename="../ui/history/page.py" line="300" />
      <source>No scores yet.</source>
      <translation>No scores yet.</translation>
    </message>
  </context>
  <context>
    <name>ImportPackDialog</name>
    <message>
      <location filename="../ui/pack_dialogs.py" line="57" />
      <source>Import scenario pack</source>
      <translation>Import scenario pack</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="67" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="68" />
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="69" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="70" />
      <source>Check</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="71" />
      <source>In your library</source>
      <translation>In your library</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="72" />
      <source>What to do</source>
      <translation>What to do</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="91" />
      <source>Keep both installs the pack's scenario as a copy under a new id; Replace overwrites the file in your scenario folder; Skip leaves it out. The whole import can be undone afterwards.</source>
      <translation>Keep both installs the pack's scenario as a copy under a new id; Replace overwrites the file in your scenario folder; Skip leaves it out. The whole import can be undone afterwards.</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="101" />
      <source>Problems found</source>
      <translation>Problems found</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="105" />
      <source>&amp;Import</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="107" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="122" />
      <source>Pack</source>
      <translation>Pack</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="125" />
      <source>File:</source>
      <translation>File:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="129" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="130" />
      <source>Version:</source>
      <translation>Version:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="131" />
      <source>Author:</source>
      <translation>Author:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="132" />
      <source>Language:</source>
      <translation>Language:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="133" />
      <source>Created:</source>
      <translation>Created:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="141" />
      <source>About:</source>
      <translation>About:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="144" />
      <source>%1 scenario(s), %2 other file(s)</source>
      <translation>%1 scenario(s), %2 other file(s)</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="147" />
      <source>Contents:</source>
      <translation>Contents:</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="153" />
      <source>Every file was checked: the pack is intact and its scenarios are valid.</source>
      <translation>Every file was checked: the pack is intact and its scenarios are valid.</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="160" />
      <source>This pack cannot be imported. Nothing from it will be installed; the problems are listed below.</source>
      <translation>This pack cannot be imported. Nothing from it will be installed; the problems are listed below.</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="186" />
      <source>Invalid: %1</source>
      <translation>Invalid: %1</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="188" />
      <source>Valid, %1 warning(s)</source>
      <translation>Valid, %1 warning(s)</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="191" />
      <source>Valid</source>
      <translation>Valid</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="198" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="200" />
      <source>Already installed (identical)</source>
      <translation>Already installed (identical)</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="201" />
      <source>Nothing to do</source>
      <translation>Nothing to do</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="202" />
      <source>Same id: %1</source>
      <translation>Same id: %1</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="215" />
      <source>Keep both</source>
      <translation>Keep both</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="217" />
      <source>Replace</source>
      <translation>Replace</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="221" />
      <source>The scenario with this id is outside your scenario folder, so it cannot be replaced.</source>
      <translation>The scenario with this id is outside your scenario folder, so it cannot be replaced.</translation>
    </message>
    <message>
      <location filename="../ui/pack_dialogs.py" line="222" />
      <source>Skip</source>
      <translation>Skip</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <location filename="../ui/workshop/roster.py" line="113" />
      <source>Import a roster</source>
      <translation>Import a roster</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="121" />
      <source>%1: %2 people to add, %3 lines with problems.</source>
      <translation>%1: %2 people to add, %3 lines with problems.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="128" />
      <source>Line</source>
      <translation>Line</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="128" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="128" />
      <source>School or unit</source>
      <translation>School or unit</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="129" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="146" />
      <source>Add %1 people</source>
      <translation>Add %1 people</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="150" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>InterviewView</name>
    <message>
      <location filename="../ui/interview_view.py" line="117" />
      <source>&amp;Replay question</source>
      <extracomment>(answer text, latency before the first keystroke in s or None, seconds on the question)</extracomment>
      <translation>&amp;Replay question</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="120" />
      <source>Hear the question again (Ctrl+R)</source>
      <translation>Hear the question again (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="132" />
      <source>Your key messages</source>
      <translation>Your key messages</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="140" />
      <source>Type your answer as you would say it to the journalist…</source>
      <translation>Type your answer as you would say it to the journalist…</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="152" />
      <source>&amp;Submit answer (Ctrl+Enter)</source>
      <translation>&amp;Submit answer (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="155" />
      <location filename="../ui/interview_view.py" line="218" />
      <location filename="../ui/interview_view.py" line="236" />
      <source>&amp;Pause</source>
      <translation>&amp;Pause</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="158" />
      <source>&amp;Stop the interview</source>
      <translation>&amp;Stop the interview</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="200" />
      <source>Question %1 of %2</source>
      <translation>Question %1 of %2</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="203" />
      <source>follow-up</source>
      <translation>follow-up</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="243" />
      <source>Paused. The clock has stopped; press Continue when you are ready.</source>
      <translation>Paused. The clock has stopped; press Continue when you are ready.</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="247" />
      <source>&amp;Continue</source>
      <translation>&amp;Continue</translation>
    </message>
    <message>
      <location filename="../ui/interview_view.py" line="272" />
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
    <name>LevelMeter</name>
    <message>
      <location filename="../ui/recording_panel.py" line="45" />
      <source>Microphone level</source>
      <extracomment>The meter shows levels from this (dBFS) to 0.</extracomment>
      <translation>Microphone level</translation>
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
      <location filename="../ui/library_view.py" line="110" />
      <source>Files that could not be loaded</source>
      <translation>Files that could not be loaded</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="131" />
      <source>All categories</source>
      <translation>All categories</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="144" />
      <source>… and %1 more problem(s)</source>
      <translation>… and %1 more problem(s)</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="159" />
      <source>%1 of %2 scenarios</source>
      <translation>%1 of %2 scenarios</translation>
    </message>
    <message>
      <location filename="../ui/library_view.py" line="162" />
      <source>%1 file(s) with errors</source>
      <translation>%1 file(s) with errors</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/main_window.py" line="130" />
      <source>Progress database</source>
      <extracomment>Background loading starts at the first paint, or after this long if the window never paints.</extracomment>
      <translation>Progress database</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="148" />
      <source>Media Response Trainer</source>
      <translation>Media Response Trainer</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="25" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="26" />
      <source>&amp;Add scenario folder…</source>
      <translation>&amp;Add scenario folder…</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="30" />
      <source>&amp;Reload scenarios</source>
      <translation>&amp;Reload scenarios</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="34" />
      <source>Open my &amp;scenario folder</source>
      <translation>Open my &amp;scenario folder</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="50" />
      <source>S&amp;ettings…</source>
      <translation>S&amp;ettings…</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="55" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="60" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="61" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="72" />
      <source>&amp;Profile</source>
      <translation>&amp;Profile</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="73" />
      <source>&amp;Switch profile…</source>
      <translation>&amp;Switch profile…</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="80" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../ui/menus.py" line="81" />
      <source>&amp;About</source>
      <translation>&amp;About</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="203" />
      <source>Loading scenarios…</source>
      <translation>Loading scenarios…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="220" />
      <source>%1 scenarios loaded.</source>
      <translation>%1 scenarios loaded.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="223" />
      <source>%1 scenarios loaded; %2 file(s) have errors (listed below the table).</source>
      <translation>%1 scenarios loaded; %2 file(s) have errors (listed below the table).</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="235" />
      <source>Scenarios could not be loaded</source>
      <translation>Scenarios could not be loaded</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="236" />
      <source>The scenario folders could not be read.</source>
      <translation>The scenario folders could not be read.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="237" />
      <source>Check that the folders exist and that you may read them. Details: %1</source>
      <translation>Check that the folders exist and that you may read them. Details: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="277" />
      <source>Practising as: %1</source>
      <translation>Practising as: %1</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="78" />
      <source>Choose a folder of scenario files</source>
      <translation>Choose a folder of scenario files</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="92" />
      <source>Folder unavailable</source>
      <translation>Folder unavailable</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="52" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="55" />
      <source>Finish or stop the interview first; the language changes on the library page.</source>
      <translation>Finish or stop the interview first; the language changes on the library page.</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="138" />
      <source>About</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="142" />
      <source>Practise answering journalists in a crisis, offline.</source>
      <translation>Practise answering journalists in a crisis, offline.</translation>
    </message>
    <message>
      <location filename="../ui/window_prefs.py" line="144" />
      <source>Data folder: %1</source>
      <translation>Data folder: %1</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="359" />
      <source>Settings could not be saved: %1</source>
      <translation>Settings could not be saved: %1</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../ui/messages.py" line="25" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>ModelRow</name>
    <message>
      <location filename="../ui/spoken_settings.py" line="63" />
      <source>No model: spoken answers are not transcribed</source>
      <extracomment>How long the microphone test listens at most (seconds).</extracomment>
      <translation>No model: spoken answers are not transcribed</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="64" />
      <source>Folder…</source>
      <translation>Folder…</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="66" />
      <source>Import .zip…</source>
      <translation>Import .zip…</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="94" />
      <source>No model chosen.</source>
      <translation>No model chosen.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="96" />
      <source>Checking…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="107" />
      <source>Model found: %1 (%2).</source>
      <translation>Model found: %1 (%2).</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="124" />
      <source>Choose the model folder</source>
      <translation>Choose the model folder</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="131" />
      <source>Choose the model's .zip file</source>
      <translation>Choose the model's .zip file</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="132" />
      <source>Zip archives (*.zip)</source>
      <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="139" />
      <source>Importing the model…</source>
      <translation>Importing the model…</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="146" />
      <source>Importing…</source>
      <translation>Importing…</translation>
    </message>
  </context>
  <context>
    <name>ObserverView</name>
    <message>
      <location filename="../ui/workshop/page.py" line="74" />
      <source>observing and scoring</source>
      <translation>observing and scoring</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="75" />
      <source>&amp;Back to the workshops</source>
      <translation>&amp;Back to the workshops</translation>
    </message>
  </context>
  <context>
    <name>PackActions</name>
    <message>
      <location filename="../ui/pack_actions.py" line="78" />
      <source>Import a scenario pack</source>
      <translation>Import a scenario pack</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="80" />
      <source>Scenario packs (*.zip);;All files (*)</source>
      <translation>Scenario packs (*.zip);;All files (*)</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="105" />
      <source>E&amp;xport scenario pack…</source>
      <translation>E&amp;xport scenario pack…</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="109" />
      <source>&amp;Import scenario pack…</source>
      <translation>&amp;Import scenario pack…</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="113" />
      <source>&amp;Undo last pack import…</source>
      <translation>&amp;Undo last pack import…</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="163" />
      <source>%1 scenario(s) saved in the pack %2.</source>
      <translation>%1 scenario(s) saved in the pack %2.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="166" />
      <source>Pack exported</source>
      <translation>Pack exported</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="170" />
      <source>The pack could not be exported</source>
      <translation>The pack could not be exported</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="189" />
      <source>Import cancelled; nothing was installed.</source>
      <translation>Import cancelled; nothing was installed.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="198" />
      <source>You can undo this import with File → Undo last pack import.</source>
      <translation>You can undo this import with File → Undo last pack import.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="199" />
      <source>Pack imported</source>
      <translation>Pack imported</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="205" />
      <source>Nothing new: every scenario of the pack is already in your library or was skipped.</source>
      <translation>Nothing new: every scenario of the pack is already in your library or was skipped.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="206" />
      <source>%1 scenario(s) added</source>
      <translation>%1 scenario(s) added</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="207" />
      <source>%1 kept beside the one you had, under a new id</source>
      <translation>%1 kept beside the one you had, under a new id</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="208" />
      <source>%1 replaced</source>
      <translation>%1 replaced</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="209" />
      <source>%1 skipped</source>
      <translation>%1 skipped</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="210" />
      <source>%1 already installed (identical)</source>
      <translation>%1 already installed (identical)</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="211" />
      <source>%1 other file(s) added</source>
      <translation>%1 other file(s) added</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="214" />
      <source>%1 other file(s) not copied: a different file of that name is already there</source>
      <translation>%1 other file(s) not copied: a different file of that name is already there</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="218" />
      <source>The pack was imported into your scenario folder.</source>
      <translation>The pack was imported into your scenario folder.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="221" />
      <source>The pack could not be imported</source>
      <translation>The pack could not be imported</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="232" />
      <location filename="../ui/pack_actions.py" line="261" />
      <source>Undo last pack import</source>
      <translation>Undo last pack import</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="234" />
      <source>There is no pack import to undo.</source>
      <translation>There is no pack import to undo.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="241" />
      <source>Undo the import of "%1" (%2)? Scenarios it added are removed and scenarios it replaced are restored. Files changed since the import are left as they are.</source>
      <translation>Undo the import of "%1" (%2)? Scenarios it added are removed and scenarios it replaced are restored. Files changed since the import are left as they are.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="244" />
      <source>Undo import</source>
      <translation>Undo import</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="244" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="254" />
      <source>Import undone: %1 file(s) removed, %2 restored.</source>
      <translation>Import undone: %1 file(s) removed, %2 restored.</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="259" />
      <source>These files were changed after the import and were left as they are:</source>
      <translation>These files were changed after the import and were left as they are:</translation>
    </message>
    <message>
      <location filename="../ui/pack_actions.py" line="265" />
      <source>The import could not be undone</source>
      <translation>The import could not be undone</translation>
    </message>
  </context>
  <context>
    <name>PackDialogs</name>
    <message>
      <location filename="../ui/pack_dialogs.py" line="39" />
      <source>Several languages</source>
      <translation>Several languages</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../ui/workshop/roster.py" line="170" />
      <source>Add a person</source>
      <translation>Add a person</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="173" />
      <source>e.g. Nguyễn Thị Lan</source>
      <translation>e.g. Nguyễn Thị Lan</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="176" />
      <source>e.g. Trường THCS Hòa An</source>
      <translation>e.g. Trường THCS Hòa An</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="180" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="181" />
      <source>&amp;School or unit:</source>
      <translation>&amp;School or unit:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="182" />
      <source>&amp;Role:</source>
      <translation>&amp;Role:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="184" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="185" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message>
      <location filename="../ui/trainer_mode.py" line="213" />
      <source>Trainer mode</source>
      <translation>Trainer mode</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="214" />
      <source>Choose a trainer PIN</source>
      <translation>Choose a trainer PIN</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="215" />
      <source>Change the trainer PIN</source>
      <translation>Change the trainer PIN</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="218" />
      <source>Type the trainer PIN to edit reviews, delete data, change scenarios or run a workshop.</source>
      <translation>Type the trainer PIN to edit reviews, delete data, change scenarios or run a workshop.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="222" />
      <source>Trainer mode protects reviews, data and scenarios from changes by trainees. Choose a PIN of at least 4 characters that only trainers know.</source>
      <translation>Trainer mode protects reviews, data and scenarios from changes by trainees. Choose a PIN of at least 4 characters that only trainers know.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="223" />
      <source>Type the current PIN, then the new one twice.</source>
      <translation>Type the current PIN, then the new one twice.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="242" />
      <source>&amp;PIN:</source>
      <translation>&amp;PIN:</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="242" />
      <source>&amp;Current PIN:</source>
      <translation>&amp;Current PIN:</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="244" />
      <source>&amp;New PIN:</source>
      <translation>&amp;New PIN:</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="245" />
      <source>&amp;Repeat the new PIN:</source>
      <translation>&amp;Repeat the new PIN:</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="254" />
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="255" />
      <source>Save PIN</source>
      <translation>Save PIN</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="257" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="281" />
      <source>Too many wrong PINs. Try again in %1.</source>
      <translation>Too many wrong PINs. Try again in %1.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="301" />
      <source>The two new PINs are not the same. Type the new PIN twice.</source>
      <translation>The two new PINs are not the same. Type the new PIN twice.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="315" />
      <source>Wrong PIN. %1 more tries before a pause.</source>
      <translation>Wrong PIN. %1 more tries before a pause.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="318" />
      <source>Wrong PIN.</source>
      <translation>Wrong PIN.</translation>
    </message>
  </context>
  <context>
    <name>PlayButton</name>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="73" />
      <source>Hear the trainee's spoken answer</source>
      <translation>Hear the trainee's spoken answer</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="76" />
      <source>▶ &amp;Play the answer (%1)</source>
      <translation>▶ &amp;Play the answer (%1)</translation>
    </message>
  </context>
  <context>
    <name>PracticePage</name>
    <message>
      <location filename="../ui/practice_failures.py" line="71" />
      <source>Your answer could not be saved</source>
      <translation>Your answer could not be saved</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="117" />
      <source>This question could not be read aloud (the speech engine stopped). Read it above, or press Replay question to hear it.</source>
      <translation>This question could not be read aloud (the speech engine stopped). Read it above, or press Replay question to hear it.</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="25" />
      <source>The progress database is busy (another program is writing to it). Your answer is kept; trying again…</source>
      <translation>The progress database is busy (another program is writing to it). Your answer is kept; trying again…</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="39" />
      <source>The interview could not be started</source>
      <translation>The interview could not be started</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="41" />
      <source>The interview could not be resumed</source>
      <translation>The interview could not be resumed</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="47" />
      <source>The interview could not be marked as finished</source>
      <extracomment>How long a write is retried while another program holds the database locked (seconds). The pause between two tries (each try already waits the engine's busy timeout).</extracomment>
      <translation>The interview could not be marked as finished</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="48" />
      <source>All your answers are saved. %1</source>
      <translation>All your answers are saved. %1</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="51" />
      <source>%1 Until then the interview is offered for resumption, which finishes it.</source>
      <translation>%1 Until then the interview is offered for resumption, which finishes it.</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="58" />
      <source>The interview could not be stopped cleanly</source>
      <translation>The interview could not be stopped cleanly</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="61" />
      <source>All your answers are saved; the interview will be offered for resumption. %1</source>
      <translation>All your answers are saved; the interview will be offered for resumption. %1</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="74" />
      <source>%1 Your answer is still in the box, and nothing you saved before is lost.</source>
      <translation>%1 Your answer is still in the box, and nothing you saved before is lost.</translation>
    </message>
    <message>
      <location filename="../ui/practice_failures.py" line="75" />
      <source>%1 Then submit the answer again.</source>
      <translation>%1 Then submit the answer again.</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="352" />
      <source>Stop the interview?</source>
      <translation>Stop the interview?</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="353" />
      <source>Your answers so far are saved. You can resume this interview later from the scenario's briefing.</source>
      <translation>Your answers so far are saved. You can resume this interview later from the scenario's briefing.</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="354" />
      <source>Stop</source>
      <translation>Stop</translation>
    </message>
    <message>
      <location filename="../ui/practice_page.py" line="355" />
      <source>Keep going</source>
      <translation>Keep going</translation>
    </message>
  </context>
  <context>
    <name>PractiseNextPanel</name>
    <message>
      <location filename="../ui/history/practise_next.py" line="78" />
      <source>What to practise next</source>
      <translation>What to practise next</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="97" />
      <source>Practise a scenario or two: your weakest principles and what to practise will show here.</source>
      <translation>Practise a scenario or two: your weakest principles and what to practise will show here.</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="116" />
      <source>recently: %1 met, %2 partly, %3 missed</source>
      <translation>recently: %1 met, %2 partly, %3 missed</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="120" />
      <source> of 100</source>
      <translation> of 100</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="131" />
      <source>No scenario in the library exercises this principle yet.</source>
      <translation>No scenario in the library exercises this principle yet.</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="139" />
      <source>every question exercises it</source>
      <translation>every question exercises it</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="141" />
      <source>1 question exercises it</source>
      <translation>1 question exercises it</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="142" />
      <source>%1 questions exercise it</source>
      <translation>%1 questions exercise it</translation>
    </message>
    <message>
      <location filename="../ui/history/practise_next.py" line="145" />
      <source>Practise</source>
      <translation>Practise</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <location filename="../ui/workshop/presenter.py" line="164" />
      <source>Turn %1</source>
      <translation>Turn %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="174" />
      <source>follow-up</source>
      <translation>follow-up</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="185" />
      <source>Answering: %1</source>
      <translation>Answering: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="185" />
      <source>Answered by %1</source>
      <translation>Answered by %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="195" />
      <source>Thank you!</source>
      <translation>Thank you!</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="197" />
      <source>%1 answers in this run.</source>
      <translation>%1 answers in this run.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="201" />
      <source>Next to answer</source>
      <translation>Next to answer</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="218" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presenter.py" line="255" />
      <source>Time is up</source>
      <translation>Time is up</translation>
    </message>
  </context>
  <context>
    <name>PresenterWindow</name>
    <message>
      <location filename="../ui/workshop/presenter.py" line="282" />
      <source>Presenter screen</source>
      <translation>Presenter screen</translation>
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
    <name>RecordingPanel</name>
    <message>
      <location filename="../ui/recording_panel.py" line="173" />
      <source>Recording is not possible here: type your answer.</source>
      <translation>Recording is not possible here: type your answer.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="181" />
      <source>Opening the microphone…</source>
      <translation>Opening the microphone…</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="190" />
      <source>Finishing the recording…</source>
      <translation>Finishing the recording…</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="201" />
      <source>■ S&amp;top (Space)</source>
      <translation>■ S&amp;top (Space)</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="202" />
      <source>Stop recording (Space)</source>
      <translation>Stop recording (Space)</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="209" />
      <source>The microphone chosen in Settings (%1) is not connected; recording from %2. Press Space to stop.</source>
      <translation>The microphone chosen in Settings (%1) is not connected; recording from %2. Press Space to stop.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="211" />
      <source>Recording… speak now. Press Space to stop.</source>
      <translation>Recording… speak now. Press Space to stop.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="230" />
      <source>The maximum length (%1) was reached, so recording stopped. Your take is kept.</source>
      <translation>The maximum length (%1) was reached, so recording stopped. Your take is kept.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="236" />
      <source>The microphone stopped sending sound (was it unplugged?). The %1 recorded before that are kept; you can use them, record again or type your answer.</source>
      <translation>The microphone stopped sending sound (was it unplugged?). The %1 recorded before that are kept; you can use them, record again or type your answer.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="241" />
      <source>The recording could not be written to the data folder (is the disk full?). The %1 saved before that are kept.</source>
      <translation>The recording could not be written to the data folder (is the disk full?). The %1 saved before that are kept.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="244" />
      <source>Recorded %1, but it is very quiet: check the microphone in Settings.</source>
      <translation>Recorded %1, but it is very quiet: check the microphone in Settings.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="248" />
      <source>Recorded %1.</source>
      <translation>Recorded %1.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="273" />
      <source>Type your answer below.</source>
      <translation>Type your answer below.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="275" />
      <source>Press Space to answer aloud, or type your answer below.</source>
      <translation>Press Space to answer aloud, or type your answer below.</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="280" />
      <source>● Record &amp;again (Space)</source>
      <translation>● Record &amp;again (Space)</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="280" />
      <source>● Re&amp;cord answer (Space)</source>
      <translation>● Re&amp;cord answer (Space)</translation>
    </message>
    <message>
      <location filename="../ui/recording_panel.py" line="281" />
      <source>Answer aloud: press Space to start and again to stop</source>
      <translation>Answer aloud: press Space to start and again to stop</translation>
    </message>
  </context>
  <context>
    <name>RestoreBackup</name>
    <message>
      <location filename="../ui/restore_backup.py" line="47" />
      <source>Choose a backup of the progress database</source>
      <translation>Choose a backup of the progress database</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="49" />
      <source>Database copies (*.sqlite3 *.db);;All files (*)</source>
      <translation>Database copies (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="57" />
      <source>The backup %1 is now the progress database.</source>
      <translation>The backup %1 is now the progress database.</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="63" />
      <source>The damaged file was moved, as it was, to %1 in case it is needed.</source>
      <translation>The damaged file was moved, as it was, to %1 in case it is needed.</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="64" />
      <source>The backup was restored</source>
      <translation>The backup was restored</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="74" />
      <source>The backup could not be restored</source>
      <translation>The backup could not be restored</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="79" />
      <source>The file %1 is not a copy of the progress database made by this version of the app, so nothing was changed.</source>
      <translation>The file %1 is not a copy of the progress database made by this version of the app, so nothing was changed.</translation>
    </message>
    <message>
      <location filename="../ui/restore_backup.py" line="82" />
      <source>Choose another copy and try again.</source>
      <translation>Choose another copy and try again.</translation>
    </message>
  </context>
  <context>
    <name>RoomTable</name>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="103" />
      <source>Principle</source>
      <translation>Principle</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="104" />
      <source>Mean</source>
      <translation>Mean</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="105" />
      <source>SD</source>
      <translation>SD</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="106" />
      <source>Lowest–
highest</source>
      <translation>Lowest–
highest</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="108" />
      <source>Met / partly /
missed</source>
      <translation>Met / partly /
missed</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="107" />
      <source>Answers</source>
      <translation>Answers</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief_views.py" line="109" />
      <source>Re-scored</source>
      <translation>Re-scored</translation>
    </message>
  </context>
  <context>
    <name>Roster</name>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="189" />
      <source>The file has no names in it.</source>
      <translation>The file has no names in it.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="192" />
      <source>The file could not be read (%1). Check that it exists and that you may open it.</source>
      <translation>The file could not be read (%1). Check that it exists and that you may open it.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="195" />
      <source>The file is larger than 5 MB; a roster is a short list of names. Choose the right file.</source>
      <translation>The file is larger than 5 MB; a roster is a short list of names. Choose the right file.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="200" />
      <source>The file is not in UTF-8, so Vietnamese letters would be garbled. In Excel choose File → Save As → “CSV UTF-8 (Comma delimited)”, then import that file.</source>
      <translation>The file is not in UTF-8, so Vietnamese letters would be garbled. In Excel choose File → Save As → “CSV UTF-8 (Comma delimited)”, then import that file.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="205" />
      <source>This is an Excel workbook, not a CSV file. In Excel choose File → Save As → “CSV UTF-8 (Comma delimited)”, then import that file.</source>
      <translation>This is an Excel workbook, not a CSV file. In Excel choose File → Save As → “CSV UTF-8 (Comma delimited)”, then import that file.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="206" />
      <source>The file contains binary data: it is not a CSV text file.</source>
      <translation>The file contains binary data: it is not a CSV text file.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="211" />
      <source>A quotation mark is not closed here, so the rest of the file cannot be read. Fix the quotes on this line and import again.</source>
      <translation>A quotation mark is not closed here, so the rest of the file cannot be read. Fix the quotes on this line and import again.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="214" />
      <source>The header row has no name column. Name it “Họ và tên” (or “name”).</source>
      <translation>The header row has no name column. Name it “Họ và tên” (or “name”).</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="215" />
      <source>No name on this line; the line is skipped.</source>
      <translation>No name on this line; the line is skipped.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="216" />
      <source>“%1” is a number, not a name; the line is skipped.</source>
      <translation>“%1” is a number, not a name; the line is skipped.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="219" />
      <source>The name is longer than %1 characters; the line is skipped.</source>
      <translation>The name is longer than %1 characters; the line is skipped.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="222" />
      <source>The school or unit is longer than %1 characters; the line is skipped.</source>
      <translation>The school or unit is longer than %1 characters; the line is skipped.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="225" />
      <source>The role is longer than %1 characters; the line is skipped.</source>
      <translation>The role is longer than %1 characters; the line is skipped.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="226" />
      <source>The same person as on line %1; the line is skipped.</source>
      <translation>The same person as on line %1; the line is skipped.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster_csv.py" line="230" />
      <source>Line %1: %2</source>
      <translation>Line %1: %2</translation>
    </message>
  </context>
  <context>
    <name>RosterEditor</name>
    <message>
      <location filename="../ui/workshop/roster.py" line="217" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="217" />
      <source>School or unit</source>
      <translation>School or unit</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="217" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="224" />
      <source>&amp;Add a person…</source>
      <translation>&amp;Add a person…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="227" />
      <source>&amp;Import a CSV file…</source>
      <translation>&amp;Import a CSV file…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="231" />
      <source>A list of names, with schools and roles if you have them (UTF-8, commas or semicolons)</source>
      <translation>A list of names, with schools and roles if you have them (UTF-8, commas or semicolons)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="233" />
      <source>&amp;Remove from the roster</source>
      <translation>&amp;Remove from the roster</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="235" />
      <source>Their profile and answers stay; they only leave this workshop's list</source>
      <translation>Their profile and answers stay; they only leave this workshop's list</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="292" />
      <source>Import a roster</source>
      <translation>Import a roster</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="293" />
      <source>CSV files (*.csv *.txt);;All files (*)</source>
      <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="313" />
      <source>The file has no names in it.</source>
      <translation>The file has no names in it.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="313" />
      <source>Nothing imported. %1</source>
      <translation>Nothing imported. %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="329" />
      <source>Added to the roster: %1 new, %2 who had a profile already; %3 were on it already.</source>
      <translation>Added to the roster: %1 new, %2 who had a profile already; %3 were on it already.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="334" />
      <source>%1 lines of the file were skipped (see the list of problems).</source>
      <translation>%1 lines of the file were skipped (see the list of problems).</translation>
    </message>
    <message>
      <location filename="../ui/workshop/roster.py" line="367" />
      <source>The roster could not be changed: %1</source>
      <translation>The roster could not be changed: %1</translation>
    </message>
  </context>
  <context>
    <name>RunDialog</name>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="114" />
      <source>Run a scenario for the room</source>
      <translation>Run a scenario for the room</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="125" />
      <source>Everyone answers each question in turn (rounds)</source>
      <translation>Everyone answers each question in turn (rounds)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="129" />
      <source>Good for comparing answers: each person has their own interview and follow-ups</source>
      <translation>Good for comparing answers: each person has their own interview and follow-ups</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="130" />
      <source>One shared interview, each question to the next person (relay)</source>
      <translation>One shared interview, each question to the next person (relay)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="134" />
      <source>Like a press conference: the follow-up to a weak answer goes to the next person</source>
      <translation>Like a press conference: the follow-up to a weak answer goes to the next person</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="141" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="142" />
      <source>For questions whose scenario sets no time limit</source>
      <translation>For questions whose scenario sets no time limit</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="144" />
      <source>&amp;Scenario:</source>
      <translation>&amp;Scenario:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="145" />
      <source>&amp;Level:</source>
      <translation>&amp;Level:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="146" />
      <source>Form:</source>
      <translation>Form:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="148" />
      <source>&amp;Answer time:</source>
      <translation>&amp;Answer time:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="149" />
      <source>%1 people on the roster.</source>
      <translation>%1 people on the roster.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="152" />
      <source>Start the run</source>
      <translation>Start the run</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="155" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>SavingDialog</name>
    <message>
      <location filename="../ui/closing.py" line="45" />
      <source>Saving your answer</source>
      <translation>Saving your answer</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="48" />
      <source>Your last answer is still being saved. The window closes by itself as soon as it is saved.</source>
      <translation>Your last answer is still being saved. The window closes by itself as soon as it is saved.</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="61" />
      <source>If you close without waiting, the answer is kept in a file and put back in the answer box when you resume this interview.</source>
      <translation>If you close without waiting, the answer is kept in a file and put back in the answer box when you resume this interview.</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="66" />
      <source>&amp;Close without waiting</source>
      <translation>&amp;Close without waiting</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="69" />
      <source>&amp;Don't close</source>
      <translation>&amp;Don't close</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="100" />
      <source>The progress database is busy (another program is writing to it); trying again… (%1 s)</source>
      <translation>The progress database is busy (another program is writing to it); trying again… (%1 s)</translation>
    </message>
    <message>
      <location filename="../ui/closing.py" line="102" />
      <source>Saving… (%1 s)</source>
      <translation>Saving… (%1 s)</translation>
    </message>
  </context>
  <context>
    <name>ScenarioEditor</name>
    <message>
      <location filename="../ui/editor/choices.py" line="112" />
      <source>Set a deadline for initial information</source>
      <translation>Set a deadline for initial information</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="126" />
      <source>e.g. Decision 22/QĐ-BGDĐT (2019): within 6 hours</source>
      <translation>e.g. Decision 22/QĐ-BGDĐT (2019): within 6 hours</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="127" />
      <source>Hours</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="128" />
      <source>Basis</source>
      <translation>Basis</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="168" />
      <source>Always ask it</source>
      <translation>Always ask it</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="169" />
      <source>Overall score below</source>
      <translation>Overall score below</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="170" />
      <source>Principle missed</source>
      <translation>Principle missed</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="171" />
      <source>Principle not fully met</source>
      <translation>Principle not fully met</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="172" />
      <source>Principle scored below</source>
      <translation>Principle scored below</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="173" />
      <source>Key message not delivered</source>
      <translation>Key message not delivered</translation>
    </message>
    <message>
      <location filename="../ui/editor/choices.py" line="174" />
      <source>Fact not given</source>
      <translation>Fact not given</translation>
    </message>
    <message>
      <location filename="../ui/editor/text_fields.py" line="71" />
      <source>Suggest</source>
      <translation>Suggest</translation>
    </message>
    <message>
      <location filename="../ui/editor/text_fields.py" line="74" />
      <source>Make an id from the text: no diacritics, words joined by -</source>
      <translation>Make an id from the text: no diacritics, words joined by -</translation>
    </message>
    <message>
      <location filename="../ui/editor/number_fields.py" line="114" />
      <source>Write a number, e.g. 37 or 2.5</source>
      <extracomment>A value that means "leave the key out" (an optional field left empty). Optional objects removed once their last key is gone. items whose id the trainer typed: their id no longer follows their text</extracomment>
      <translation>Write a number, e.g. 37 or 2.5</translation>
    </message>
    <message>
      <location filename="../ui/editor/text_fields.py" line="107" />
      <source>One per line</source>
      <translation>One per line</translation>
    </message>
    <message>
      <location filename="../ui/editor/forms.py" line="191" />
      <source>%1 reference(s) to “%2” now point to “%3”.</source>
      <extracomment>ids used elsewhere that a suggested id must avoid (the library's, for the scenario id)</extracomment>
      <translation>%1 reference(s) to “%2” now point to “%3”.</translation>
    </message>
    <message>
      <location filename="../ui/editor/forms.py" line="221" />
      <source>Line %1: %2</source>
      <translation>Line %1: %2</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="15" />
      <source>Opening: what happened?</source>
      <translation>Opening: what happened?</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="16" />
      <source>Asks for a fact</source>
      <translation>Asks for a fact</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="17" />
      <source>Asks for the cause</source>
      <translation>Asks for the cause</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="18" />
      <source>What is being done</source>
      <translation>What is being done</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="19" />
      <source>Who is to blame</source>
      <translation>Who is to blame</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="20" />
      <source>Pushes for a guess</source>
      <translation>Pushes for a guess</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="21" />
      <source>What if…</source>
      <translation>What if…</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="22" />
      <source>Off the record</source>
      <translation>Off the record</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="23" />
      <source>Either-or</source>
      <translation>Either-or</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="24" />
      <source>Emotional</source>
      <translation>Emotional</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="25" />
      <source>Repeats and presses</source>
      <translation>Repeats and presses</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="26" />
      <source>Fishes for private information</source>
      <translation>Fishes for private information</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="27" />
      <source>Closing: what next?</source>
      <translation>Closing: what next?</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="31" />
      <source>%1 (trap)</source>
      <translation>%1 (trap)</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="37" />
      <source>A pupil's name</source>
      <translation>A pupil's name</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="38" />
      <source>A pupil's class</source>
      <translation>A pupil's class</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="39" />
      <source>Health, medical details</source>
      <translation>Health, medical details</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="40" />
      <source>Academic results</source>
      <translation>Academic results</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="41" />
      <source>A pupil's family</source>
      <translation>A pupil's family</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="42" />
      <source>Exam content</source>
      <translation>Exam content</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="43" />
      <source>Staff matters, discipline</source>
      <translation>Staff matters, discipline</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="44" />
      <source>Under investigation</source>
      <translation>Under investigation</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="45" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="52" />
      <source>female</source>
      <translation>female</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="53" />
      <source>male</source>
      <translation>male</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="59" />
      <source>northern</source>
      <translation>northern</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="60" />
      <source>central</source>
      <translation>central</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="61" />
      <source>southern</source>
      <translation>southern</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="62" />
      <source>no regional accent</source>
      <translation>no regional accent</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="68" />
      <source>General</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="69" />
      <source>Briefing</source>
      <translation>Briefing</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="70" />
      <source>Fact sheet</source>
      <translation>Fact sheet</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="71" />
      <source>Confidential</source>
      <translation>Confidential</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="72" />
      <source>Key messages</source>
      <translation>Key messages</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="73" />
      <source>Journalists</source>
      <translation>Journalists</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="74" />
      <source>Questions</source>
      <translation>Questions</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="82" />
      <source>no condition</source>
      <translation>no condition</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="85" />
      <source>always</source>
      <translation>always</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="89" />
      <source>score &lt; %1</source>
      <translation>score &lt; %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="91" />
      <source>the score is below %1</source>
      <translation>the score is below %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="95" />
      <source>%1 missed</source>
      <translation>%1 missed</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="99" />
      <source>%1 not met</source>
      <translation>%1 not met</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="104" />
      <source>%1 &lt; %2</source>
      <translation>%1 &lt; %2</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="109" />
      <source>key message %1 missing</source>
      <translation>key message %1 missing</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="112" />
      <source>fact %1 missing</source>
      <translation>fact %1 missing</translation>
    </message>
    <message>
      <location filename="../ui/editor/labels.py" line="116" />
      <source> and </source>
      <translation> and </translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="62" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="65" />
      <source>Duplicate</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="68" />
      <location filename="../ui/editor/lists.py" line="201" />
      <location filename="../ui/editor/lists.py" line="205" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="71" />
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="74" />
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="202" />
      <source>Remove “%1”? References to it will be shown as problems.</source>
      <translation>Remove “%1”? References to it will be shown as problems.</translation>
    </message>
    <message>
      <location filename="../ui/editor/lists.py" line="206" />
      <source>Keep</source>
      <translation>Keep</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="36" />
      <source>Ask next</source>
      <translation>Ask next</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="47" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="55" />
      <source>Levels</source>
      <translation>Levels</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="57" />
      <source>from Beginner</source>
      <translation>from Beginner</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="58" />
      <source>from Intermediate</source>
      <translation>from Intermediate</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="59" />
      <source>Advanced only</source>
      <translation>Advanced only</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="62" />
      <source>every level</source>
      <translation>every level</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="75" />
      <source>level %1+</source>
      <translation>level %1+</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="85" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="68" />
      <location filename="../ui/editor/list_sections.py" line="121" />
      <location filename="../ui/editor/list_sections.py" line="157" />
      <location filename="../ui/editor/list_sections.py" line="184" />
      <location filename="../ui/editor/questions.py" line="86" />
      <location filename="../ui/editor/sections.py" line="102" />
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="87" />
      <source>Try this question…</source>
      <translation>Try this question…</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="91" />
      <source>Hear it spoken and score a sample answer against the draft (Ctrl+T)</source>
      <translation>Hear it spoken and score a sample answer against the draft (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="97" />
      <source>Asked by</source>
      <translation>Asked by</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="125" />
      <location filename="../ui/editor/questions.py" line="107" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="113" />
      <source>Scored on</source>
      <translation>Scored on</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="116" />
      <source>Timeliness and spoken delivery are scored automatically.</source>
      <translation>Timeliness and spoken delivery are scored automatically.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="122" />
      <source>Expected key messages</source>
      <translation>Expected key messages</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="126" />
      <source>None yet: add them in the Key messages section.</source>
      <translation>None yet: add them in the Key messages section.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="132" />
      <source>Expected facts</source>
      <translation>Expected facts</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="138" />
      <source>Only confirmed facts can be expected.</source>
      <translation>Only confirmed facts can be expected.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="139" />
      <source>None yet: add confirmed facts in the Fact sheet section.</source>
      <translation>None yet: add confirmed facts in the Fact sheet section.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="142" />
      <source>Model answer</source>
      <translation>Model answer</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="146" />
      <source>Loaded words</source>
      <translation>Loaded words</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="149" />
      <source>Words of the question the trainee should not repeat.</source>
      <translation>Words of the question the trainee should not repeat.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="155" />
      <source>Time limit (seconds)</source>
      <translation>Time limit (seconds)</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="159" />
      <source>no limit</source>
      <translation>no limit</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="165" />
      <source>Follow-up</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="166" />
      <source>Asked only as a follow-up of another question</source>
      <translation>Asked only as a follow-up of another question</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="173" />
      <source>Asked at most</source>
      <translation>Asked at most</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="177" />
      <source>2 times (default)</source>
      <translation>2 times (default)</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="182" />
      <source>Notes for the trainer</source>
      <translation>Notes for the trainer</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="193" />
      <source>No follow-ups: the interview goes on with the next question.</source>
      <translation>No follow-ups: the interview goes on with the next question.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="194" />
      <source>Add follow-up</source>
      <translation>Add follow-up</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="199" />
      <source>Follow-ups (the first that applies is asked next)</source>
      <translation>Follow-ups (the first that applies is asked next)</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="234" />
      <source>No questions yet. Add the journalist's first question.</source>
      <translation>No questions yet. Add the journalist's first question.</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="235" />
      <source>Add question</source>
      <translation>Add question</translation>
    </message>
    <message>
      <location filename="../ui/editor/questions.py" line="248" />
      <source>Question flow (click a box to open the question)</source>
      <translation>Question flow (click a box to open the question)</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="95" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="96" />
      <source>Name the incident, in a few words</source>
      <translation>Name the incident, in a few words</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="105" />
      <source>Also the file name. Lower-case letters without diacritics, digits and hyphens.</source>
      <translation>Also the file name. Lower-case letters without diacritics, digits and hyphens.</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="111" />
      <source>Language of the scenario</source>
      <translation>Language of the scenario</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="118" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="120" />
      <source>One to three sentences, shown in the library.</source>
      <translation>One to three sentences, shown in the library.</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="125" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="131" />
      <source>Difficulty</source>
      <translation>Difficulty</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="135" />
      <source>Minutes to practise</source>
      <translation>Minutes to practise</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="136" />
      <source>Tags</source>
      <translation>Tags</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="137" />
      <source>Author</source>
      <translation>Author</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="138" />
      <source>Revision</source>
      <translation>Revision</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="148" />
      <source>Role of the trainee</source>
      <translation>Role of the trainee</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="149" />
      <source>e.g. Principal of a primary school</source>
      <translation>e.g. Principal of a primary school</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="155" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="156" />
      <source>Fictional, marked “(hư cấu)”.</source>
      <translation>Fictional, marked “(hư cấu)”.</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="162" />
      <source>Situation</source>
      <translation>Situation</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="164" />
      <source>Only what the person in the role knows now.</source>
      <translation>Only what the person in the role knows now.</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="170" />
      <source>Hours since the incident</source>
      <translation>Hours since the incident</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="177" />
      <source>May say</source>
      <translation>May say</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="179" />
      <source>Not theirs to say</source>
      <translation>Not theirs to say</translation>
    </message>
    <message>
      <location filename="../ui/editor/sections.py" line="181" />
      <source>Information deadline</source>
      <translation>Information deadline</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="67" />
      <source>Fact</source>
      <translation>Fact</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="72" />
      <location filename="../ui/editor/try_dialog.py" line="96" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="73" />
      <source>Confirmed: the trainee may state it</source>
      <translation>Confirmed: the trainee may state it</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="74" />
      <source>Leave unticked for a rumour or a guess that must not be asserted.</source>
      <translation>Leave unticked for a rumour or a guess that must not be asserted.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="79" />
      <source>Key number</source>
      <translation>Key number</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="80" />
      <source>Optional, e.g. 37.</source>
      <translation>Optional, e.g. 37.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="85" />
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="87" />
      <source>e.g. pupils</source>
      <translation>e.g. pupils</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="93" />
      <source>Keywords</source>
      <translation>Keywords</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="95" />
      <source>Phrases that show the trainee gave this fact.</source>
      <translation>Phrases that show the trainee gave this fact.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="108" />
      <source>No facts yet. Add the first fact of the fact sheet.</source>
      <translation>No facts yet. Add the first fact of the fact sheet.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="109" />
      <source>Add fact</source>
      <translation>Add fact</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="120" />
      <source>Confidential information</source>
      <translation>Confidential information</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="132" />
      <source>Revealing phrases</source>
      <translation>Revealing phrases</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="133" />
      <source>An answer that contains one of these has disclosed the item.</source>
      <translation>An answer that contains one of these has disclosed the item.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="142" />
      <source>Nothing confidential yet. Add what the trainee knows but must never say.</source>
      <translation>Nothing confidential yet. Add what the trainee knows but must never say.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="143" />
      <source>Add item</source>
      <translation>Add item</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="152" />
      <source>Key message</source>
      <translation>Key message</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="154" />
      <source>At most 27 words; at most 3 key messages.</source>
      <translation>At most 27 words; at most 3 key messages.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="161" />
      <source>Phrasings</source>
      <translation>Phrasings</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="165" />
      <source>Different ways of saying the message; an answer with one of them delivers it.</source>
      <translation>Different ways of saying the message; an answer with one of them delivers it.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="174" />
      <source>No key messages yet (one to three).</source>
      <translation>No key messages yet (one to three).</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="175" />
      <source>Add key message</source>
      <translation>Add key message</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="182" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="182" />
      <source>A fictional person.</source>
      <translation>A fictional person.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="188" />
      <source>Outlet</source>
      <translation>Outlet</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="189" />
      <source>e.g. Báo Tin Nhanh Điện tử (hư cấu)</source>
      <translation>e.g. Báo Tin Nhanh Điện tử (hư cấu)</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="192" />
      <source>Style</source>
      <translation>Style</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="194" />
      <source>as the computer chooses</source>
      <translation>as the computer chooses</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="197" />
      <source>Voice</source>
      <translation>Voice</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="206" />
      <source>Accent</source>
      <translation>Accent</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="215" />
      <source>Speaking rate</source>
      <translation>Speaking rate</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="221" />
      <location filename="../ui/editor/list_sections.py" line="234" />
      <source>normal</source>
      <translation>normal</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="228" />
      <source>Pitch</source>
      <translation>Pitch</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="247" />
      <source>No journalists yet. Add who asks the questions.</source>
      <translation>No journalists yet. Add who asks the questions.</translation>
    </message>
    <message>
      <location filename="../ui/editor/list_sections.py" line="248" />
      <source>Add journalist</source>
      <translation>Add journalist</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="57" />
      <location filename="../ui/editor/window.py" line="299" />
      <location filename="../ui/editor/window.py" line="306" />
      <source>Try this question</source>
      <translation>Try this question</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="63" />
      <source>Play the question</source>
      <translation>Play the question</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="76" />
      <source>Type a sample answer, as a trainee would…</source>
      <translation>Type a sample answer, as a trainee would…</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="77" />
      <source>Use the model answer</source>
      <translation>Use the model answer</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="79" />
      <source>Score (Ctrl+Enter)</source>
      <translation>Score (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="95" />
      <source>Principle</source>
      <translation>Principle</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="97" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="98" />
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="109" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="161" />
      <location filename="../ui/editor/window.py" line="307" />
      <source>Fix the problems of the draft first; then the question can be tried.</source>
      <translation>Fix the problems of the draft first; then the question can be tried.</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="164" />
      <source>Speech is not available here; read the question aloud yourself.</source>
      <translation>Speech is not available here; read the question aloud yourself.</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="172" />
      <source>Preparing the voice…</source>
      <translation>Preparing the voice…</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="176" />
      <source>The question could not be spoken.</source>
      <translation>The question could not be spoken.</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="192" />
      <source>The question could not be spoken: %1</source>
      <translation>The question could not be spoken: %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="196" />
      <source>Speaking…</source>
      <translation>Speaking…</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="203" />
      <source>Fix the problems of the draft first; then answers can be scored.</source>
      <translation>Fix the problems of the draft first; then answers can be scored.</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="208" />
      <source>Type a sample answer first.</source>
      <translation>Type a sample answer first.</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="224" />
      <source>Not in the answer: %1</source>
      <translation>Not in the answer: %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/try_dialog.py" line="253" />
      <source>The answer could not be scored: %1</source>
      <translation>The answer could not be scored: %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/validation.py" line="59" />
      <source>Give an id: it follows the text until you type one.</source>
      <translation>Give an id: it follows the text until you type one.</translation>
    </message>
    <message>
      <location filename="../ui/editor/validation.py" line="63" />
      <source>Nothing chosen yet; if the list is empty, add the item in its section first.</source>
      <translation>Nothing chosen yet; if the list is empty, add the item in its section first.</translation>
    </message>
    <message>
      <location filename="../ui/editor/validation.py" line="123" />
      <source>The check failed unexpectedly: %1</source>
      <translation>The check failed unexpectedly: %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/validation.py" line="150" />
      <source>Another scenario already uses this id (%1); choose another one.</source>
      <translation>Another scenario already uses this id (%1); choose another one.</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="85" />
      <source>Checking…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="143" />
      <source>&amp;Scenario</source>
      <translation>&amp;Scenario</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="155" />
      <source>&amp;New scenario</source>
      <translation>&amp;New scenario</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="158" />
      <source>Edit a &amp;copy of a scenario…</source>
      <translation>Edit a &amp;copy of a scenario…</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="161" />
      <source>&amp;Open one of my scenarios…</source>
      <translation>&amp;Open one of my scenarios…</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="163" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="164" />
      <source>&amp;Close</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="171" />
      <source>&amp;Check</source>
      <translation>&amp;Check</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="173" />
      <source>Go to the &amp;next problem</source>
      <translation>Go to the &amp;next problem</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="176" />
      <source>&amp;Try this question…</source>
      <translation>&amp;Try this question…</translation>
    </message>
    <message>
      <location filename="../ui/editor/opening.py" line="51" />
      <source>A copy of “%1”: give it its own id and title, then save.</source>
      <translation>A copy of “%1”: give it its own id and title, then save.</translation>
    </message>
    <message>
      <location filename="../ui/editor/opening.py" line="76" />
      <source>Choose a scenario to copy</source>
      <translation>Choose a scenario to copy</translation>
    </message>
    <message>
      <location filename="../ui/editor/opening.py" line="84" />
      <source>Open one of my scenarios</source>
      <translation>Open one of my scenarios</translation>
    </message>
    <message>
      <location filename="../ui/editor/opening.py" line="97" />
      <source>The scenario cannot be opened</source>
      <translation>The scenario cannot be opened</translation>
    </message>
    <message>
      <location filename="../ui/editor/opening.py" line="98" />
      <source>“%1” cannot be opened in the editor.</source>
      <translation>“%1” cannot be opened in the editor.</translation>
    </message>
    <message>
      <location filename="../ui/editor/opening.py" line="104" />
      <source>Fix the file in a text editor (see docs/scenario-format.md), then open it again.</source>
      <translation>Fix the file in a text editor (see docs/scenario-format.md), then open it again.</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="32" />
      <source>Unsaved changes found</source>
      <extracomment>The id every new item starts with, by collection and scenario language.</extracomment>
      <translation>Unsaved changes found</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="34" />
      <source>Changes to “%1” from %2 were not saved. Restore them to go on where you stopped?</source>
      <translation>Changes to “%1” from %2 were not saved. Restore them to go on where you stopped?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="36" />
      <source>Restore the changes</source>
      <translation>Restore the changes</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="37" />
      <source>Discard them</source>
      <translation>Discard them</translation>
    </message>
    <message>
      <location filename="../ui/editor/problems.py" line="21" />
      <source>%1 problem(s) to fix, %2 warning(s)</source>
      <translation>%1 problem(s) to fix, %2 warning(s)</translation>
    </message>
    <message>
      <location filename="../ui/editor/problems.py" line="25" />
      <source>%1 problem(s) to fix</source>
      <translation>%1 problem(s) to fix</translation>
    </message>
    <message>
      <location filename="../ui/editor/problems.py" line="27" />
      <source>Valid, with %1 warning(s)</source>
      <translation>Valid, with %1 warning(s)</translation>
    </message>
    <message>
      <location filename="../ui/editor/problems.py" line="31" />
      <source>Valid: ready to save and practise</source>
      <translation>Valid: ready to save and practise</translation>
    </message>
    <message>
      <location filename="../ui/editor/problems.py" line="58" />
      <source>Problems</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="56" />
      <source>The draft could not be autosaved: %1</source>
      <translation>The draft could not be autosaved: %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="168" />
      <location filename="../ui/editor/window.py" line="272" />
      <source>New scenario</source>
      <translation>New scenario</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="272" />
      <source>Scenario editor</source>
      <translation>Scenario editor</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="66" />
      <source>Not saved</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="70" />
      <source>The scenario needs a valid id first: it is also the file name.</source>
      <translation>The scenario needs a valid id first: it is also the file name.</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="74" />
      <source>Use lower-case letters without diacritics, digits and hyphens, e.g. “chay-phong-thi-nghiem”.</source>
      <translation>Use lower-case letters without diacritics, digits and hyphens, e.g. “chay-phong-thi-nghiem”.</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="84" />
      <source>Another scenario already uses the id “%1” (%2).</source>
      <translation>Another scenario already uses the id “%1” (%2).</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="86" />
      <source>Choose another id; a bundled scenario is never replaced.</source>
      <translation>Choose another id; a bundled scenario is never replaced.</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="94" />
      <source>Replace the file?</source>
      <translation>Replace the file?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="95" />
      <source>Your scenario folder already has a file “%1”. Replace it?</source>
      <translation>Your scenario folder already has a file “%1”. Replace it?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="98" />
      <source>Replace it</source>
      <translation>Replace it</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="99" />
      <location filename="../ui/editor/saving.py" line="175" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="104" />
      <source>Save with problems?</source>
      <translation>Save with problems?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="109" />
      <source>The scenario still has %1 problem(s). Until they are fixed, the library lists it among the files with errors and it cannot be practised. Save it anyway?</source>
      <translation>The scenario still has %1 problem(s). Until they are fixed, the library lists it among the files with errors and it cannot be practised. Save it anyway?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="110" />
      <source>Save anyway</source>
      <translation>Save anyway</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="111" />
      <source>Keep editing</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="120" />
      <source>The scenario could not be written to %1.</source>
      <translation>The scenario could not be written to %1.</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="123" />
      <source>Check that the folder exists and that you may write to it. Details: %1</source>
      <translation>Check that the folder exists and that you may write to it. Details: %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="135" />
      <source>The id changed</source>
      <translation>The id changed</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="137" />
      <source>The scenario is now saved as “%1”. Remove the old file “%2”?</source>
      <translation>The scenario is now saved as “%1”. Remove the old file “%2”?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="139" />
      <source>Remove the old file</source>
      <translation>Remove the old file</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="140" />
      <source>Keep both files</source>
      <translation>Keep both files</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="158" />
      <source>Saved to %1</source>
      <translation>Saved to %1</translation>
    </message>
    <message>
      <location filename="../ui/editor/window.py" line="300" />
      <source>Choose a question in the Questions section first.</source>
      <translation>Choose a question in the Questions section first.</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="170" />
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="171" />
      <source>Save the changes to “%1”?</source>
      <translation>Save the changes to “%1”?</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="173" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../ui/editor/saving.py" line="174" />
      <source>Discard the changes</source>
      <translation>Discard the changes</translation>
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
    <name>ScoringPanel</name>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="119" />
      <source>Principle</source>
      <translation>Principle</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="120" />
      <source>Automatic</source>
      <translation>Automatic</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="121" />
      <source>Reviewed</source>
      <translation>Reviewed</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="122" />
      <source>Your score</source>
      <translation>Your score</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="123" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="138" />
      <source>Your name (trainer or observer)</source>
      <translation>Your name (trainer or observer)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="141" />
      <source>A comment for the debrief: what worked, what to change…</source>
      <translation>A comment for the debrief: what worked, what to change…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="144" />
      <source>&amp;Reviewer:</source>
      <translation>&amp;Reviewer:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="145" />
      <source>C&amp;omment:</source>
      <translation>C&amp;omment:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="154" />
      <source>&amp;Save review (Ctrl+S)</source>
      <translation>&amp;Save review (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="179" />
      <source>Choose an answer to score it.</source>
      <translation>Choose an answer to score it.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="188" />
      <source>Automatic score: %1</source>
      <translation>Automatic score: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="211" />
      <source>Spoken answer, scored on its delivery only: listen to it and score the content.</source>
      <translation>Spoken answer, scored on its delivery only: listen to it and score the content.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="213" />
      <source>Spoken answer: the text above is its transcript, as corrected before scoring.</source>
      <translation>Spoken answer: the text above is its transcript, as corrected before scoring.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="237" />
      <source>Your score 0–100; “—” keeps the score that counts now</source>
      <translation>Your score 0–100; “—” keeps the score that counts now</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="240" />
      <source>by score</source>
      <translation>by score</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="258" />
      <source>Set by a trainer or observer; it overrides the automatic score in reports.</source>
      <translation>Set by a trainer or observer; it overrides the automatic score in reports.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="308" />
      <source>Give a score (0–100) with the status for: %1.</source>
      <translation>Give a score (0–100) with the status for: %1.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="311" />
      <source>Type your name first: every review says who made it.</source>
      <translation>Type your name first: every review says who made it.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="315" />
      <source>Nothing to save: change a score or write a comment.</source>
      <translation>Nothing to save: change a score or write a comment.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="319" />
      <source>Reviews can be changed in trainer mode only.</source>
      <translation>Reviews can be changed in trainer mode only.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="341" />
      <source>Review saved.</source>
      <translation>Review saved.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/scoring_panel.py" line="351" />
      <source>The review could not be saved; your scores and comment are still here. %1</source>
      <translation>The review could not be saved; your scores and comment are still here. %1</translation>
    </message>
  </context>
  <context>
    <name>ScreenPane</name>
    <message>
      <location filename="../ui/workshop/screen_pane.py" line="42" />
      <location filename="../ui/workshop/screen_pane.py" line="118" />
      <source>Open the &amp;presenter screen</source>
      <translation>Open the &amp;presenter screen</translation>
    </message>
    <message>
      <location filename="../ui/workshop/screen_pane.py" line="44" />
      <location filename="../ui/workshop/screen_pane.py" line="114" />
      <source>&amp;Reveal scores (Ctrl+R)</source>
      <translation>&amp;Reveal scores (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/screen_pane.py" line="46" />
      <source>Show this &amp;answer on screen</source>
      <translation>Show this &amp;answer on screen</translation>
    </message>
    <message>
      <location filename="../ui/workshop/screen_pane.py" line="88" />
      <source>Only one screen is connected: the presenter screen opened as a window. Connect the projector and open it again, or press F11 in it for full screen.</source>
      <translation>Only one screen is connected: the presenter screen opened as a window. Connect the projector and open it again, or press F11 in it for full screen.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/screen_pane.py" line="113" />
      <source>&amp;Hide scores (Ctrl+R)</source>
      <translation>&amp;Hide scores (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/screen_pane.py" line="117" />
      <source>Close the &amp;presenter screen</source>
      <translation>Close the &amp;presenter screen</translation>
    </message>
  </context>
  <context>
    <name>SeatsPane</name>
    <message>
      <location filename="../ui/workshop/seats.py" line="16" />
      <source>Who answers (tick who is here)</source>
      <translation>Who answers (tick who is here)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/seats.py" line="22" />
      <source>Answers ne&amp;xt</source>
      <translation>Answers ne&amp;xt</translation>
    </message>
    <message>
      <location filename="../ui/workshop/seats.py" line="24" />
      <source>The selected person answers the next question (or double-click)</source>
      <translation>The selected person answers the next question (or double-click)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/seats.py" line="26" />
      <source>S&amp;huffle order</source>
      <translation>S&amp;huffle order</translation>
    </message>
  </context>
  <context>
    <name>SessionDetailView</name>
    <message>
      <location filename="../ui/history/session_detail.py" line="99" />
      <source>&amp;Back to the history</source>
      <extracomment>Which file to play for an answer (None: no recording); see the module's docstring.</extracomment>
      <translation>&amp;Back to the history</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="101" />
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="118" />
      <source>Every answer of this session:</source>
      <translation>Every answer of this session:</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="170" />
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="195" />
      <source>(answered again)</source>
      <translation>(answered again)</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="199" />
      <source>No answers were given in this session.</source>
      <translation>No answers were given in this session.</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="213" />
      <source>This session could not be read from the progress database. Try again in a moment. Details: %1</source>
      <translation>This session could not be read from the progress database. Try again in a moment. Details: %1</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="235" />
      <source>(The model answer is not available: the scenario is no longer in the library.)</source>
      <translation>(The model answer is not available: the scenario is no longer in the library.)</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="237" />
      <source>(No model answer: this question is not in the current version of the scenario.)</source>
      <translation>(No model answer: this question is not in the current version of the scenario.)</translation>
    </message>
    <message>
      <location filename="../ui/history/session_detail.py" line="249" />
      <source>Trainer's review</source>
      <translation>Trainer's review</translation>
    </message>
  </context>
  <context>
    <name>SessionState</name>
    <message>
      <location filename="../ui/session_state.py" line="159" />
      <source>Opening the progress database…</source>
      <translation>Opening the progress database…</translation>
    </message>
    <message>
      <location filename="../ui/session_state.py" line="165" />
      <source>Practice needs the progress database. %1 “Start the interview” tries to open it again.</source>
      <translation>Practice needs the progress database. %1 “Start the interview” tries to open it again.</translation>
    </message>
    <message>
      <location filename="../ui/session_state.py" line="168" />
      <source>Choose a profile (Profile menu) so that your progress is saved.</source>
      <translation>Choose a profile (Profile menu) so that your progress is saved.</translation>
    </message>
  </context>
  <context>
    <name>SessionTableModel</name>
    <message>
      <location filename="../ui/history/sessions_model.py" line="122" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="123" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="124" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="125" />
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="127" />
      <source>Mean score</source>
      <translation>Mean score</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="126" />
      <source>Answers given</source>
      <translation>Answers given</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="128" />
      <source>Time spent</source>
      <translation>Time spent</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="129" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="141" />
      <source>%1 (no longer in the library)</source>
      <translation>%1 (no longer in the library)</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="143" />
      <source>%1 (edited since)</source>
      <translation>%1 (edited since)</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="180" />
      <source>This scenario is no longer in the library; the session is kept as it was saved.</source>
      <translation>This scenario is no longer in the library; the session is kept as it was saved.</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="182" />
      <source>This scenario file has been edited since this session.</source>
      <translation>This scenario file has been edited since this session.</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_model.py" line="183" />
      <source>From the start of the session to its last answer; of which answering: %1</source>
      <translation>From the start of the session to its last answer; of which answering: %1</translation>
    </message>
  </context>
  <context>
    <name>SessionsView</name>
    <message>
      <location filename="../ui/history/sessions_view.py" line="71" />
      <source>All time</source>
      <translation>All time</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="72" />
      <source>Last 7 days</source>
      <translation>Last 7 days</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="73" />
      <source>Last 30 days</source>
      <translation>Last 30 days</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="74" />
      <source>Last 90 days</source>
      <translation>Last 90 days</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="75" />
      <source>Between…</source>
      <translation>Between…</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="89" />
      <source>Any status</source>
      <translation>Any status</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="96" />
      <source>&amp;Open</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="98" />
      <source>Every answer of the selected session, with its feedback (Enter)</source>
      <translation>Every answer of the selected session, with its feedback (Enter)</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="100" />
      <source>&amp;Compare</source>
      <translation>&amp;Compare</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="104" />
      <source>Select two sessions of the same scenario, or one to compare it with the attempt before it.</source>
      <translation>Select two sessions of the same scenario, or one to compare it with the attempt before it.</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="108" />
      <source>&amp;Scenario:</source>
      <translation>&amp;Scenario:</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="108" />
      <source>Perio&amp;d:</source>
      <translation>Perio&amp;d:</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="115" />
      <source>Sta&amp;tus:</source>
      <translation>Sta&amp;tus:</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="146" />
      <source>All scenarios</source>
      <translation>All scenarios</translation>
    </message>
    <message>
      <location filename="../ui/history/sessions_view.py" line="172" />
      <source>%1 of %2 sessions</source>
      <translation>%1 of %2 sessions</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../ui/settings_dialog.py" line="57" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="68" />
      <source>Read the questions aloud</source>
      <translation>Read the questions aloud</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="73" />
      <source>Automatic (best available)</source>
      <translation>Automatic (best available)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="74" />
      <source>eSpeak NG / system voices (pyttsx3)</source>
      <translation>eSpeak NG / system voices (pyttsx3)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="75" />
      <source>Qt text-to-speech (modern Windows voices)</source>
      <translation>Qt text-to-speech (modern Windows voices)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="91" />
      <source>Speech</source>
      <translation>Speech</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="94" />
      <source>&amp;Engine:</source>
      <translation>&amp;Engine:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="95" />
      <source>&amp;Rate:</source>
      <translation>&amp;Rate:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="96" />
      <source>&amp;Volume:</source>
      <translation>&amp;Volume:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="100" />
      <source>Voices are chosen by the scenario's language: Vietnamese scenarios always use a Vietnamese voice.</source>
      <translation>Voices are chosen by the scenario's language: Vietnamese scenarios always use a Vietnamese voice.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="107" />
      <source>After each answer</source>
      <translation>After each answer</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="109" />
      <source>Only at the end of the interview</source>
      <translation>Only at the end of the interview</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="117" />
      <source>From the intermediate level on</source>
      <translation>From the intermediate level on</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="118" />
      <source>Always</source>
      <translation>Always</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="119" />
      <source>Never</source>
      <translation>Never</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="121" />
      <source>Practice</source>
      <translation>Practice</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="126" />
      <source>Feedback:</source>
      <translation>Feedback:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="127" />
      <source>Answer &amp;clock:</source>
      <translation>Answer &amp;clock:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="131" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="136" />
      <source>On this computer (SQLite, in the data folder)</source>
      <translation>On this computer (SQLite, in the data folder)</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="138" />
      <source>Shared PostgreSQL server:</source>
      <translation>Shared PostgreSQL server:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="144" />
      <source>&amp;Test connection</source>
      <translation>&amp;Test connection</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="153" />
      <source>Data</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="155" />
      <source>Data &amp;folder:</source>
      <translation>Data &amp;folder:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="164" />
      <source>Changes to the data folder and the database apply the next time the app starts.</source>
      <translation>Changes to the data folder and the database apply the next time the app starts.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="171" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="173" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="180" />
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="203" />
      <source>Test the connection before saving.</source>
      <translation>Test the connection before saving.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="218" />
      <source>Connecting…</source>
      <translation>Connecting…</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="228" />
      <source>Connected: %1</source>
      <translation>Connected: %1</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="235" />
      <source>Could not connect: %1</source>
      <translation>Could not connect: %1</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="240" />
      <source>Choose the data folder</source>
      <translation>Choose the data folder</translation>
    </message>
  </context>
  <context>
    <name>SpeechService</name>
    <message>
      <location filename="../speech/notices.py" line="18" />
      <source>Vietnamese</source>
      <translation>Vietnamese</translation>
    </message>
    <message>
      <location filename="../speech/notices.py" line="19" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../speech/notices.py" line="24" />
      <source>No {language} voice is installed, so questions are shown as text only.</source>
      <translation>No {language} voice is installed, so questions are shown as text only.</translation>
    </message>
    <message>
      <location filename="../speech/notices.py" line="29" />
      <source>No text-to-speech engine is available, so questions are shown as text only.</source>
      <translation>No text-to-speech engine is available, so questions are shown as text only.</translation>
    </message>
    <message>
      <location filename="../speech/notices.py" line="34" />
      <source>Speech stopped working, so questions are shown as text only: read each question on screen. Speech is tried again when you start the next interview.</source>
      <translation>Speech stopped working, so questions are shown as text only: read each question on screen. Speech is tried again when you start the next interview.</translation>
    </message>
  </context>
  <context>
    <name>SpokenSettingsBox</name>
    <message>
      <location filename="../ui/spoken_settings.py" line="165" />
      <source>Spoken answers</source>
      <translation>Spoken answers</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="178" />
      <location filename="../ui/spoken_settings.py" line="284" />
      <location filename="../ui/spoken_settings.py" line="295" />
      <source>&amp;Test</source>
      <translation>&amp;Test</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="180" />
      <source>Speak: the bar shows what the microphone hears</source>
      <translation>Speak: the bar shows what the microphone hears</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="190" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="209" />
      <source>Speech recognition works offline with a Vosk model. For Vietnamese, download “vosk-model-small-vn-0.4” (about 32 MB) from alphacephei.com/vosk/models on any computer with Internet and copy the .zip file to a USB stick. Here, click “Import .zip…” and choose the file on the stick: the model is copied into the data folder and the stick can be removed. Without a model you can type what you said, or have the delivery scored and the content reviewed by your trainer.</source>
      <translation>Speech recognition works offline with a Vosk model. For Vietnamese, download “vosk-model-small-vn-0.4” (about 32 MB) from alphacephei.com/vosk/models on any computer with Internet and copy the .zip file to a USB stick. Here, click “Import .zip…” and choose the file on the stick: the model is copied into the data folder and the stick can be removed. Without a model you can type what you said, or have the delivery scored and the content reviewed by your trainer.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="215" />
      <source>&amp;Microphone:</source>
      <translation>&amp;Microphone:</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="217" />
      <source>Longest &amp;answer:</source>
      <translation>Longest &amp;answer:</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="221" />
      <source>Input level:</source>
      <translation>Input level:</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="224" />
      <source>Vietnamese model:</source>
      <translation>Vietnamese model:</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="225" />
      <source>English model:</source>
      <translation>English model:</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="246" />
      <source>System default</source>
      <translation>System default</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="254" />
      <source>%1 (not connected)</source>
      <translation>%1 (not connected)</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="260" />
      <source>No microphone was found: spoken answers are not possible until one is connected.</source>
      <translation>No microphone was found: spoken answers are not possible until one is connected.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="275" />
      <source>Opening the microphone…</source>
      <translation>Opening the microphone…</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="280" />
      <source>S&amp;top test</source>
      <translation>S&amp;top test</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="281" />
      <source>Listening to %1: speak and watch the bar.</source>
      <translation>Listening to %1: speak and watch the bar.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="288" />
      <source>The microphone stopped sending sound.</source>
      <translation>The microphone stopped sending sound.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="290" />
      <source>Very quiet: move closer, or raise the input level in the system settings.</source>
      <translation>Very quiet: move closer, or raise the input level in the system settings.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_settings.py" line="292" />
      <source>The microphone works.</source>
      <translation>The microphone works.</translation>
    </message>
  </context>
  <context>
    <name>SpokenText</name>
    <message>
      <location filename="../ui/spoken_text.py" line="31" />
      <source>Vietnamese</source>
      <extracomment>Where Vosk models are published, and the ones to suggest (also in trainer.speech.model_store).</extracomment>
      <translation>Vietnamese</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="32" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="43" />
      <source>Recorded %1; no speech was heard.</source>
      <translation>Recorded %1; no speech was heard.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="47" />
      <source>Recorded %1.</source>
      <translation>Recorded %1.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="48" />
      <source>You began speaking %1 s after the question.</source>
      <translation>You began speaking %1 s after the question.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="52" />
      <source>You spoke for %1 with %2 medium and %3 long pauses.</source>
      <translation>You spoke for %1 with %2 medium and %3 long pauses.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="64" />
      <source>Spoken answer</source>
      <translation>Spoken answer</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="67" />
      <source>began after %1 s</source>
      <translation>began after %1 s</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="72" />
      <source>%1 of speech</source>
      <translation>%1 of speech</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="76" />
      <source>%1 long pauses</source>
      <translation>%1 long pauses</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="81" />
      <source>%1 syllables/min</source>
      <translation>%1 syllables/min</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="83" />
      <source>%1 words/min</source>
      <translation>%1 words/min</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="87" />
      <source>%1 fillers</source>
      <translation>%1 fillers</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="97" />
      <source>No microphone was found. Type your answer below, or connect a microphone and choose it in Settings.</source>
      <translation>No microphone was found. Type your answer below, or connect a microphone and choose it in Settings.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="102" />
      <source>This computer does not allow the app to use the microphone. Allow it in the system's privacy settings, or type your answer below.</source>
      <translation>This computer does not allow the app to use the microphone. Allow it in the system's privacy settings, or type your answer below.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="106" />
      <source>The microphone could not be opened (another program may be using it). Type your answer, or try again.</source>
      <translation>The microphone could not be opened (another program may be using it). Type your answer, or try again.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="111" />
      <source>The microphone does not respond (was it unplugged?). Type your answer, or plug it in again and press Space.</source>
      <translation>The microphone does not respond (was it unplugged?). Type your answer, or plug it in again and press Space.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="115" />
      <source>The microphone sends no sound. Check that it is connected and not muted, or type your answer.</source>
      <translation>The microphone sends no sound. Check that it is connected and not muted, or type your answer.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="119" />
      <source>The recording cannot be saved in the data folder (is the disk full or read-only?). Type your answer.</source>
      <translation>The recording cannot be saved in the data folder (is the disk full or read-only?). Type your answer.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="134" />
      <source>The speech-recognition model folder set in Settings does not exist any more (was it on a USB stick?). Choose the folder again, or import the model's .zip file.</source>
      <translation>The speech-recognition model folder set in Settings does not exist any more (was it on a USB stick?). Choose the folder again, or import the model's .zip file.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="140" />
      <source>The model set in Settings is a file, not a folder. If it is the model's .zip file, use “Import .zip…” in Settings instead.</source>
      <translation>The model set in Settings is a file, not a folder. If it is the model's .zip file, use “Import .zip…” in Settings instead.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="145" />
      <source>The folder set in Settings is not a Vosk speech-recognition model (a model folder holds “am”, “conf” and “graph”). Choose the folder you unzipped, or import the .zip file of %1.</source>
      <translation>The folder set in Settings is not a Vosk speech-recognition model (a model folder holds “am”, “conf” and “graph”). Choose the folder you unzipped, or import the .zip file of %1.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="152" />
      <source>The speech-recognition model could not be loaded: its files are damaged or incomplete. Copy or import the model's .zip file again.</source>
      <translation>The speech-recognition model could not be loaded: its files are damaged or incomplete. Copy or import the model's .zip file again.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="156" />
      <source>This file is not a readable .zip archive (it may be incomplete). Copy it again and retry.</source>
      <translation>This file is not a readable .zip archive (it may be incomplete). Copy it again and retry.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="162" />
      <source>This .zip file holds no Vosk speech-recognition model. Download a model such as %1 from %2.</source>
      <translation>This .zip file holds no Vosk speech-recognition model. Download a model such as %1 from %2.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="169" />
      <source>This .zip file tries to write outside its own folder, so it was not imported.</source>
      <translation>This .zip file tries to write outside its own folder, so it was not imported.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="173" />
      <source>There is not enough free disk space to import the model. Free some space and try again.</source>
      <translation>There is not enough free disk space to import the model. Free some space and try again.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="176" />
      <source>The model could not be copied into the data folder: %1</source>
      <translation>The model could not be copied into the data folder: %1</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="179" />
      <source>The recording could not be read, so it was not transcribed.</source>
      <translation>The recording could not be read, so it was not transcribed.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="184" />
      <source>The speech-recognition engine (Vosk) is not installed correctly, so answers are not transcribed.</source>
      <translation>The speech-recognition engine (Vosk) is not installed correctly, so answers are not transcribed.</translation>
    </message>
    <message>
      <location filename="../ui/spoken_text.py" line="184" />
      <source>The transcription failed: %1</source>
      <translation>The transcription failed: %1</translation>
    </message>
  </context>
  <context>
    <name>SpokenTurns</name>
    <message>
      <location filename="../ui/workshop/spoken.py" line="194" />
      <source>The spoken answer of %1</source>
      <translation>The spoken answer of %1</translation>
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
    <name>StorageMessages</name>
    <message>
      <location filename="../ui/storage_messages.py" line="36" />
      <source>on the database server</source>
      <translation>on the database server</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="52" />
      <source>The disk is full, so the progress database cannot save anything more.</source>
      <translation>The disk is full, so the progress database cannot save anything more.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="57" />
      <source>Free some space on this computer (empty the Recycle Bin, delete large files you no longer need), then try again.</source>
      <translation>Free some space on this computer (empty the Recycle Bin, delete large files you no longer need), then try again.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="63" />
      <source>The progress database cannot be written: the folder %1 is read-only.</source>
      <translation>The progress database cannot be written: the folder %1 is read-only.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="68" />
      <source>Ask whoever looks after this computer to let you write to that folder, or choose another data folder in Settings, then try again.</source>
      <translation>Ask whoever looks after this computer to let you write to that folder, or choose another data folder in Settings, then try again.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="75" />
      <source>The progress database is busy: another program, or a second window of this app, is writing to it.</source>
      <translation>The progress database is busy: another program, or a second window of this app, is writing to it.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="79" />
      <source>Wait a moment, then try again. If it keeps happening, close the other window or program.</source>
      <translation>Wait a moment, then try again. If it keeps happening, close the other window or program.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="88" />
      <source>The progress database %1 is damaged or is not a database file. It has been left as it is.</source>
      <translation>The progress database %1 is damaged or is not a database file. It has been left as it is.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="104" />
      <source>The progress database %1 was last used by a newer version of this app (database schema %2), which this version cannot read. It has been left as it is.</source>
      <translation>The progress database %1 was last used by a newer version of this app (database schema %2), which this version cannot read. It has been left as it is.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="111" />
      <source>Use the newer version of the app with this database. To go back to this version instead, put back the copy taken before that upgrade with “python main.py db restore-copy --keep-old-schema” (what was done since that upgrade is then lost).</source>
      <translation>Use the newer version of the app with this database. To go back to this version instead, put back the copy taken before that upgrade with “python main.py db restore-copy --keep-old-schema” (what was done since that upgrade is then lost).</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="117" />
      <source>The file %1 is not a progress database of this app. It has been left as it is.</source>
      <translation>The file %1 is not a progress database of this app. It has been left as it is.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="122" />
      <source>Move that file to another folder so that a new database is made, or choose another database in Settings; then try again.</source>
      <translation>Move that file to another folder so that a new database is made, or choose another database in Settings; then try again.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="126" />
      <location filename="../ui/storage_messages.py" line="135" />
      <source>The progress database could not be used: %1</source>
      <translation>The progress database could not be used: %1</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="131" />
      <location filename="../ui/storage_messages.py" line="140" />
      <source>Check that the data folder exists and that you may write to it, then try again.</source>
      <translation>Check that the data folder exists and that you may write to it, then try again.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="171" />
      <source>Restore a backup…</source>
      <translation>Restore a backup…</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="174" />
      <source>The progress database could not be opened</source>
      <translation>The progress database could not be opened</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="179" />
      <source>You can still read the scenarios; practice and history need the database.</source>
      <translation>You can still read the scenarios; practice and history need the database.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="166" />
      <source>Try again</source>
      <translation>Try again</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="95" />
      <source>To put a backup in its place, choose “Restore a backup…” (or run “python main.py db restore ‹backup file›”): the damaged file is moved, as it is, into %1 and the backup restored. Copies made before each upgrade are in %1 too. Or move the damaged file to another folder to start a new database, then try again.</source>
      <translation>To put a backup in its place, choose “Restore a backup…” (or run “python main.py db restore ‹backup file›”): the damaged file is moved, as it is, into %1 and the backup restored. Copies made before each upgrade are in %1 too. Or move the damaged file to another folder to start a new database, then try again.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="167" />
      <source>Continue without saving</source>
      <translation>Continue without saving</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="205" />
      <source>Your settings file could not be read, so the app started with the default settings. The damaged file was moved to %1 in case you want to look at it.</source>
      <translation>Your settings file could not be read, so the app started with the default settings. The damaged file was moved to %1 in case you want to look at it.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="211" />
      <source>Your settings file %1 could not be read, so the app started with the default settings. The file could not be moved aside; delete it or make its folder writable.</source>
      <translation>Your settings file %1 could not be read, so the app started with the default settings. The file could not be moved aside; delete it or make its folder writable.</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="215" />
      <source>Settings were reset</source>
      <translation>Settings were reset</translation>
    </message>
    <message>
      <location filename="../ui/storage_messages.py" line="219" />
      <source>Choose your settings again under Settings (your progress is not affected).</source>
      <translation>Choose your settings again under Settings (your progress is not affected).</translation>
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
  <context>
    <name>TrainerMode</name>
    <message>
      <location filename="../ui/trainer_mode.py" line="52" />
      <source>The PIN needs at least %1 characters.</source>
      <translation>The PIN needs at least %1 characters.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="56" />
      <source>The PIN can have at most %1 characters.</source>
      <translation>The PIN can have at most %1 characters.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="61" />
      <source>The PIN cannot begin or end with a space.</source>
      <translation>The PIN cannot begin or end with a space.</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="346" />
      <source>&amp;Lock trainer mode</source>
      <translation>&amp;Lock trainer mode</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="348" />
      <source>&amp;Unlock trainer mode…</source>
      <translation>&amp;Unlock trainer mode…</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="351" />
      <source>&amp;Change the trainer PIN…</source>
      <translation>&amp;Change the trainer PIN…</translation>
    </message>
    <message>
      <location filename="../ui/trainer_mode.py" line="353" />
      <source>&amp;Choose a trainer PIN…</source>
      <translation>&amp;Choose a trainer PIN…</translation>
    </message>
  </context>
  <context>
    <name>TranscriptDialog</name>
    <message>
      <location filename="../ui/transcript_dialog.py" line="77" />
      <source>Your spoken answer</source>
      <translation>Your spoken answer</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="96" />
      <source>Measuring your delivery…</source>
      <translation>Measuring your delivery…</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="118" />
      <source>Stop transcribing</source>
      <translation>Stop transcribing</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="132" />
      <source>Record &amp;again</source>
      <translation>Record &amp;again</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="135" />
      <source>&amp;Back to the question</source>
      <translation>&amp;Back to the question</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="138" />
      <source>Score &amp;delivery only</source>
      <translation>Score &amp;delivery only</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="142" />
      <source>Score how you spoke and when you started; your trainer listens and reviews the content.</source>
      <translation>Score how you spoke and when you started; your trainer listens and reviews the content.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="144" />
      <source>&amp;Score this answer (Ctrl+Enter)</source>
      <translation>&amp;Score this answer (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="181" />
      <source>No speech was heard in this take. Check the microphone and record again, or type your answer.</source>
      <translation>No speech was heard in this take. Check the microphone and record again, or type your answer.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="189" />
      <source>The recording could not be read: %1</source>
      <translation>The recording could not be read: %1</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="200" />
      <source>Transcribing with the model %1…</source>
      <translation>Transcribing with the model %1…</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="205" />
      <source>Your words appear here when the transcription is done.</source>
      <translation>Your words appear here when the transcription is done.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="234" />
      <source>Transcribed with the model %1 in %2 s.</source>
      <translation>Transcribed with the model %1 in %2 s.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="240" />
      <source>The model recognised no words. Type what you said, or score the delivery only.</source>
      <translation>The model recognised no words. Type what you said, or score the delivery only.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="244" />
      <source>Correct what the computer misheard: your corrected text is scored, and the original is kept.</source>
      <translation>Correct what the computer misheard: your corrected text is scored, and the original is kept.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="267" />
      <source>Type what you said…</source>
      <translation>Type what you said…</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="272" />
      <source>Type what you said to have the content of your answer scored too, or choose “Score delivery only”: then your pace, pauses and start time are scored and the content waits for your trainer's review.</source>
      <translation>Type what you said to have the content of your answer scored too, or choose “Score delivery only”: then your pace, pauses and start time are scored and the content waits for your trainer's review.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="274" />
      <source>Transcription stopped.</source>
      <translation>Transcription stopped.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="282" />
      <source>No speech-recognition model for %1 is installed, so your words were not written down (Settings → Spoken answers explains how to add one).</source>
      <translation>No speech-recognition model for %1 is installed, so your words were not written down (Settings → Spoken answers explains how to add one).</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="339" />
      <source>The microphone stopped during your answer. The first %1 were recorded and are kept; you can score them as they are or record again.</source>
      <translation>The microphone stopped during your answer. The first %1 were recorded and are kept; you can score them as they are or record again.</translation>
    </message>
    <message>
      <location filename="../ui/transcript_dialog.py" line="341" />
      <source>The recording reached the maximum length and stopped there.</source>
      <translation>The recording reached the maximum length and stopped there.</translation>
    </message>
  </context>
  <context>
    <name>TurnPanel</name>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="57" />
      <source>&amp;Next turn (Ctrl+N)</source>
      <translation>&amp;Next turn (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="58" />
      <location filename="../ui/workshop/turn_panel.py" line="140" />
      <source>Start the clock (Ctrl+T)</source>
      <translation>Start the clock (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="59" />
      <source>S&amp;kip question (Ctrl+K)</source>
      <translation>S&amp;kip question (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="66" />
      <source>The trainee types the answer here (or it is spoken, below)…</source>
      <translation>The trainee types the answer here (or it is spoken, below)…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="67" />
      <source>&amp;Submit answer (Ctrl+Enter)</source>
      <translation>&amp;Submit answer (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="103" />
      <source>Turn %1: %2</source>
      <translation>Turn %1: %2</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="104" />
      <source>follow-up</source>
      <translation>follow-up</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="112" />
      <source>Trainer's note: %1</source>
      <translation>Trainer's note: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="119" />
      <source>The run has ended.</source>
      <translation>The run has ended.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="121" />
      <source>Next: %1</source>
      <translation>Next: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="123" />
      <source>Next question: %1</source>
      <translation>Next question: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="127" />
      <source>No one left to answer: tick who is here, or end the run.</source>
      <translation>No one left to answer: tick who is here, or end the run.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="139" />
      <source>Stop the clock (Ctrl+T)</source>
      <translation>Stop the clock (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../ui/workshop/turn_panel.py" line="149" />
      <source>Time is up</source>
      <translation>Time is up</translation>
    </message>
  </context>
  <context>
    <name>WorkshopDialog</name>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="47" />
      <source>New workshop</source>
      <translation>New workshop</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="47" />
      <source>Edit the workshop</source>
      <translation>Edit the workshop</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="51" />
      <source>e.g. Crisis communication for school leaders</source>
      <translation>e.g. Crisis communication for school leaders</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="60" />
      <source>e.g. Hall of the Department of Education</source>
      <translation>e.g. Hall of the Department of Education</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="63" />
      <source>Your name, as it appears on reviews</source>
      <translation>Your name, as it appears on reviews</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="65" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="66" />
      <source>&amp;Date:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="67" />
      <source>&amp;Place:</source>
      <translation>&amp;Place:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="68" />
      <source>&amp;Trainer:</source>
      <translation>&amp;Trainer:</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="71" />
      <source>Create</source>
      <translation>Create</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="71" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../ui/workshop/dialogs.py" line="74" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>WorkshopPage</name>
    <message>
      <location filename="../ui/workshop/page.py" line="120" />
      <source>&amp;New workshop…</source>
      <translation>&amp;New workshop…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="123" />
      <source>&amp;Edit…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="126" />
      <source>Workshops</source>
      <translation>Workshops</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="140" />
      <source>&amp;Run a scenario for the room…</source>
      <translation>&amp;Run a scenario for the room…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="143" />
      <source>&amp;Observe and score answers</source>
      <translation>&amp;Observe and score answers</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="147" />
      <source>On an observer's laptop: see each answer of this workshop as it is given, score and comment</source>
      <translation>On an observer's laptop: see each answer of this workshop as it is given, score and comment</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="149" />
      <source>De&amp;brief…</source>
      <translation>De&amp;brief…</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="152" />
      <source>Back to the &amp;library</source>
      <translation>Back to the &amp;library</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="167" />
      <source>Roster</source>
      <translation>Roster</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="236" />
      <source>No workshop yet. Create one, add the people on its roster, then run a scenario.</source>
      <translation>No workshop yet. Create one, add the people on its roster, then run a scenario.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="242" />
      <source>Date: %1</source>
      <translation>Date: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="244" />
      <source>Place: %1</source>
      <translation>Place: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="246" />
      <source>Trainer: %1</source>
      <translation>Trainer: %1</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="264" />
      <source>The scenarios are still loading, or none is valid.</source>
      <translation>The scenarios are still loading, or none is valid.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="266" />
      <source>Add people to the roster first.</source>
      <translation>Add people to the roster first.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/page.py" line="379" />
      <source>The workshop could not be saved or read: %1</source>
      <translation>The workshop could not be saved or read: %1</translation>
    </message>
  </context>
</TS>