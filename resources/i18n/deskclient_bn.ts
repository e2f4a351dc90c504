<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../deskclient/ui/app.py" line="+59"/>
        <source>deskclient is already open on this PC.</source>
        <translation>deskclient এই কম্পিউটারে আগে থেকেই খোলা আছে।</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../deskclient/ui/sync_dialogs.py" line="+91"/>
        <location line="+6"/>
        <source>Items that need attention</source>
        <translatorcomment>review</translatorcomment>
        <translation>যে কাজগুলোতে নজর দেওয়া দরকার</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>কী</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>কেন</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server did not accept these items. Your supervisor can check them; everything else keeps syncing.</source>
        <translatorcomment>review</translatorcomment>
        <translation>সার্ভার এই কাজগুলো নেয়নি। আপনার সুপারভাইজার এগুলো দেখে নিতে পারবেন; বাকি সব কিছু সিঙ্ক হতে থাকবে।</translation>
    </message>
</context>
<context>
    <name>DemoServerToggle</name>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="+426"/>
        <source>Demo: the server is stopped. Keep working; nothing is lost.</source>
        <translation>ডেমো: সার্ভার বন্ধ আছে। কাজ চালিয়ে যান; কিছুই হারাবে না।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo: the server is back. Syncing…</source>
        <translation>ডেমো: সার্ভার আবার চালু হয়েছে। সিঙ্ক হচ্ছে…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo: stop server</source>
        <translation>ডেমো: সার্ভার বন্ধ করুন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demo: start server</source>
        <translation>ডেমো: সার্ভার চালু করুন</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../deskclient/ui/sync_dialogs.py" line="-76"/>
        <source>Connect this PC to the central server</source>
        <translation>এই কম্পিউটারকে মূল সার্ভারের সঙ্গে যুক্ত করুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server address</source>
        <translation>সার্ভারের ঠিকানা</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrollment code</source>
        <translatorcomment>review</translatorcomment>
        <translation>যুক্ত করার কোড</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This address is not encrypted (http://). That is only for a test server on this PC; a real server address starts with https://.</source>
        <extracomment>Shown while the address is plain http:// to this PC itself (allowed for the demo and tests).</extracomment>
        <translatorcomment>review</translatorcomment>
        <translation>এই ঠিকানাটি এনক্রিপ্ট করা নয় (http://)। এটা শুধু এই পিসির পরীক্ষার সার্ভারের জন্য; আসল সার্ভারের ঠিকানা https:// দিয়ে শুরু হয়।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server address:</source>
        <translation>সার্ভারের ঠিকানা:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment code:</source>
        <translatorcomment>review</translatorcomment>
        <translation>যুক্ত করার কোড:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>যুক্ত করুন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your center manager for the server address and a one-time code.</source>
        <translation>সার্ভারের ঠিকানা আর এককালীন কোডটি আপনার সেন্টার ম্যানেজারের কাছে চেয়ে নিন।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This address is not encrypted (http://). Please type the https:// address of the server.</source>
        <translatorcomment>review</translatorcomment>
        <translation>এই ঠিকানাটি এনক্রিপ্ট করা নয় (http://)। অনুগ্রহ করে সার্ভারের https:// ঠিকানাটি লিখুন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please type the full server address (starting with https://) and the code.</source>
        <translation>দয়া করে সার্ভারের পুরো ঠিকানা (https:// দিয়ে শুরু) আর কোডটি লিখুন।</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../deskclient/ui/work/reason_dialogs.py" line="+79"/>
        <source>Escalate this ticket</source>
        <translation>এই টিকিট বিশেষজ্ঞকে পাঠান</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why does this need a specialist? The note is not sent to the customer.</source>
        <translation>কেন এটা বিশেষজ্ঞের কাছে পাঠানো দরকার? এই নোট গ্রাহকের কাছে যায় না।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note</source>
        <translatorcomment>review</translatorcomment>
        <translation>ভেতরের নোট</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escalate</source>
        <translation>বিশেষজ্ঞকে পাঠান</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please write a short reason.</source>
        <translation>দয়া করে ছোট করে কারণটা লিখুন।</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../deskclient/ui/home_page.py" line="+60"/>
        <location line="+86"/>
        <source>Switch user</source>
        <translation>ব্যবহারকারী বদলান</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Lock the screen and let someone else log in (Ctrl+L)</source>
        <translation>স্ক্রিন লক করুন, যাতে অন্য কেউ লগ ইন করতে পারেন (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset a worker&apos;s PIN…</source>
        <translatorcomment>review</translatorcomment>
        <translation>কর্মীর পিন রিসেট করুন…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset a worker&apos;s PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>কর্মীর পিন রিসেট করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give someone who forgot their PIN a one-time PIN (Ctrl+R)</source>
        <translatorcomment>review</translatorcomment>
        <translation>যিনি পিন ভুলে গেছেন তাঁকে এককালীন পিন দিন (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done today</source>
        <translation>আজ শেষ করেছেন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done this week</source>
        <translation>এই সপ্তাহে শেষ করেছেন</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Start next task</source>
        <translation>পরের কাজ শুরু করুন</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Shortcut: Ctrl+N</source>
        <translation>শর্টকাট: Ctrl+N</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your role does not take tickets. Your tools come in a later version.</source>
        <translation>আপনার পদে টিকিট নেওয়া হয় না। আপনার কাজের টুল অ্যাপের পরের সংস্করণে আসবে।</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Your unfinished and returned tickets</source>
        <translation>আপনার অসমাপ্ত ও ফেরত আসা টিকিট</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting in the queue</source>
        <translation>অপেক্ষার তালিকায়</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tickets waiting in the queue</source>
        <translation>অপেক্ষার তালিকায় থাকা টিকিট</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+79"/>
        <location line="+3"/>
        <source>Average time: %1</source>
        <translation>গড় সময়: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Returned to you: %1</source>
        <translation>আপনার কাছে ফেরত এসেছে: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press Enter to continue</source>
        <translation>চালিয়ে যেতে দুবার ক্লিক করুন বা Enter চাপুন</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Waiting in the queue: %n ticket(s)</source>
        <translation>
            <numerusform>অপেক্ষার তালিকায়: %Lnটি টিকিট</numerusform>
            <numerusform>অপেক্ষার তালিকায়: %Lnটি টিকিট</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageButtons</name>
    <message>
        <location filename="../../deskclient/ui/language_picker.py" line="+66"/>
        <source>Language:</source>
        <translation>ভাষা:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the app in this language</source>
        <translatorcomment>review</translatorcomment>
        <translation>অ্যাপটি এই ভাষায় দেখান</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../deskclient/ui/login_page.py" line="+89"/>
        <location line="+8"/>
        <location line="+229"/>
        <location line="+5"/>
        <location filename="../../deskclient/ui/selftest.py" line="+187"/>
        <source>Who is working?</source>
        <extracomment>What the selftest&apos;s own claim-submit cycle writes into a text answer. Messages of Qt&apos;s offscreen platform itself, not of the app (the tests ignore them too).</extracomment>
        <translation>কে কাজ করছেন?</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Click your name.</source>
        <translation>আপনার নামে ক্লিক করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the arrow keys to find your name, then press Enter.</source>
        <translatorcomment>review</translatorcomment>
        <translation>তীর-চিহ্নের কী দিয়ে আপনার নাম খুঁজুন, তারপর Enter চাপুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting ready…</source>
        <translation>তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Log in as %1</source>
        <translation>%1 হিসেবে লগ ইন করুন</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No one is set up on this PC yet. Ask your center manager.</source>
        <translation>এই কম্পিউটারে এখনও কাউকে যোগ করা হয়নি। আপনার সেন্টার ম্যানেজারকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+1"/>
        <source>PIN or password</source>
        <translation>পিন বা পাসওয়ার্ড</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Log in</source>
        <translation>লগ ইন করুন</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>This is not me</source>
        <translation>এটা আমি নই</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/keypad.py" line="+25"/>
        <source>Delete last digit</source>
        <translation>শেষ সংখ্যাটি মুছুন</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Digit %1</source>
        <translation>অঙ্ক %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_page.py" line="+17"/>
        <location line="+103"/>
        <source>Hello, %1</source>
        <translatorcomment>review</translatorcomment>
        <translation>স্বাগতম, %1</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Please type your PIN.</source>
        <translation>দয়া করে আপনার পিন লিখুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can try again now.</source>
        <translation>এখন আবার চেষ্টা করতে পারেন।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="-377"/>
        <location line="+245"/>
        <source>deskclient</source>
        <translation>deskclient</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+216"/>
        <source>Working…</source>
        <translation>কাজ চলছে…</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>The work file was updated for this version of the app.</source>
        <translation>অ্যাপের এই সংস্করণের জন্য কাজের ফাইল আপডেট করা হয়েছে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC lost the key of its work file. Finished work is safe and will be sent; waiting tickets come back at the next sync, but unfinished drafts could not be kept.</source>
        <translatorcomment>review</translatorcomment>
        <translation>এই পিসি তার কাজের ফাইলের চাবি হারিয়েছে। শেষ করা কাজ নিরাপদ আছে এবং পাঠানো হবে; অপেক্ষমাণ টিকিটগুলো পরের সিঙ্কে ফিরে আসবে, কিন্তু অসম্পূর্ণ খসড়াগুলো রাখা যায়নি।</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The damaged file was kept in %1.</source>
        <translation>নষ্ট ফাইলটি এখানে রাখা হয়েছে: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your new PIN is saved. Use it from now on, on every PC of the center.</source>
        <translatorcomment>review</translatorcomment>
        <translation>আপনার নতুন পিন সংরক্ষিত হয়েছে। এখন থেকে সেন্টারের প্রতিটি কম্পিউটারে এটিই ব্যবহার করুন।</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <source>The screen was locked because nobody used it for a while.</source>
        <translation>কিছুক্ষণ কেউ ব্যবহার না করায় স্ক্রিন লক হয়ে গেছে।</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Disk full: tell your supervisor now</source>
        <translation>ডিস্ক ভরে গেছে: এখনই সুপারভাইজারকে জানান</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk space is low: tell your supervisor</source>
        <translation>ডিস্কে জায়গা কম: সুপারভাইজারকে জানান</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Something went wrong</source>
        <translation>কিছু একটা সমস্যা হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app met an unexpected error. Your saved work is safe. If it happens again, please tell your supervisor. Details are in the log file.</source>
        <translation>অ্যাপে হঠাৎ একটা সমস্যা হয়েছে। আপনার সেভ করা কাজ নিরাপদ আছে। আবার এমন হলে দয়া করে সুপারভাইজারকে জানান। বিস্তারিত তথ্য লগ ফাইলে আছে।</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../deskclient/ui/messages.py" line="+22"/>
        <source>That PIN is not right. %n more tries before a short wait.</source>
        <translation>
            <numerusform>পিনটি ঠিক নয়। আর %Lnবার চেষ্টা করতে পারবেন, তারপর একটু অপেক্ষা করতে হবে।</numerusform>
            <numerusform>পিনটি ঠিক নয়। আর %Lnবার চেষ্টা করতে পারবেন, তারপর একটু অপেক্ষা করতে হবে।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN is not right.</source>
        <translation>পিনটি ঠিক নয়।</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many wrong PINs. Please wait %n minute(s) and try again, or ask your supervisor.</source>
        <translation>
            <numerusform>অনেকবার ভুল পিন দেওয়া হয়েছে। দয়া করে %Ln মিনিট অপেক্ষা করে আবার চেষ্টা করুন, অথবা সুপারভাইজারকে জিজ্ঞাসা করুন।</numerusform>
            <numerusform>অনেকবার ভুল পিন দেওয়া হয়েছে। দয়া করে %Ln মিনিট অপেক্ষা করে আবার চেষ্টা করুন, অথবা সুপারভাইজারকে জিজ্ঞাসা করুন।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>অনেকবার ভুল পিন দেওয়া হয়েছে। দয়া করে %Ln সেকেন্ড অপেক্ষা করে আবার চেষ্টা করুন।</numerusform>
            <numerusform>অনেকবার ভুল পিন দেওয়া হয়েছে। দয়া করে %Ln সেকেন্ড অপেক্ষা করে আবার চেষ্টা করুন।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is not known on this PC. Ask your supervisor.</source>
        <translation>এই কম্পিউটারে এই ব্যক্তির নাম নেই। সুপারভাইজারকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is switched off. Ask your supervisor.</source>
        <translation>এই অ্যাকাউন্টটি বন্ধ করা আছে। সুপারভাইজারকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role cannot do this.</source>
        <translation>আপনার পদে এটা করা যায় না।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose your own PIN first.</source>
        <translatorcomment>review</translatorcomment>
        <translation>দয়া করে আগে নিজের পিন বেছে নিন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN needs at least 6 digits.</source>
        <translatorcomment>review</translatorcomment>
        <translation>পিনে অন্তত ৬টি অঙ্ক থাকতে হবে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN is too easy to guess (like 111111, 123456 or 121212). Please choose another.</source>
        <translatorcomment>review</translatorcomment>
        <translation>এই পিনটি খুব সহজে আন্দাজ করা যায় (যেমন 111111, 123456 বা 121212)। দয়া করে অন্য একটি বেছে নিন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password needs at least 8 characters, not the same few again and again. Or use a PIN of at least 6 digits.</source>
        <translatorcomment>review</translatorcomment>
        <translation>পাসওয়ার্ডে অন্তত ৮টি অক্ষর লাগবে, একই কয়েকটি অক্ষর বারবার নয়। অথবা অন্তত ৬ অঙ্কের পিন ব্যবহার করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <translatorcomment>review</translatorcomment>
        <translation>দুটি পিন এক নয়। দয়া করে আবার লিখুন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the PIN you have now. Please choose a new one.</source>
        <translatorcomment>review</translatorcomment>
        <translation>এটি আপনার এখনকার পিন। দয়া করে একটি নতুন পিন বেছে নিন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot reset the PIN of this person. Ask the center admin.</source>
        <translatorcomment>review</translatorcomment>
        <translation>আপনি এই ব্যক্তির পিন রিসেট করতে পারবেন না। সেন্টারের অ্যাডমিনকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tickets are waiting for you right now. Well done!</source>
        <translation>এখন আপনার জন্য কোনো টিকিট অপেক্ষায় নেই। খুব ভালো!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is no longer on this PC.</source>
        <translation>এই টিকিটটি আর এই কম্পিউটারে নেই।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is no longer yours: it was finished or handed back.</source>
        <translation>এই টিকিটটি আর আপনার নয়: এটি শেষ হয়ে গেছে বা ফেরত দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket cannot do that now.</source>
        <translation>এই টিকিটে এখন এটা করা যাবে না।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of task needs an app update.</source>
        <translation>এই ধরনের কাজের জন্য অ্যাপ আপডেট করতে হবে।</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You have %n unfinished tickets. Please finish one first.</source>
        <translation>
            <numerusform>আপনার %Lnটি টিকিট অসমাপ্ত আছে। দয়া করে আগে একটি শেষ করুন।</numerusform>
            <numerusform>আপনার %Lnটি টিকিট অসমাপ্ত আছে। দয়া করে আগে একটি শেষ করুন।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ticket&apos;s text cannot be read on this PC any more. It comes back after the next sync; please open it again then.</source>
        <translatorcomment>review</translatorcomment>
        <translation>এই টিকিটের লেখা এই কম্পিউটারে আর পড়া যাচ্ছে না। পরের সিঙ্কের পরে এটি ফিরে আসবে; তখন আবার খুলুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some answers are missing or not right. They are marked in red.</source>
        <translation>কিছু উত্তর নেই বা ঠিক নয়। সেগুলো লাল রঙে দেখানো আছে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please write a short reason.</source>
        <translation>দয়া করে ছোট করে কারণটা লিখুন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PC&apos;s disk is full. Your work is kept as a draft; please tell your supervisor.</source>
        <translation>কম্পিউটারের ডিস্ক ভরে গেছে। আপনার কাজ খসড়া হিসেবে রাখা আছে; দয়া করে সুপারভাইজারকে জানান।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PC is busy. Please try again in a moment.</source>
        <translation>কম্পিউটার এখন ব্যস্ত। একটু পরে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work file on this PC is damaged.</source>
        <translation>এই কম্পিউটারের কাজের ফাইলটি নষ্ট হয়ে গেছে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PC could not save. Your work is kept; please try again.</source>
        <translation>কম্পিউটার সেভ করতে পারেনি। আপনার কাজ রাখা আছে; দয়া করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong (%1).</source>
        <translation>কিছু একটা সমস্যা হয়েছে (%1)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required</source>
        <translation>পূরণ করতে হবে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one from the list</source>
        <translation>তালিকা থেকে একটি বেছে নিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long</source>
        <translation>খুব বড় হয়ে গেছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an e-mail address</source>
        <translation>এটা ই-মেইল ঠিকানা নয়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number</source>
        <translation>এটা ফোন নম্বর নয়</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not valid</source>
        <translation>ঠিক নয়</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 h %2 min</source>
        <translation>%1 ঘণ্টা %2 মিনিট</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 মিনিট %2 সেকেন্ড</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 সেকেন্ড</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="+59"/>
        <source>Priority</source>
        <translatorcomment>review</translatorcomment>
        <translation>গুরুত্ব</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>শেষ সময়</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Needs an app update</source>
        <translation>অ্যাপ আপডেট দরকার</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../deskclient/ui/recovery_page.py" line="+19"/>
        <source>The work file on this PC is damaged</source>
        <translation>এই কম্পিউটারের কাজের ফাইলটি নষ্ট হয়ে গেছে</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can happen after a power cut. The damaged file will be kept safely aside for your supervisor; nothing is deleted. Choose how to continue.</source>
        <translation>বিদ্যুৎ চলে গেলে এমন হতে পারে। নষ্ট ফাইলটি আপনার সুপারভাইজারের জন্য আলাদা করে নিরাপদে রাখা হবে; কিছুই মুছে ফেলা হবে না। কীভাবে এগোবেন, বেছে নিন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technical detail: %1</source>
        <translation>কারিগরি তথ্য: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Continue from the last backup (%1)</source>
        <translation>শেষ ব্যাকআপ থেকে চালিয়ে যান (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an empty work file</source>
        <translation>খালি কাজের ফাইল দিয়ে শুরু করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets will come again from the server at the next sync.</source>
        <translation>পরের বার সিঙ্ক হলে সার্ভার থেকে টিকিট আবার আসবে।</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="+24"/>
        <source>Worker</source>
        <translation>কর্মী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>সুপারভাইজার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer</source>
        <translation>প্রশিক্ষক</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center manager</source>
        <translation>সেন্টার ম্যানেজার</translation>
    </message>
</context>
<context>
    <name>SecretChangePage</name>
    <message>
        <location filename="../../deskclient/ui/secret_change_page.py" line="+35"/>
        <source>Hello, %1. Please choose your own PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>নমস্কার, %1। দয়া করে নিজের পিন বেছে নিন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN you just used was given to you to start with. Choose a new one that only you know: at least 6 digits, not easy to guess like 111111 or 123456. Never tell it to anybody, not even your supervisor.</source>
        <translatorcomment>review</translatorcomment>
        <translation>যে পিনটি আপনি এইমাত্র ব্যবহার করলেন সেটি শুরু করার জন্য দেওয়া হয়েছিল। এমন একটি নতুন পিন বেছে নিন যা শুধু আপনি জানেন: অন্তত ৬টি অঙ্ক, 111111 বা 123456-এর মতো সহজ নয়। কাউকে কখনও বলবেন না, আপনার সুপারভাইজারকেও না।</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>New PIN</source>
        <translation>নতুন পিন</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>New PIN again</source>
        <translatorcomment>review</translatorcomment>
        <translation>আবার নতুন পিন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type it again</source>
        <translation>আবার লিখুন</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>বার্তা</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Save my new PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>আমার নতুন পিন সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log out</source>
        <translation>লগ আউট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log out without changing the PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>পিন না বদলে লগ আউট করুন</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Please type your new PIN.</source>
        <translatorcomment>review</translatorcomment>
        <translation>দয়া করে আপনার নতুন পিন লিখুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please type your new PIN a second time.</source>
        <translatorcomment>review</translatorcomment>
        <translation>দয়া করে নতুন পিনটি দ্বিতীয়বার লিখুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>সংরক্ষণ হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>SecretResetDialog</name>
    <message>
        <location filename="../../deskclient/ui/secret_reset_dialog.py" line="+33"/>
        <source>Reset a PIN</source>
        <translation>পিন রিসেট করুন</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whose PIN was forgotten? They get a one-time PIN now and choose their own at their next login. This works without the server; the other PCs learn it at their next sync.</source>
        <translatorcomment>review</translatorcomment>
        <translation>কার পিন ভুলে যাওয়া হয়েছে? তিনি এখন একটি এককালীন পিন পাবেন এবং পরের লগইনে নিজের পিন বেছে নেবেন। এটি সার্ভার ছাড়াই কাজ করে; অন্য কম্পিউটারগুলো পরের সিঙ্কে এটি জানতে পারবে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People whose PIN you may reset</source>
        <translatorcomment>review</translatorcomment>
        <translation>যাঁদের পিন আপনি রিসেট করতে পারেন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Person</source>
        <translatorcomment>review</translatorcomment>
        <translation>ব্যক্তি (&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nobody here whose PIN you may reset.</source>
        <translatorcomment>review</translatorcomment>
        <translation>এখানে এমন কেউ নেই যাঁর পিন আপনি রিসেট করতে পারেন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make a one-time PIN for me</source>
        <translatorcomment>review</translatorcomment>
        <translation>আমার জন্য একটি এককালীন পিন তৈরি করুন (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a one-time PIN for me</source>
        <translatorcomment>review</translatorcomment>
        <translation>আমার জন্য একটি এককালীন পিন তৈরি করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will &amp;type a one-time PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>আমি নিজে একটি এককালীন পিন লিখব (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will type a one-time PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>আমি নিজে একটি এককালীন পিন লিখব</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One-time PIN</source>
        <translation>এককালীন পিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time PIN again</source>
        <translatorcomment>review</translatorcomment>
        <translation>আবার এককালীন পিন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset PIN</source>
        <translation>পিন রিসেট করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the PIN of the chosen person</source>
        <translatorcomment>review</translatorcomment>
        <translation>বেছে নেওয়া ব্যক্তির পিন রিসেট করুন</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Please choose the person first.</source>
        <translatorcomment>review</translatorcomment>
        <translation>দয়া করে আগে ব্যক্তিকে বেছে নিন।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please type the one-time PIN.</source>
        <translatorcomment>review</translatorcomment>
        <translation>দয়া করে এককালীন পিনটি লিখুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <translatorcomment>review</translatorcomment>
        <translation>দুটি পিন এক নয়। দয়া করে আবার লিখুন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resetting…</source>
        <translatorcomment>review</translatorcomment>
        <translation>রিসেট হচ্ছে…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tell it to them in person, not in writing. It is shown only this once; they choose their own PIN when they log in with it.</source>
        <translatorcomment>review</translatorcomment>
        <translation>এটি তাঁকে সামনাসামনি বলুন, লিখে দেবেন না। এটি শুধু এই একবারই দেখানো হবে; এটি দিয়ে লগইন করার সময় তিনি নিজের পিন বেছে নেবেন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>হয়ে গেছে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: hide the one-time PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>হয়ে গেছে: এককালীন পিন লুকান</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PIN of %1 was reset to the one you typed.</source>
        <translatorcomment>review</translatorcomment>
        <translation>%1-এর পিন আপনার লেখা পিনে রিসেট করা হয়েছে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The one-time PIN of %1 is:</source>
        <translatorcomment>review</translatorcomment>
        <translation>%1-এর এককালীন পিন হল:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-time PIN: %1</source>
        <translatorcomment>review</translatorcomment>
        <translation>এককালীন পিন: %1</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <location filename="../../deskclient/ui/work/reason_dialogs.py" line="-75"/>
        <source>Skip this ticket</source>
        <translation>এই টিকিট বাদ দিন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I do not read this language well</source>
        <translation>আমি এই ভাষা ভালো পড়তে পারি না</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket is not clear</source>
        <translation>টিকিটটি পরিষ্কার নয়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am not trained for this yet</source>
        <translation>আমি এখনও এর প্রশিক্ষণ পাইনি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I know this customer personally</source>
        <translation>আমি এই গ্রাহককে ব্যক্তিগতভাবে চিনি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another reason (please write it)</source>
        <translation>অন্য কারণ (দয়া করে লিখুন)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why are you skipping it? Someone else will get it.</source>
        <translation>কেন বাদ দিচ্ছেন? এটি অন্য কেউ পাবেন।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note (optional)</source>
        <translation>নোট (ইচ্ছা হলে)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skip ticket</source>
        <translation>টিকিট বাদ দিন</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Please write a short reason.</source>
        <translation>দয়া করে ছোট করে কারণটা লিখুন।</translation>
    </message>
</context>
<context>
    <name>SupportTicketScreen</name>
    <message>
        <location filename="../../deskclient/ui/work/support_ticket.py" line="+59"/>
        <source>← Save and go back</source>
        <translation>← সেভ করে ফিরে যান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps your answer as a draft (Ctrl+S)</source>
        <translation>আপনার উত্তর খসড়া হিসেবে রেখে দেয় (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority: %1</source>
        <translatorcomment>review</translatorcomment>
        <translation>গুরুত্ব: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due: %1</source>
        <translation>শেষ সময়: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save and go back</source>
        <translation>সংরক্ষণ করে ফিরে যান</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Some characters of this ticket were damaged before it reached this PC. They are shown as �.</source>
        <translatorcomment>review</translatorcomment>
        <translation>এই কম্পিউটারে পৌঁছানোর আগেই এই টিকিটের কিছু অক্ষর নষ্ট হয়ে গিয়েছিল। সেগুলো � হিসেবে দেখানো হয়েছে।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer&apos;s message</source>
        <translation>গ্রাহকের বার্তা</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>বার্তা</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Canned responses</source>
        <translation>তৈরি উত্তর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a ready answer…</source>
        <translation>একটি তৈরি উত্তর বেছে নিন…</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+70"/>
        <source>Insert</source>
        <translation>যোগ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the ready answer into the reply (Ctrl+R)</source>
        <translation>তৈরি উত্তরটি জবাবে যোগ করুন (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready answers:</source>
        <translation>তৈরি উত্তর:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only your team sees this.</source>
        <translation>এটা শুধু আপনার দল দেখতে পায়।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>— choose —</source>
        <translation>— বেছে নিন —</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+126"/>
        <source>Skip…</source>
        <translation>বাদ দিন…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this ticket to someone else (Ctrl+K)</source>
        <translation>এই টিকিট অন্য কাউকে দিন (Ctrl+K)</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+128"/>
        <source>Escalate…</source>
        <translation>বিশেষজ্ঞকে পাঠান…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to a specialist (Ctrl+E)</source>
        <translation>বিশেষজ্ঞের কাছে পাঠান (Ctrl+E)</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+133"/>
        <source>Submit</source>
        <translation>জমা দিন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send your answer (Ctrl+Enter)</source>
        <translation>আপনার উত্তর পাঠান (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SyncPresenter</name>
    <message>
        <location filename="../../deskclient/ui/sync_presenter.py" line="+86"/>
        <source>Connected. This PC has no keyring, so its key is kept in a protected file.</source>
        <translatorcomment>review</translatorcomment>
        <translation>যুক্ত হয়েছে। এই কম্পিউটারে কি-রিং (keyring) নেই, তাই এর গোপন চাবি (key) একটি সুরক্ষিত ফাইলে রাখা হয়েছে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to the central server.</source>
        <translation>মূল সার্ভারের সঙ্গে যুক্ত হয়েছে।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export unsent work</source>
        <translatorcomment>review</translatorcomment>
        <translation>পাঠানো হয়নি এমন কাজ রপ্তানি করুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsent work (*.json)</source>
        <translatorcomment>review</translatorcomment>
        <translation>পাঠানো হয়নি এমন কাজ (*.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file could not be written (%1). Nothing was lost; try another place, for example a USB stick.</source>
        <translatorcomment>review</translatorcomment>
        <translation>ফাইলটি লেখা যায়নি (%1)। কিছুই হারায়নি; অন্য কোনো জায়গায় চেষ্টা করুন, যেমন একটি ইউএসবি স্টিকে।</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unsent item(s) saved to %1. Give this file to your manager for the central server.</source>
        <translatorcomment>review</translatorcomment>
        <translation>
            <numerusform>%Lnটি না-পাঠানো কাজ %1-এ সংরক্ষিত হয়েছে। মূল সার্ভারের জন্য ফাইলটি আপনার ম্যানেজারকে দিন।</numerusform>
            <numerusform>%Lnটি না-পাঠানো কাজ %1-এ সংরক্ষিত হয়েছে। মূল সার্ভারের জন্য ফাইলটি আপনার ম্যানেজারকে দিন।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Sync finished: %n new ticket(s).</source>
        <translation>
            <numerusform>সিঙ্ক শেষ হয়েছে: %Lnটি নতুন টিকিট।</numerusform>
            <numerusform>সিঙ্ক শেষ হয়েছে: %Lnটি নতুন টিকিট।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../deskclient/ui/sync_status.py" line="+119"/>
        <source>Offline: work continues and is sent later</source>
        <translation>অফলাইন: কাজ চলতে থাকবে, পরে পাঠানো হবে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is slow to answer; trying again later</source>
        <translation>সার্ভার উত্তর দিতে দেরি করছে; পরে আবার চেষ্টা করা হবে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has a problem; trying again later</source>
        <translation>সার্ভারে সমস্যা হয়েছে; পরে আবার চেষ্টা করা হবে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy; trying again later</source>
        <translation>সার্ভার এখন ব্যস্ত; পরে আবার চেষ্টা করা হবে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server no longer accepts this PC: ask your manager</source>
        <translatorcomment>review</translatorcomment>
        <translation>সার্ভার এই কম্পিউটারকে আর নিচ্ছে না: আপনার সেন্টার ম্যানেজারকে জিজ্ঞাসা করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please update the app to keep syncing</source>
        <translation>সিঙ্ক চালু রাখতে দয়া করে অ্যাপ আপডেট করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer was damaged; nothing was lost</source>
        <translation>সার্ভারের উত্তর নষ্ট হয়ে এসেছে; কিছুই হারায়নি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC was disconnected by the center&apos;s server</source>
        <translatorcomment>review</translatorcomment>
        <translation>সেন্টারের সার্ভার এই কম্পিউটারের সংযোগ বিচ্ছিন্ন করেছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted by this PC: ask your manager (the center&apos;s CA file may be needed)</source>
        <translatorcomment>review</translatorcomment>
        <translation>এই পিসি সার্ভারের সার্টিফিকেটে ভরসা করে না: আপনার ম্যানেজারকে জিজ্ঞেস করুন (সেন্টারের CA ফাইল লাগতে পারে)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection to the server could not be made: ask your manager</source>
        <translatorcomment>review</translatorcomment>
        <translation>সার্ভারের সঙ্গে নিরাপদ সংযোগ করা যায়নি: আপনার ম্যানেজারকে জিজ্ঞেস করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server address is not encrypted (http://): use its https:// address</source>
        <translatorcomment>review</translatorcomment>
        <translation>সার্ভারের ঠিকানা এনক্রিপ্ট করা নয় (http://): এর https:// ঠিকানা ব্যবহার করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a server address: it starts with https://</source>
        <translatorcomment>review</translatorcomment>
        <translation>এটা সার্ভারের ঠিকানা নয়: ঠিকানা https:// দিয়ে শুরু হয়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The center&apos;s CA file cannot be used: ask your manager</source>
        <translatorcomment>review</translatorcomment>
        <translation>সেন্টারের CA ফাইলটি ব্যবহার করা যাচ্ছে না: আপনার ম্যানেজারকে জিজ্ঞেস করুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to a server yet</source>
        <translation>এখনও কোনো সার্ভারের সঙ্গে যুক্ত হয়নি</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC&apos;s key is missing: connect it to the server again</source>
        <translatorcomment>review</translatorcomment>
        <translation>এই কম্পিউটারের গোপন চাবি (key) পাওয়া যাচ্ছে না: আবার সার্ভারের সঙ্গে যুক্ত করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync did not finish; it will be tried again</source>
        <translation>সিঙ্ক শেষ হয়নি; আবার চেষ্টা করা হবে</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location line="-84"/>
        <source>Sync progress</source>
        <translation>সিঙ্ক কতটা হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>এখনই সিঙ্ক করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send finished work and fetch new tickets now</source>
        <translation>শেষ করা কাজ পাঠান আর নতুন টিকিট এখনই নিয়ে আসুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to server…</source>
        <translation>সার্ভারের সঙ্গে যুক্ত করুন…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export unsent work…</source>
        <translatorcomment>review</translatorcomment>
        <translation>পাঠানো হয়নি এমন কাজ রপ্তানি করুন…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the work this PC could not send to a file, for the central server&apos;s operator</source>
        <translatorcomment>review</translatorcomment>
        <translation>এই কম্পিউটার যে কাজ পাঠাতে পারেনি তা একটি ফাইলে সংরক্ষণ করুন, মূল সার্ভারের পরিচালকের জন্য</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to a server yet</source>
        <translation>এখনও কোনো সার্ভারের সঙ্গে যুক্ত হয়নি</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC was disconnected by the center&apos;s server. Nothing is lost: export the unsent work and give the file to your manager.</source>
        <translatorcomment>review</translatorcomment>
        <translation>সেন্টারের সার্ভার এই কম্পিউটারের সংযোগ বিচ্ছিন্ন করেছে। কিছুই হারায়নি: না-পাঠানো কাজ রপ্তানি করে ফাইলটি আপনার ম্যানেজারকে দিন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translation>সিঙ্ক হচ্ছে…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1</source>
        <translation>%1 থেকে অফলাইন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync did not finish; it will be tried again</source>
        <translation>আগের সিঙ্ক শেষ হয়নি; আবার চেষ্টা করা হবে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>অনলাইন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translatorcomment>review</translatorcomment>
        <translation>এখনও হয়নি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>শেষ সিঙ্ক: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) waiting to be sent</source>
        <translatorcomment>review</translatorcomment>
        <translation>
            <numerusform>%Lnটি কাজ পাঠানোর অপেক্ষায়</numerusform>
            <numerusform>%Lnটি কাজ পাঠানোর অপেক্ষায়</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC&apos;s clock is wrong: ask your supervisor to set it</source>
        <translation>এই কম্পিউটারের ঘড়ির সময় ভুল: সুপারভাইজারকে ঠিক করে দিতে বলুন</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) need attention</source>
        <translatorcomment>review</translatorcomment>
        <translation>
            <numerusform>%Lnটি কাজে নজর দেওয়া দরকার</numerusform>
            <numerusform>%Lnটি কাজে নজর দেওয়া দরকার</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending work</source>
        <translation>কাজ পাঠানো হচ্ছে</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetching tickets</source>
        <translation>টিকিট আনা হচ্ছে</translation>
    </message>
</context>
<context>
    <name>TooNewPage</name>
    <message>
        <location filename="../../deskclient/ui/recovery_page.py" line="+13"/>
        <source>This PC needs the new version of deskclient</source>
        <translation>এই কম্পিউটারে deskclient-এর নতুন সংস্করণ দরকার</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The work file on this PC was saved by a newer version of the app. Nothing was changed and no work is lost. Please ask your center manager to install the update.</source>
        <translation>এই কম্পিউটারের কাজের ফাইলটি অ্যাপের একটি নতুন সংস্করণ দিয়ে সেভ করা হয়েছে। কিছুই বদলানো হয়নি, কোনো কাজ হারায়নি। আপডেটটি ইনস্টল করতে আপনার সেন্টার ম্যানেজারকে বলুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technical detail: %1</source>
        <translation>কারিগরি তথ্য: %1</translation>
    </message>
</context>
<context>
    <name>WorkerSession</name>
    <message>
        <location filename="../../deskclient/ui/session.py" line="+150"/>
        <source>Sent. Well done!</source>
        <translation>পাঠানো হয়েছে। খুব ভালো!</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Escalated to a specialist.</source>
        <translation>বিশেষজ্ঞের কাছে পাঠানো হয়েছে।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Skipped. Someone else will take it.</source>
        <translation>বাদ দেওয়া হয়েছে। অন্য কেউ এটি নেবেন।</translation>
    </message>
</context>
<context>
    <name>support_ticket</name>
    <message>
        <location filename="../../deskclient/domain/kinds/support_ticket.py" line="+13"/>
        <source>Account access</source>
        <translatorcomment>review</translatorcomment>
        <translation>অ্যাকাউন্টে ঢুকতে সমস্যা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing and payments</source>
        <translation>বিল ও পেমেন্ট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet and connectivity</source>
        <translation>ইন্টারনেট ও সংযোগ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device set-up</source>
        <translatorcomment>review</translatorcomment>
        <translation>ডিভাইস সেট-আপ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App or software fault</source>
        <translation>অ্যাপ বা সফটওয়্যারে সমস্যা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How-to question</source>
        <translatorcomment>review</translatorcomment>
        <translation>কীভাবে করবেন, সেই প্রশ্ন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware fault</source>
        <translatorcomment>review</translatorcomment>
        <translation>যন্ত্রে (হার্ডওয়্যারে) সমস্যা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security or fraud</source>
        <translation>নিরাপত্তা বা প্রতারণা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>অন্যান্য</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>কম</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>সাধারণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>বেশি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>জরুরি</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered with instructions</source>
        <translation>নির্দেশনা দিয়ে উত্তর দেওয়া হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset sent</source>
        <translation>পাসওয়ার্ড রিসেট পাঠানো হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund requested</source>
        <translation>টাকা ফেরতের অনুরোধ করা হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair or replacement arranged</source>
        <translation>মেরামত বা বদলে দেওয়ার ব্যবস্থা হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the customer</source>
        <translation>গ্রাহকের উত্তরের অপেক্ষায়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate ticket</source>
        <translation>একই টিকিট আবার এসেছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action needed</source>
        <translation>কিছু করার দরকার নেই</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reproduce</source>
        <translatorcomment>review</translatorcomment>
        <translation>সমস্যাটি আবার ঘটানো যায়নি</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>E-mail</source>
        <translation>ই-মেইল</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Chat</source>
        <translation>চ্যাট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>ফোন কল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>ওয়েব ফর্ম</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support ticket</source>
        <translation>সহায়তা টিকিট</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>বার্তা</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>পণ্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translatorcomment>review</translatorcomment>
        <translation>কোন পথে এসেছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>বিভাগ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translatorcomment>review</translatorcomment>
        <translation>গুরুত্ব</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>সমাধান</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to the customer</source>
        <translation>গ্রাহককে উত্তর</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated</source>
        <translation>বিশেষজ্ঞের কাছে পাঠানো</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal note</source>
        <translatorcomment>review</translatorcomment>
        <translation>ভেতরের নোট</translation>
    </message>
</context>
</TS>
