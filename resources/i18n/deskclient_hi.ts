<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../deskclient/ui/app.py" line="+59"/>
        <source>deskclient is already open on this PC.</source>
        <translation>deskclient इस कंप्यूटर पर पहले से खुला है।</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../deskclient/ui/sync_dialogs.py" line="+91"/>
        <location line="+6"/>
        <source>Items that need attention</source>
        <translatorcomment>review</translatorcomment>
        <translation>जिन कामों पर ध्यान देना है</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server did not accept these items. Your supervisor can check them; everything else keeps syncing.</source>
        <translatorcomment>review</translatorcomment>
        <translation>सर्वर ने ये काम स्वीकार नहीं किए। आपके सुपरवाइज़र इन्हें देख सकते हैं; बाकी सब कुछ सिंक होता रहेगा।</translation>
    </message>
</context>
<context>
    <name>DemoServerToggle</name>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="+426"/>
        <source>Demo: the server is stopped. Keep working; nothing is lost.</source>
        <translation>डेमो: सर्वर बंद है। काम करते रहें; कुछ भी नहीं खोएगा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo: the server is back. Syncing…</source>
        <translation>डेमो: सर्वर फिर से चालू है। सिंक हो रहा है…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo: stop server</source>
        <translation>डेमो: सर्वर बंद करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demo: start server</source>
        <translation>डेमो: सर्वर चालू करें</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../deskclient/ui/sync_dialogs.py" line="-76"/>
        <source>Connect this PC to the central server</source>
        <translation>इस कंप्यूटर को मुख्य सर्वर से जोड़ें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrollment code</source>
        <translatorcomment>review</translatorcomment>
        <translation>जोड़ने का कोड</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This address is not encrypted (http://). That is only for a test server on this PC; a real server address starts with https://.</source>
        <extracomment>Shown while the address is plain http:// to this PC itself (allowed for the demo and tests).</extracomment>
        <translatorcomment>review</translatorcomment>
        <translation>यह पता एन्क्रिप्टेड नहीं है (http://)। यह केवल इस पीसी के परीक्षण सर्वर के लिए है; असली सर्वर का पता https:// से शुरू होता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server address:</source>
        <translation>सर्वर का पता:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment code:</source>
        <translatorcomment>review</translatorcomment>
        <translation>जोड़ने का कोड:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your center manager for the server address and a one-time code.</source>
        <translation>सर्वर का पता और एक बार इस्तेमाल होने वाला कोड अपने सेंटर मैनेजर से माँगें।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This address is not encrypted (http://). Please type the https:// address of the server.</source>
        <translatorcomment>review</translatorcomment>
        <translation>यह पता एन्क्रिप्टेड नहीं है (http://)। कृपया सर्वर का https:// पता लिखें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please type the full server address (starting with https://) and the code.</source>
        <translation>कृपया सर्वर का पूरा पता (https:// से शुरू होने वाला) और कोड लिखें।</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../deskclient/ui/work/reason_dialogs.py" line="+79"/>
        <source>Escalate this ticket</source>
        <translation>यह टिकट विशेषज्ञ को भेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why does this need a specialist? The note is not sent to the customer.</source>
        <translation>इसे विशेषज्ञ की ज़रूरत क्यों है? यह नोट ग्राहक को नहीं भेजा जाता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note</source>
        <translatorcomment>review</translatorcomment>
        <translation>अंदरूनी नोट</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escalate</source>
        <translation>विशेषज्ञ को भेजें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please write a short reason.</source>
        <translation>कृपया छोटा सा कारण लिखें।</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../deskclient/ui/home_page.py" line="+60"/>
        <location line="+86"/>
        <source>Switch user</source>
        <translatorcomment>review</translatorcomment>
        <translation>यूज़र बदलें</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Lock the screen and let someone else log in (Ctrl+L)</source>
        <translation>स्क्रीन लॉक करें और किसी और को लॉग इन करने दें (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset a worker&apos;s PIN…</source>
        <translatorcomment>review</translatorcomment>
        <translation>कर्मचारी का पिन रीसेट करें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset a worker&apos;s PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>कर्मचारी का पिन रीसेट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give someone who forgot their PIN a one-time PIN (Ctrl+R)</source>
        <translatorcomment>review</translatorcomment>
        <translation>जो अपना पिन भूल गए हैं उन्हें एक बार का पिन दें (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done today</source>
        <translation>आज पूरे किए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done this week</source>
        <translation>इस हफ़्ते पूरे किए</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Start next task</source>
        <translation>अगला काम शुरू करें</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Shortcut: Ctrl+N</source>
        <translation>शॉर्टकट: Ctrl+N</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your role does not take tickets. Your tools come in a later version.</source>
        <translation>आपकी भूमिका में टिकट नहीं लिए जाते। आपके काम के टूल ऐप के अगले वर्ज़न में आएँगे।</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Your unfinished and returned tickets</source>
        <translation>आपके अधूरे और लौटाए गए टिकट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting in the queue</source>
        <translation>कतार में इंतज़ार कर रहे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tickets waiting in the queue</source>
        <translation>कतार में इंतज़ार कर रहे टिकट</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+79"/>
        <location line="+3"/>
        <source>Average time: %1</source>
        <translation>औसत समय: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Returned to you: %1</source>
        <translation>आपको लौटाया गया: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press Enter to continue</source>
        <translation>जारी रखने के लिए डबल-क्लिक करें या Enter दबाएँ</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Waiting in the queue: %n ticket(s)</source>
        <translation>
            <numerusform>कतार में: %Ln टिकट</numerusform>
            <numerusform>कतार में: %Ln टिकट</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageButtons</name>
    <message>
        <location filename="../../deskclient/ui/language_picker.py" line="+66"/>
        <source>Language:</source>
        <translation>भाषा:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the app in this language</source>
        <translatorcomment>review</translatorcomment>
        <translation>ऐप इस भाषा में दिखाएँ</translation>
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
        <translation>कौन काम कर रहा है?</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Click your name.</source>
        <translation>अपने नाम पर क्लिक करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the arrow keys to find your name, then press Enter.</source>
        <translatorcomment>review</translatorcomment>
        <translation>तीर वाली कुंजियों से अपना नाम ढूँढें, फिर Enter दबाएँ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting ready…</source>
        <translation>तैयार हो रहा है…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Log in as %1</source>
        <translation>%1 के रूप में लॉग इन करें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No one is set up on this PC yet. Ask your center manager.</source>
        <translation>इस कंप्यूटर पर अभी किसी को जोड़ा नहीं गया है। अपने सेंटर मैनेजर से पूछें।</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+1"/>
        <source>PIN or password</source>
        <translation>पिन या पासवर्ड</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Log in</source>
        <translation>लॉग इन करें</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>This is not me</source>
        <translation>यह मैं नहीं हूँ</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/keypad.py" line="+25"/>
        <source>Delete last digit</source>
        <translation>आख़िरी अंक मिटाएँ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Digit %1</source>
        <translation>अंक %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_page.py" line="+17"/>
        <location line="+103"/>
        <source>Hello, %1</source>
        <translation>नमस्ते, %1</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Please type your PIN.</source>
        <translation>कृपया अपना पिन लिखें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can try again now.</source>
        <translation>अब आप फिर से कोशिश कर सकते हैं।</translation>
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
        <translation>काम चल रहा है…</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>The work file was updated for this version of the app.</source>
        <translation>ऐप के इस वर्ज़न के लिए काम की फ़ाइल अपडेट कर दी गई है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC lost the key of its work file. Finished work is safe and will be sent; waiting tickets come back at the next sync, but unfinished drafts could not be kept.</source>
        <translatorcomment>review</translatorcomment>
        <translation>इस पीसी ने अपनी कार्य फ़ाइल की कुंजी खो दी है। पूरा किया गया काम सुरक्षित है और भेजा जाएगा; प्रतीक्षा में टिकट अगले सिंक में वापस आएँगे, लेकिन अधूरे ड्राफ़्ट नहीं रखे जा सके।</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The damaged file was kept in %1.</source>
        <translation>ख़राब फ़ाइल यहाँ रख दी गई है: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your new PIN is saved. Use it from now on, on every PC of the center.</source>
        <translatorcomment>review</translatorcomment>
        <translation>आपका नया पिन सहेज लिया गया है। अब से केंद्र के हर कंप्यूटर पर इसी का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <source>The screen was locked because nobody used it for a while.</source>
        <translation>कुछ देर तक किसी ने इस्तेमाल नहीं किया, इसलिए स्क्रीन लॉक हो गई।</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Disk full: tell your supervisor now</source>
        <translation>डिस्क भर गई है: अभी अपने सुपरवाइज़र को बताएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk space is low: tell your supervisor</source>
        <translation>डिस्क में जगह कम है: अपने सुपरवाइज़र को बताएँ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Something went wrong</source>
        <translation>कुछ गड़बड़ हो गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app met an unexpected error. Your saved work is safe. If it happens again, please tell your supervisor. Details are in the log file.</source>
        <translation>ऐप में अचानक एक गड़बड़ी हुई। आपका सहेजा हुआ काम सुरक्षित है। अगर फिर से ऐसा हो, तो कृपया अपने सुपरवाइज़र को बताएँ। पूरी जानकारी लॉग फ़ाइल में है।</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../deskclient/ui/messages.py" line="+22"/>
        <source>That PIN is not right. %n more tries before a short wait.</source>
        <translation>
            <numerusform>यह पिन सही नहीं है। आप %Ln बार और कोशिश कर सकते हैं, फिर थोड़ी देर रुकना होगा।</numerusform>
            <numerusform>यह पिन सही नहीं है। आप %Ln बार और कोशिश कर सकते हैं, फिर थोड़ी देर रुकना होगा।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN is not right.</source>
        <translation>यह पिन सही नहीं है।</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many wrong PINs. Please wait %n minute(s) and try again, or ask your supervisor.</source>
        <translation>
            <numerusform>कई बार ग़लत पिन डाला गया। कृपया %Ln मिनट रुककर फिर कोशिश करें, या अपने सुपरवाइज़र से पूछें।</numerusform>
            <numerusform>कई बार ग़लत पिन डाला गया। कृपया %Ln मिनट रुककर फिर कोशिश करें, या अपने सुपरवाइज़र से पूछें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>कई बार ग़लत पिन डाला गया। कृपया %Ln सेकंड रुककर फिर कोशिश करें।</numerusform>
            <numerusform>कई बार ग़लत पिन डाला गया। कृपया %Ln सेकंड रुककर फिर कोशिश करें।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is not known on this PC. Ask your supervisor.</source>
        <translation>यह व्यक्ति इस कंप्यूटर पर दर्ज नहीं है। अपने सुपरवाइज़र से पूछें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is switched off. Ask your supervisor.</source>
        <translation>यह अकाउंट बंद है। अपने सुपरवाइज़र से पूछें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role cannot do this.</source>
        <translation>आपकी भूमिका में यह काम नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose your own PIN first.</source>
        <translatorcomment>review</translatorcomment>
        <translation>कृपया पहले अपना पिन चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN needs at least 6 digits.</source>
        <translatorcomment>review</translatorcomment>
        <translation>पिन में कम से कम 6 अंक होने चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN is too easy to guess (like 111111, 123456 or 121212). Please choose another.</source>
        <translatorcomment>review</translatorcomment>
        <translation>यह पिन आसानी से अनुमान लगाया जा सकता है (जैसे 111111, 123456 या 121212)। कृपया कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password needs at least 8 characters, not the same few again and again. Or use a PIN of at least 6 digits.</source>
        <translatorcomment>review</translatorcomment>
        <translation>पासवर्ड में कम से कम 8 अक्षर होने चाहिए, वही कुछ अक्षर बार-बार नहीं। या कम से कम 6 अंकों का पिन इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <translatorcomment>review</translatorcomment>
        <translation>दोनों पिन एक जैसे नहीं हैं। कृपया उन्हें फिर से लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the PIN you have now. Please choose a new one.</source>
        <translatorcomment>review</translatorcomment>
        <translation>यह आपका अभी का पिन है। कृपया नया पिन चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot reset the PIN of this person. Ask the center admin.</source>
        <translatorcomment>review</translatorcomment>
        <translation>आप इस व्यक्ति का पिन रीसेट नहीं कर सकते। केंद्र के एडमिन से पूछें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tickets are waiting for you right now. Well done!</source>
        <translation>अभी आपके लिए कोई टिकट इंतज़ार में नहीं है। बहुत बढ़िया!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is no longer on this PC.</source>
        <translation>यह टिकट अब इस कंप्यूटर पर नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is no longer yours: it was finished or handed back.</source>
        <translation>यह टिकट अब आपका नहीं है: यह पूरा हो गया या वापस कर दिया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket cannot do that now.</source>
        <translation>इस टिकट के साथ अभी यह नहीं हो सकता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of task needs an app update.</source>
        <translation>इस तरह के काम के लिए ऐप को अपडेट करना होगा।</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You have %n unfinished tickets. Please finish one first.</source>
        <translatorcomment>review</translatorcomment>
        <translation>
            <numerusform>आपका %Ln टिकट अधूरा है। कृपया पहले उसे पूरा करें।</numerusform>
            <numerusform>आपके %Ln टिकट अधूरे हैं। कृपया पहले एक पूरा करें।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ticket&apos;s text cannot be read on this PC any more. It comes back after the next sync; please open it again then.</source>
        <translatorcomment>review</translatorcomment>
        <translation>इस टिकट का पाठ अब इस कंप्यूटर पर पढ़ा नहीं जा सकता। अगले सिंक के बाद यह वापस आ जाएगा; तब इसे फिर से खोलें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some answers are missing or not right. They are marked in red.</source>
        <translation>कुछ जवाब छूट गए हैं या सही नहीं हैं। उन्हें लाल रंग में दिखाया गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please write a short reason.</source>
        <translation>कृपया छोटा सा कारण लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PC&apos;s disk is full. Your work is kept as a draft; please tell your supervisor.</source>
        <translation>कंप्यूटर की डिस्क भर गई है। आपका काम ड्राफ़्ट के रूप में रखा गया है; कृपया अपने सुपरवाइज़र को बताएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PC is busy. Please try again in a moment.</source>
        <translation>कंप्यूटर अभी व्यस्त है। कृपया थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work file on this PC is damaged.</source>
        <translation>इस कंप्यूटर की काम की फ़ाइल ख़राब हो गई है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PC could not save. Your work is kept; please try again.</source>
        <translation>कंप्यूटर सहेज नहीं पाया। आपका काम रखा हुआ है; कृपया फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong (%1).</source>
        <translation>कुछ गड़बड़ हो गई (%1)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required</source>
        <translation>ज़रूरी है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one from the list</source>
        <translation>सूची में से एक चुनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long</source>
        <translation>बहुत लंबा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an e-mail address</source>
        <translation>यह ई-मेल पता नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number</source>
        <translation>यह फ़ोन नंबर नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not valid</source>
        <translation>सही नहीं है</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 h %2 min</source>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 मिनट %2 सेकंड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="+59"/>
        <source>Priority</source>
        <translatorcomment>review</translatorcomment>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>आख़िरी समय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Needs an app update</source>
        <translation>ऐप अपडेट चाहिए</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../deskclient/ui/recovery_page.py" line="+19"/>
        <source>The work file on this PC is damaged</source>
        <translation>इस कंप्यूटर की काम की फ़ाइल ख़राब हो गई है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can happen after a power cut. The damaged file will be kept safely aside for your supervisor; nothing is deleted. Choose how to continue.</source>
        <translation>बिजली जाने के बाद ऐसा हो सकता है। ख़राब फ़ाइल आपके सुपरवाइज़र के लिए अलग से सुरक्षित रखी जाएगी; कुछ भी मिटाया नहीं जाएगा। आगे कैसे बढ़ना है, चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technical detail: %1</source>
        <translation>तकनीकी जानकारी: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Continue from the last backup (%1)</source>
        <translation>आख़िरी बैकअप से आगे चलें (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an empty work file</source>
        <translation>खाली काम की फ़ाइल से शुरू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets will come again from the server at the next sync.</source>
        <translation>अगली बार सिंक होने पर टिकट सर्वर से फिर आ जाएँगे।</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="+24"/>
        <source>Worker</source>
        <translation>कर्मचारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>सुपरवाइज़र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer</source>
        <translation>ट्रेनर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center manager</source>
        <translation>सेंटर मैनेजर</translation>
    </message>
</context>
<context>
    <name>SecretChangePage</name>
    <message>
        <location filename="../../deskclient/ui/secret_change_page.py" line="+35"/>
        <source>Hello, %1. Please choose your own PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>नमस्ते, %1। कृपया अपना पिन चुनें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN you just used was given to you to start with. Choose a new one that only you know: at least 6 digits, not easy to guess like 111111 or 123456. Never tell it to anybody, not even your supervisor.</source>
        <translatorcomment>review</translatorcomment>
        <translation>जो पिन आपने अभी इस्तेमाल किया, वह शुरुआत के लिए दिया गया था। एक नया पिन चुनें जो सिर्फ़ आप जानते हों: कम से कम 6 अंक, 111111 या 123456 जैसा आसान नहीं। इसे कभी किसी को न बताएँ, अपने सुपरवाइज़र को भी नहीं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>New PIN</source>
        <translation>नया पिन</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>New PIN again</source>
        <translatorcomment>review</translatorcomment>
        <translation>नया पिन दोबारा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type it again</source>
        <translation>फिर से लिखें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Save my new PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>मेरा नया पिन सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log out</source>
        <translation>लॉग आउट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log out without changing the PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>पिन बदले बिना लॉग आउट करें</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Please type your new PIN.</source>
        <translatorcomment>review</translatorcomment>
        <translation>कृपया अपना नया पिन लिखें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please type your new PIN a second time.</source>
        <translatorcomment>review</translatorcomment>
        <translation>कृपया अपना नया पिन दूसरी बार लिखें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>SecretResetDialog</name>
    <message>
        <location filename="../../deskclient/ui/secret_reset_dialog.py" line="+33"/>
        <source>Reset a PIN</source>
        <translation>पिन रीसेट करें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whose PIN was forgotten? They get a one-time PIN now and choose their own at their next login. This works without the server; the other PCs learn it at their next sync.</source>
        <translatorcomment>review</translatorcomment>
        <translation>किसका पिन भूल गया है? उन्हें अभी एक बार का पिन मिलेगा और अगली बार लॉग इन करते समय वे अपना पिन चुनेंगे। यह सर्वर के बिना काम करता है; दूसरे कंप्यूटरों को अगले सिंक पर इसका पता चल जाएगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People whose PIN you may reset</source>
        <translatorcomment>review</translatorcomment>
        <translation>जिन लोगों का पिन आप रीसेट कर सकते हैं</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Person</source>
        <translatorcomment>review</translatorcomment>
        <translation>व्यक्ति (&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nobody here whose PIN you may reset.</source>
        <translatorcomment>review</translatorcomment>
        <translation>यहाँ ऐसा कोई नहीं है जिसका पिन आप रीसेट कर सकें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make a one-time PIN for me</source>
        <translatorcomment>review</translatorcomment>
        <translation>मेरे लिए एक बार का पिन बनाएँ (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a one-time PIN for me</source>
        <translatorcomment>review</translatorcomment>
        <translation>मेरे लिए एक बार का पिन बनाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will &amp;type a one-time PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>मैं खुद एक बार का पिन लिखूँगा/लिखूँगी (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will type a one-time PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>मैं खुद एक बार का पिन लिखूँगा/लिखूँगी</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One-time PIN</source>
        <translation>एक बार का पिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time PIN again</source>
        <translatorcomment>review</translatorcomment>
        <translation>एक बार का पिन दोबारा</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset PIN</source>
        <translation>पिन रीसेट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the PIN of the chosen person</source>
        <translatorcomment>review</translatorcomment>
        <translation>चुने गए व्यक्ति का पिन रीसेट करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Please choose the person first.</source>
        <translatorcomment>review</translatorcomment>
        <translation>कृपया पहले व्यक्ति चुनें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please type the one-time PIN.</source>
        <translatorcomment>review</translatorcomment>
        <translation>कृपया एक बार का पिन लिखें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <translatorcomment>review</translatorcomment>
        <translation>दोनों पिन एक जैसे नहीं हैं। कृपया उन्हें फिर से लिखें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resetting…</source>
        <translatorcomment>review</translatorcomment>
        <translation>रीसेट हो रहा है…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tell it to them in person, not in writing. It is shown only this once; they choose their own PIN when they log in with it.</source>
        <translatorcomment>review</translatorcomment>
        <translation>यह उन्हें आमने-सामने बताएँ, लिखकर नहीं। यह सिर्फ़ इसी एक बार दिखाया जाता है; इससे लॉग इन करने पर वे अपना पिन चुनेंगे।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: hide the one-time PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>हो गया: एक बार का पिन छिपाएँ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PIN of %1 was reset to the one you typed.</source>
        <translatorcomment>review</translatorcomment>
        <translation>%1 का पिन आपके लिखे पिन पर रीसेट कर दिया गया है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The one-time PIN of %1 is:</source>
        <translatorcomment>review</translatorcomment>
        <translation>%1 का एक बार का पिन है:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-time PIN: %1</source>
        <translatorcomment>review</translatorcomment>
        <translation>एक बार का पिन: %1</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <location filename="../../deskclient/ui/work/reason_dialogs.py" line="-75"/>
        <source>Skip this ticket</source>
        <translation>यह टिकट छोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I do not read this language well</source>
        <translation>मुझे यह भाषा ठीक से पढ़नी नहीं आती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket is not clear</source>
        <translation>टिकट साफ़ समझ नहीं आ रहा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am not trained for this yet</source>
        <translation>मुझे अभी इसकी ट्रेनिंग नहीं मिली है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I know this customer personally</source>
        <translation>यह ग्राहक मेरी जान-पहचान का है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another reason (please write it)</source>
        <translation>कोई और कारण (कृपया लिखें)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why are you skipping it? Someone else will get it.</source>
        <translation>आप इसे क्यों छोड़ रहे हैं? यह किसी और को मिल जाएगा।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note (optional)</source>
        <translation>नोट (चाहें तो)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skip ticket</source>
        <translation>टिकट छोड़ें</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Please write a short reason.</source>
        <translation>कृपया छोटा सा कारण लिखें।</translation>
    </message>
</context>
<context>
    <name>SupportTicketScreen</name>
    <message>
        <location filename="../../deskclient/ui/work/support_ticket.py" line="+59"/>
        <source>← Save and go back</source>
        <translation>← सहेजें और वापस जाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps your answer as a draft (Ctrl+S)</source>
        <translation>आपका जवाब ड्राफ़्ट के रूप में रख लेता है (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority: %1</source>
        <translatorcomment>review</translatorcomment>
        <translation>प्राथमिकता: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due: %1</source>
        <translation>आख़िरी समय: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save and go back</source>
        <translation>सहेजें और वापस जाएँ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Some characters of this ticket were damaged before it reached this PC. They are shown as �.</source>
        <translatorcomment>review</translatorcomment>
        <translation>इस कंप्यूटर तक पहुँचने से पहले इस टिकट के कुछ अक्षर ख़राब हो गए थे। वे � के रूप में दिखाए गए हैं।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer&apos;s message</source>
        <translation>ग्राहक का संदेश</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Canned responses</source>
        <translation>तैयार जवाब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a ready answer…</source>
        <translation>कोई तैयार जवाब चुनें…</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+70"/>
        <source>Insert</source>
        <translation>डालें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the ready answer into the reply (Ctrl+R)</source>
        <translation>तैयार जवाब को उत्तर में डालें (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready answers:</source>
        <translation>तैयार जवाब:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only your team sees this.</source>
        <translation>इसे सिर्फ़ आपकी टीम देख सकती है।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>— choose —</source>
        <translation>— चुनें —</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+126"/>
        <source>Skip…</source>
        <translation>छोड़ें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this ticket to someone else (Ctrl+K)</source>
        <translation>यह टिकट किसी और को दें (Ctrl+K)</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+128"/>
        <source>Escalate…</source>
        <translation>विशेषज्ञ को भेजें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to a specialist (Ctrl+E)</source>
        <translation>विशेषज्ञ को भेजें (Ctrl+E)</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+133"/>
        <source>Submit</source>
        <translation>जमा करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send your answer (Ctrl+Enter)</source>
        <translation>अपना जवाब भेजें (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SyncPresenter</name>
    <message>
        <location filename="../../deskclient/ui/sync_presenter.py" line="+86"/>
        <source>Connected. This PC has no keyring, so its key is kept in a protected file.</source>
        <translatorcomment>review</translatorcomment>
        <translation>जुड़ गया। इस कंप्यूटर में कीरिंग (keyring) नहीं है, इसलिए इसकी सुरक्षा कुंजी (key) एक सुरक्षित फ़ाइल में रखी गई है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to the central server.</source>
        <translation>मुख्य सर्वर से जुड़ गया।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export unsent work</source>
        <translatorcomment>review</translatorcomment>
        <translation>न भेजा गया काम निर्यात करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsent work (*.json)</source>
        <translatorcomment>review</translatorcomment>
        <translation>न भेजा गया काम (*.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file could not be written (%1). Nothing was lost; try another place, for example a USB stick.</source>
        <translatorcomment>review</translatorcomment>
        <translation>फ़ाइल नहीं लिखी जा सकी (%1)। कुछ भी नहीं खोया; कोई दूसरी जगह आज़माएँ, जैसे USB स्टिक।</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unsent item(s) saved to %1. Give this file to your manager for the central server.</source>
        <translatorcomment>review</translatorcomment>
        <translation>
            <numerusform>%Ln न भेजा गया काम %1 में सहेजा गया। केंद्रीय सर्वर के लिए यह फ़ाइल अपने मैनेजर को दें।</numerusform>
            <numerusform>%Ln न भेजे गए काम %1 में सहेजे गए। केंद्रीय सर्वर के लिए यह फ़ाइल अपने मैनेजर को दें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Sync finished: %n new ticket(s).</source>
        <translation>
            <numerusform>सिंक पूरा हुआ: %Ln नया टिकट।</numerusform>
            <numerusform>सिंक पूरा हुआ: %Ln नए टिकट।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../deskclient/ui/sync_status.py" line="+119"/>
        <source>Offline: work continues and is sent later</source>
        <translation>ऑफ़लाइन: काम चलता रहेगा और बाद में भेजा जाएगा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is slow to answer; trying again later</source>
        <translation>सर्वर जवाब देने में देर कर रहा है; बाद में फिर कोशिश की जाएगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has a problem; trying again later</source>
        <translation>सर्वर में गड़बड़ी है; बाद में फिर कोशिश की जाएगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy; trying again later</source>
        <translation>सर्वर अभी व्यस्त है; बाद में फिर कोशिश की जाएगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server no longer accepts this PC: ask your manager</source>
        <translatorcomment>review</translatorcomment>
        <translation>सर्वर अब इस कंप्यूटर को स्वीकार नहीं करता: अपने सेंटर मैनेजर से पूछें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please update the app to keep syncing</source>
        <translation>सिंक जारी रखने के लिए कृपया ऐप अपडेट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer was damaged; nothing was lost</source>
        <translation>सर्वर का जवाब ख़राब होकर आया; कुछ भी नहीं खोया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC was disconnected by the center&apos;s server</source>
        <translatorcomment>review</translatorcomment>
        <translation>केंद्र के सर्वर ने इस कंप्यूटर को डिस्कनेक्ट कर दिया है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted by this PC: ask your manager (the center&apos;s CA file may be needed)</source>
        <translatorcomment>review</translatorcomment>
        <translation>यह पीसी सर्वर के प्रमाणपत्र पर भरोसा नहीं करता: अपने मैनेजर से पूछें (सेंटर की CA फ़ाइल की ज़रूरत हो सकती है)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection to the server could not be made: ask your manager</source>
        <translatorcomment>review</translatorcomment>
        <translation>सर्वर से सुरक्षित कनेक्शन नहीं बन सका: अपने मैनेजर से पूछें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server address is not encrypted (http://): use its https:// address</source>
        <translatorcomment>review</translatorcomment>
        <translation>सर्वर का पता एन्क्रिप्टेड नहीं है (http://): उसका https:// पता इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a server address: it starts with https://</source>
        <translatorcomment>review</translatorcomment>
        <translation>यह सर्वर का पता नहीं है: पता https:// से शुरू होता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The center&apos;s CA file cannot be used: ask your manager</source>
        <translatorcomment>review</translatorcomment>
        <translation>सेंटर की CA फ़ाइल इस्तेमाल नहीं की जा सकती: अपने मैनेजर से पूछें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to a server yet</source>
        <translation>अभी किसी सर्वर से नहीं जुड़ा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC&apos;s key is missing: connect it to the server again</source>
        <translatorcomment>review</translatorcomment>
        <translation>इस कंप्यूटर की सुरक्षा कुंजी (key) नहीं मिल रही: इसे फिर से सर्वर से जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync did not finish; it will be tried again</source>
        <translation>सिंक पूरा नहीं हुआ; फिर से कोशिश की जाएगी</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location line="-84"/>
        <source>Sync progress</source>
        <translation>सिंक कितना हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>अभी सिंक करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send finished work and fetch new tickets now</source>
        <translation>पूरा किया गया काम भेजें और नए टिकट अभी लाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to server…</source>
        <translation>सर्वर से जोड़ें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export unsent work…</source>
        <translatorcomment>review</translatorcomment>
        <translation>न भेजा गया काम निर्यात करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the work this PC could not send to a file, for the central server&apos;s operator</source>
        <translatorcomment>review</translatorcomment>
        <translation>इस कंप्यूटर से जो काम नहीं भेजा जा सका उसे केंद्रीय सर्वर के संचालक के लिए एक फ़ाइल में सहेजें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to a server yet</source>
        <translation>अभी किसी सर्वर से नहीं जुड़ा है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC was disconnected by the center&apos;s server. Nothing is lost: export the unsent work and give the file to your manager.</source>
        <translatorcomment>review</translatorcomment>
        <translation>केंद्र के सर्वर ने इस कंप्यूटर को डिस्कनेक्ट कर दिया है। कुछ भी नहीं खोया: न भेजा गया काम निर्यात करें और फ़ाइल अपने मैनेजर को दें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translation>सिंक हो रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1</source>
        <translation>%1 से ऑफ़लाइन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync did not finish; it will be tried again</source>
        <translation>पिछला सिंक पूरा नहीं हुआ; फिर से कोशिश की जाएगी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translatorcomment>review</translatorcomment>
        <translation>अभी तक नहीं हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>आख़िरी सिंक: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) waiting to be sent</source>
        <translatorcomment>review</translatorcomment>
        <translation>
            <numerusform>%Ln काम भेजना बाकी है</numerusform>
            <numerusform>%Ln काम भेजना बाकी है</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC&apos;s clock is wrong: ask your supervisor to set it</source>
        <translation>इस कंप्यूटर की घड़ी का समय ग़लत है: अपने सुपरवाइज़र से इसे ठीक करने को कहें</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) need attention</source>
        <translatorcomment>review</translatorcomment>
        <translation>
            <numerusform>%Ln काम पर ध्यान देना ज़रूरी है</numerusform>
            <numerusform>%Ln कामों पर ध्यान देना ज़रूरी है</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending work</source>
        <translation>काम भेजा जा रहा है</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetching tickets</source>
        <translation>टिकट लाए जा रहे हैं</translation>
    </message>
</context>
<context>
    <name>TooNewPage</name>
    <message>
        <location filename="../../deskclient/ui/recovery_page.py" line="+13"/>
        <source>This PC needs the new version of deskclient</source>
        <translation>इस कंप्यूटर को deskclient का नया संस्करण चाहिए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The work file on this PC was saved by a newer version of the app. Nothing was changed and no work is lost. Please ask your center manager to install the update.</source>
        <translation>इस कंप्यूटर की काम वाली फ़ाइल ऐप के नए संस्करण से सेव की गई थी। कुछ भी बदला नहीं गया है और कोई काम खोया नहीं है। कृपया अपने सेंटर मैनेजर से अपडेट इंस्टॉल करने को कहें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technical detail: %1</source>
        <translation>तकनीकी जानकारी: %1</translation>
    </message>
</context>
<context>
    <name>WorkerSession</name>
    <message>
        <location filename="../../deskclient/ui/session.py" line="+150"/>
        <source>Sent. Well done!</source>
        <translation>भेज दिया गया। बहुत बढ़िया!</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Escalated to a specialist.</source>
        <translation>विशेषज्ञ को भेज दिया गया।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Skipped. Someone else will take it.</source>
        <translation>छोड़ दिया गया। कोई और इसे ले लेगा।</translation>
    </message>
</context>
<context>
    <name>support_ticket</name>
    <message>
        <location filename="../../deskclient/domain/kinds/support_ticket.py" line="+13"/>
        <source>Account access</source>
        <translatorcomment>review</translatorcomment>
        <translation>अकाउंट में लॉग इन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing and payments</source>
        <translation>बिल और भुगतान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet and connectivity</source>
        <translation>इंटरनेट और कनेक्शन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device set-up</source>
        <translation>डिवाइस सेट-अप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App or software fault</source>
        <translation>ऐप या सॉफ़्टवेयर में ख़राबी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How-to question</source>
        <translatorcomment>review</translatorcomment>
        <translation>कैसे करें, यह सवाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware fault</source>
        <translation>हार्डवेयर में ख़राबी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security or fraud</source>
        <translation>सुरक्षा या धोखाधड़ी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>ज़्यादा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>बहुत ज़रूरी</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered with instructions</source>
        <translation>तरीका बताकर जवाब दिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset sent</source>
        <translation>पासवर्ड रीसेट भेजा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund requested</source>
        <translation>पैसे वापसी की माँग की गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair or replacement arranged</source>
        <translation>मरम्मत या बदलने का इंतज़ाम किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the customer</source>
        <translation>ग्राहक के जवाब का इंतज़ार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate ticket</source>
        <translation>यही टिकट दोबारा आया है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action needed</source>
        <translation>कुछ करने की ज़रूरत नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reproduce</source>
        <translatorcomment>review</translatorcomment>
        <translation>समस्या दोबारा नहीं दिखी</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>फ़ोन कॉल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>वेब फ़ॉर्म</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support ticket</source>
        <translation>सहायता टिकट</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>प्रोडक्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translatorcomment>review</translatorcomment>
        <translation>कैसे आया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translatorcomment>review</translatorcomment>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translatorcomment>review</translatorcomment>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>समाधान</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to the customer</source>
        <translation>ग्राहक को जवाब</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated</source>
        <translation>विशेषज्ञ को भेजा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal note</source>
        <translatorcomment>review</translatorcomment>
        <translation>अंदरूनी नोट</translation>
    </message>
</context>
</TS>
