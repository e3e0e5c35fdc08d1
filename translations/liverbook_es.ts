<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <source>The program is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook&apos;s text is shared under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DejaVu Sans font is under its own free licence (the Bitstream Vera licence and DejaVu changes in the public domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt for Python (PySide6) is used under the GNU LGPL version 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain-language handbook for people with liver cancer and those who care for them. It works fully offline, and your notes stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you feel very unwell, call your care team or your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages reviewed: {dates}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} pages, {sources} sources, {terms} glossary terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this handbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>I have read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your check-in of {when}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More on the page “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>The chosen question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answ&amp;er you were given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te of the answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I a&amp;sked this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The handbook&apos;s pages could not be read, so the app cannot start. Your own notes are not affected.

Please reinstall the app or tell its makers. The problems found:

{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook is already open in another window. Please use that window; only one copy at a time can keep your notes safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{day} {month} {year} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily copy, made by the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made just before you imported a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made just before you deleted all your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made just before a backup was put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made just before the handbook was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of your handbook&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} diary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, with {holds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Change a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer what applies to you today and skip the rest. Tab goes to the next question, the arrow keys choose an answer, Delete takes it back. Your answers are saved as you go. When you are done, press Done (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carer or family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is answering?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary can be read but not changed just now, so this check-in cannot be saved. The diary&apos;s first page says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {why} Your answers are still here; the app will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer needs a look: see the message under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not save this check-in ({why}).

If you close it now, these answers will be lost. Keep it open to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose these answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the check-in open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is none, 10 is the worst you can imagine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>Your handbook can be used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It now has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept, unchanged, in this folder:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are usable again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Export my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was saved to:
{target}

A copy you can read:
{copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files were there before and were replaced: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook data (*.json);;Handbook backup copies (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your data with this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name} replaces all the notes, your situation and your questions in this app with the ones in the file.

What you have now is copied to a backup file first, so it is not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace my data with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my data as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes all your notes, your situation, your questions and answers, your diary and your records from this app.

One backup copy is kept in the app&apos;s data folder, in case you change your mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes, your situation, your questions and answers, your diary and your records were deleted from this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was replaced with the data in:
{source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your care team today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your care team at your next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number, or go to the emergency room. Do not drive yourself: call for help, or have someone take you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call as soon as you can, even at night or at a weekend. Use your team&apos;s 24-hour number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can usually wait for your next visit. If it gets worse, call your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handbook does not contact anyone for you. Only you or someone with you can call for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team&apos;s number: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not saved your care team&apos;s number yet. You can add it in the diary&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a number, such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the number: it should be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: no answers in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: mostly {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: mostly {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value} every time ({days})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, rose to {value} on {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, fell to {value} on {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: from {first} on {first_date} to {last} on {last_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, highest {value} on {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: yes on {dates}, no on the other days answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: yes every time ({days})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: no every time ({days})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: words written on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days, the last on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangles mark days with a warning sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example person (made up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {name}. After hours: {after}. Daytime: {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {name}: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {name}. Their phone number is not in My records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryActions</name>
    <message>
        <source>Check &amp;in to my diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my diary as a &amp;spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my diary as a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary was saved as a spreadsheet file:
{path}

It opens in a spreadsheet program such as LibreOffice Calc or Excel. It holds your health details: keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryEntries</name>
    <message>
        <source>Answered by: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No answers in this check-in.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past check-ins, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: put the check-in back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary cannot be shown just now: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the check-in of {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryOverview</name>
    <message>
        <source>My diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short check-in on how you are: about two minutes. Do it every day, or whenever something changes; a carer can answer too. The diary shows how things change over time, says when a change needs a call to your care team, and goes into your visit report. It stays on this computer: the app sends it nowhere and contacts no one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in now ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the last check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which questions to ask, your own items, units, your care team&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole diary as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary cannot be opened just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is shown as it was saved, but it cannot be changed just now: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary cannot be shown just now: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiarySettings</name>
    <message>
        <source>°C (Celsius)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°F (Fahrenheit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg (kilograms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb (pounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved as you make them. Turning a question off only stops it being asked: its past answers stay in your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions the check-in asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary can be read but not changed just now, so these settings cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown when a check-in meets a warning sign. If you chose the one to call in My records, their number is shown instead. The app never calls or sends anything itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message after a warning sign says: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else you want to keep an eye on, answered from 0 (none) to 10 (the worst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of your own item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: leg cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (your own item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a name for your item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item could not be added: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{name}”: the check-in asks it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryTrends</name>
    <message>
        <source>Item to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid lines mark when a treatment started, dashed lines when it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (not asked now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer in this period, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>My diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in now, and what to do after a warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check-in, newest first; change or delete one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart, a table and a summary for each item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>Questions: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n pages are marked for your situation. They are also marked with a star in each tab. To change what applies to you, use &lt;b&gt;My situation&lt;/b&gt; in the &lt;b&gt;View&lt;/b&gt; menu.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the handbook what applies to you, and the pages meant for you will be listed here. Use &lt;b&gt;My situation&lt;/b&gt; in the &lt;b&gt;View&lt;/b&gt; menu. It is optional, and it stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this list is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Example</name>
    <message>
        <source>The example person&apos;s data could not be made: {why}

Your own data was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXAMPLE, a made-up person – {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXAMPLE: a made-up person, not your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up person&apos;s diary, records, questions and notes, to show what the handbook can do. Your own data is not shown here and is not changed. What you change here is thrown away when you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <source>Find a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No word in the glossary matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The handbook will be in {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This handbook explains. It does not replace your care team&apos;s advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free help lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest words are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not save your latest note or answer (the notes pane says why).

If you quit now, those words will be lost. Keep the app open to copy them somewhere safe first, or to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and lose those words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the app open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare for a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;situation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;{number} {tab}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help lines and trusted resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore with an example person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not medical advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyQuestions</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question that is no longer in the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a question in the list to write down its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions you chose, in the order you want to ask them. Write down the answers you are given; they are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen question up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen question down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it off the list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add my own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it at the end of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {question}  (asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your question in the box first, then add it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesDock</name>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>(empty note)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a general note (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a note attached to the page you are reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my notes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here. Your words are saved on this computer as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on: {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {reason} Your text is kept here; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {reason} Your text is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: your notes are shown as saved; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note: start typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: the folder your notes are kept in cannot be written to. Your notes are shown as they were saved; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are read only here: choose one in the list to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Go to: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the page {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary word {words}: shows what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address {address}: shows it to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On th&amp;is page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sections and links of the page. Enter goes to one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutsideLink</name>
    <message>
        <source>An address outside the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handbook works without the internet and does not open web pages. If you want to read this page, copy the address and open it in your web browser, or write it down to look at later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file called {name} in {folder}.

If you replace it, what is in it now will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the old file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsView</name>
    <message>
        <source>Questions you may want to ask your care team. Tick the ones that matter to you: they go on your list under &quot;My questions&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my questions: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list of questions and the answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Page text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Choose who to call in My records &gt; My care team, and they will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call for urgent problems (from My care team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app never calls or messages anyone: you make the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See My records &gt; My visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who look after you and their numbers. Choose one as the person to call for urgent problems: the diary&apos;s warnings, the “When to get help” page and the call-now card show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-now &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the call-now card (save it as a PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call for urgent problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Dr. Ana Rivera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call this person for urgent problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: oncologist, nurse, liver doctor, pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to call in the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone in the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At night and on weekends, if there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone after hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: City Cancer Center, 3rd floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else: a fax number, who answers the phone, a website to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call for urgent problems: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the person&apos;s name first, then tick this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 14 March 2026, or March 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date yet. Write it as 14 March 2026, March 2026 or 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app never calls, messages or sends anything to anyone, your care team included. Everything you write here stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My records at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to my v&amp;isits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to my &amp;care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to my &amp;medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to my &amp;treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest liver scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to my liver &amp;scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print my medicines &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print my medicines list (save it as a PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the c&amp;all-now card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call-now card is one page to cut out and fold into your wallet: who to call, and the warning signs the handbook gives for the medicines you take now. Its print is never smaller than 9 points; with many signs it has more panels to fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records cannot be used right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 medicine: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} medicines: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None written down as going on now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child-Pugh class {band} ({score} points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child-Pugh: not worked out yet ({n} things missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALBI grade {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lab results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your team what they mean for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook never suggests a dose: write what your team or the label says, and ask your team or pharmacist about any change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every medicine you take, in your own words: prescribed ones, ones you buy, herbs and supplements. A medicine the handbook knows shows its warning signs and cautions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, or pick one as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of the handbook&apos;s medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the handbook, it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the handbook&apos;s medicines it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: my liver cancer, pain, fluid in the belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As your team or the label says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much (as written on the label or by your team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty while you take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Dr. Rivera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else you want to remember about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the handbook says about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read about it in the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to call, for this medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions, for this medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the handbook: {drug}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook has no page about this medicine. Your own words are kept as you wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab results from a letter or a patient portal. Type each number as it is written, with its unit: US units (mg/dL, g/dL) and international ones (µmol/L, g/L) are both fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: CRP, potassium, vitamin D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of your own test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day the blood was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written, for example 1.2 or &lt;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit, as written on the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number in other units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I checked it: this is the number and unit on my letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything written beside it, or where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({n} results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another test, of your own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number from the lab result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for this test yet. Press “Add a result” to type one in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen one (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the call-now card as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my medicines list as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call-now card was saved as {name} in {folder}. Print it on one page, at full size (100%), then cut it out and fold it. Its print is never smaller than 9 points: with many warning signs it has more panels to fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your medicines list ({pages} pages) was saved as {name} in {folder}. Print it and take it to every visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your medicines list was saved as {name} in {folder}. Print it and take it to every visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: your records are shown as they were saved, and nothing can be changed now. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new, not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next visit, who to call, and printouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every medicine you take, and what the handbook says about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your treatments over time, as a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who look after you, and who to call for urgent problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments, the questions you take, and what you understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab results from your letters, as charts and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My liver scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child-Pugh and ALBI, worked out step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These scores are worked out from what you typed in. They are one part of what your care team looks at, and they never say which treatment to have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out from your latest lab results (in My numbers) and the two answers below, step by step, exactly as the handbook&apos;s sources define them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two questions about what your care team found are under the scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two questions about what your care team found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluid in the belly (ascites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion from the liver (hepatic encephalopathy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} ({n} points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} (1 point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your diary last said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answered on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {score} points, class {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {score}, grade {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not worked out yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}. {label}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this may mean: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read about the {name} in the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for My situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your treatments, these may belong in My situation, which marks the handbook&apos;s pages meant for you. Nothing changes unless you add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag}: because of {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to My situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {tag} to My situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} was added to My situation. You can change it in View &gt; My situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatments with dates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each treatment you have had or have now: surgery, ablation, TACE, radioembolization, radiation, a transplant or a drug treatment. The diary&apos;s and the lab charts mark when each started and stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your words, for example: Atezolizumab + bevacizumab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (if you want one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drugs in it (tick them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drugs in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty while it goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stopped, or not said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given in a clinical trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to remember: how it went, side effects, what the scans said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the visit, write what you understood as if you were telling a friend. If something is not clear, tick “I&apos;m not sure, ask again”: it comes back among the questions for your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your appointments: when, with whom and what for. Take questions from My questions to a visit, and afterwards write down what you understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: scan results, a new treatment, blood tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question from My questions, or to ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this question to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the chosen question out of this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I understood of the chosen question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m not sure about this answer: ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the visit was about and what happens next, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I understood from this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m not sure I understood: ask again next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again: {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no more questions: add some in Questions to ask &gt; My questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I understood of: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ask again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: the disk your notes are kept on is full. Your notes are shown as they were saved and nothing has been lost, but new notes and changes cannot be saved. Please free some space on the disk, then close the handbook and open it again. The folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: the folder your notes are kept in cannot be written to (it may be on a read-only disk, or belong to another user). Your notes are shown as they were saved and nothing has been lost, but new notes and changes cannot be saved until this is fixed. The folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook found damage in your notes file while it was open, so it cannot go on using it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file was damaged, so the handbook cannot use it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file has been kept, unchanged, in case it can be rescued later. It is in this folder:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} could be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} could not be read at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a few letters could not be read, they are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in it could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is also a backup copy from {when}, with {holds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are also {n} backup copies. The newest is from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable backup copy was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every note that could be read, and add what is only in the backup copy from {when} ({holds}). Where a note is in both, the newer words are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only what could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use what could be read from the damaged file. No backup copy is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the backup copy from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything written after {when} will be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with empty notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with no notes. The damaged file is kept in case it can be rescued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes that could be read are kept, and you can go on using the handbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook starts with empty notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes could not be repaired just now: {why} Nothing has been lost; the handbook will offer this again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>A very long report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Page 1 could not be drawn here. You can still print the report or save it as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>{name} is not a backup copy of the Liver Cancer Handbook, so it cannot be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made by a newer version of the Liver Cancer Handbook. This version cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the notes file the handbook is using now, not a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be found, or it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged, so it cannot be put back as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was nothing to keep: the handbook held no data of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you had before is kept as a new backup copy, from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you had before is kept as a new backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go back to it, choose File &gt; Restore a backup copy… and pick it.

The backup copies are in this folder:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my data as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup copy kept somewhere else, for example copied from another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the copy to put back. What you have now is kept as a backup copy first, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backup copies in the handbook&apos;s folder yet. The handbook makes one each day you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook backup copies (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read ({why}). Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the backup copy from {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a backup of your handbook from {when}, with {holds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting it back replaces the notes, situation, questions, diary and records you have now with the ones in it. What you have now is kept as a backup copy first, so it is not lost: you can put it back the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copy put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your handbook now has the data of the backup copy from {when}: {holds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your damaged notes file was kept, unchanged, in this folder:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Found in {where}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the handbook and my notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to find them in every page, the glossary and your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down choose a result, Enter opens it, Esc goes back to where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Try fewer words, or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n+ results for “{query}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 result for “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n results for “{query}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>For you. {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next or the previous part of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a page in a list, or a search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen search result or glossary word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the search and go back to where you were; close a small window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next or the previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick a box, such as a question to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab in a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move from link to link; a glossary word then shows what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({menu} menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the handbook can be done with the keyboard. Alt with the underlined letter opens a menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>Not sure, or I would rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the handbook what applies to you, and it will mark the pages meant for you with “For you”. Everything here is optional and stays on this computer. If you are not sure, ask your care team, or leave it blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the printed summary (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the printed summary (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>The latest message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabView</name>
    <message>
        <source>{tab}: list of pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supportive care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <source>What the word means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Same as the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Main actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Und&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from your list: {question}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitReportDialog</name>
    <message>
        <source>Prepare for a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 sums up these days for your care team. Choose what else goes after it, then print the report or save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days that page 1 covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What to add after page 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1, as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing page 1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to the {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handbook explains liver cancer in plain words: its stages, its treatments, and the care that helps you live as well as you can. It is written for people with liver cancer and the people who care for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not replace your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your doctors and nurses know you and your illness. Take your questions to them. If you feel very unwell, call them, or your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes, your situation and your questions are kept here only. The handbook never goes on the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you like, tell the handbook what applies to you. It will then mark the pages meant for you. You can skip this, and do it later from the View menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell it about &amp;my situation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowFit</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to any section (Alt+1 to Alt+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the notes pane (F9 opens it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the notes pane (F9 opens it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes pane was closed to make room for the page at this text size. Press F9 to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <source>Stage, if you know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How doctors group the cancer for treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liver function (Child-Pugh class), if you know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other liver conditions you have or had</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments received or being considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>at most {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above {bottom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above {bottom} and at most {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test} was reported as {value}; the ALBI formula needs the exact number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bilirubin of 0 cannot be used: the formula takes its logarithm, which needs a number above 0. Please check the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula uses bilirubin in {unit}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilirubin part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log10 of {b} = {log}; × {factor} = {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula uses albumin in {unit}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albumin part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} × {factor} = {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALBI score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{b} + ({a}) = {score}, which is {where}: grade {grade}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test} {typed} looks like a typing slip. {hint} Please check it; no score is worked out from it until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {low} to {high}, both included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test}: this unit cannot be scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test} was reported as {value}, which does not show which side of the limits it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {test} of {value} is close to a limit. In the table&apos;s {unit} column the same result, {converted}, would give {other} instead of {points}: the table&apos;s two columns round the limits differently. The score here uses the column of the unit your result came in. Ask your team which they use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: “{chosen}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used: {said_by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluid in the belly (ascites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion from the liver (hepatic encephalopathy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{adds} = {total} points: class {band} ({low} to {high} points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day needs its month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {year} cannot be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day does not exist in that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as year-month-day, year-month or only the year, for example 2026-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the exact day, for example 2026-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your answer of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary of {day} said: {item}: {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liver transplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ablation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TACE (chemoembolization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radioembolization (TARE, SIRT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiation therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stopped working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is too long (at most {limit:,} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop date ({stopped}) is before the start date ({started}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the medicine a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether it was prescribed, bought, or a herb or supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of treatment this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason for stopping needs the date it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the contact a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question taken to a visit needs its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the test, or give your own test a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lab value cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the three answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number from the lab result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long to be one lab number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lab value cannot be below zero. Type the number without a minus sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number without spaces, for example 1234 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is {text} a number over a thousand, or a decimal? Type it as {a} or {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type only digits and at most one decimal point, for example 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These results are from different days ({parts}). A score is most meaningful from results taken together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test}: no result recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test}: a value below zero cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test}: the unit {unit} is not one the handbook knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on your treatment timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test} has no unit called {unit} in the handbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two units cannot be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} is the same as {result}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 {a} = 1 {b})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} × {factor} = {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} ÷ {factor} = {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} ÷ {a} × {b} = {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 {first} = {factor} {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeted therapy pill (kinase inhibitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeted therapy drip (antibody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine against hepatitis B or C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water pill (diuretic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine for confusion from the liver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-inflammatory pain medicine (NSAID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed by a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought without a prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herb, vitamin or supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the month as a word, for example 14 March 2026, or as 2026-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as 14 March 2026, March 2026 or 2026 (or 2026-03-14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: one result, {value} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {count} results from {first_date} to {last_date}. First {first}, latest {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest {value} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest {value} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stopped {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in a clinical trial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(who to call for urgent problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day: {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After hours: {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is chosen yet. In My care team, choose a contact and tick “Call this person for urgent problems”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(coming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(something to ask again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit coming is written down. Add one in My visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next visit: {when} ({soon})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {total} questions have what you understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} to ask again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>This handbook explains. It does not replace the advice of your doctors and nurses, who know you and your illness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in this review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not translated yet, so it is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments and advice change; your care team knows what is current for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions you may want to ask your care team. Pick the ones that matter to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages that use this word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>For: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have liver cancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment now: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After hours: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My care team: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My care team&apos;s number: ______________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Liver Cancer Handbook app. It does not replace your care team&apos;s advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call now card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut along the outer line. Fold along the dotted lines, like a map, with the numbers on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medicine on the list has warning signs in the handbook: the card holds the numbers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More signs: see the medicines list and the handbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other numbers and notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these choices the report would be about {pages:,} pages. That is a lot to print: you can leave out the notes or the diary table, or choose a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer noted {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the page “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a page no longer in the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My diary, every entry from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary entries in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers of “none”, “no” or 0 are left out here; the app keeps them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medicines recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who prescribed it, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the handbook says about some of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatments recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a clinical trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook pages marked for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages are marked yet: choose My situation in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words used in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit report: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXAMPLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last visit on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 4 weeks (no earlier visit is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in a clinical trial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My diary, {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test}, 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary answers in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ a warning sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also changed or high:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ the app&apos;s advice then, not what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carer answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes on {dates}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotted, last visit {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid, started {name} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: stopped {name} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} on {first_date}, highest {top} on {top_date}, {last} on {last_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} on {first_date}, {last} on {last_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{since}: nothing started or stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lab results recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child-Pugh: {score} points, class {band}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child-Pugh: not worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALBI: {score}, grade {band}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bf} × log10({bilirubin}) {sign} {af} × {albumin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALBI: not worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything I have recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my questions, with lines to write the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every diary entry of these days, in a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my medicines, past ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My treatments, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “call now” card, to cut out and keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line about each handbook page marked “For you”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meaning of the medical words used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the handbook’s facts come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As usual on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (none recorded yet: the last 4 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({paper})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is {pages}, on {paper} paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report would be about {pages}, on {paper} paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your visit report ({pages}) was saved to:
{target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older file of that name was moved to the Trash, where you can get it back:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaced the older file of that name, as you asked (it could not be moved to the Trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason given: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your visit report could not be saved to {target}.

{reason}

Please choose another name or folder, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your visit report ({pages}) was sent to the printer {printer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit report was not printed: the printer could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the printer and try again, or save the report as a PDF and print that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written down by me, on {date}. Bring this list to every visit and show it to every doctor, nurse and pharmacist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call for urgent problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call now card: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>the person who has liver cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone who cares for a person with liver cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How doctors group the cancer for treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liver function (Child-Pugh class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other liver conditions you have or had</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments received or being considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was chosen in &lt;i&gt;My situation&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages are marked for you yet. In the app, choose &lt;i&gt;My situation&lt;/i&gt; in the &lt;i&gt;View&lt;/i&gt; menu to mark them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each page marked for me is about. The full pages are in the handbook app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions were chosen. In the app, the &lt;i&gt;Questions to ask&lt;/i&gt; tab lets you pick questions and add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer noted {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes on the pages marked for me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the page “{page}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a page no longer in the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words used in this summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liver cancer summary for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My liver cancer summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {date} with {app} {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring this summary to your next visit and go through it with your care team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
