<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_KE" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../deskclient/ui/app.py" line="+59"/>
        <source>deskclient is already open on this PC.</source>
        <translation>deskclient tayari iko wazi kwenye kompyuta hii.</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../deskclient/ui/sync_dialogs.py" line="+91"/>
        <location line="+6"/>
        <source>Items that need attention</source>
        <translatorcomment>review</translatorcomment>
        <translation>Kazi zinazohitaji kuangaliwa</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Nini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Kwa nini</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server did not accept these items. Your supervisor can check them; everything else keeps syncing.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Seva haikukubali kazi hizi. Msimamizi wako anaweza kuziangalia; kila kitu kingine kinaendelea kusawazishwa.</translation>
    </message>
</context>
<context>
    <name>DemoServerToggle</name>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="+426"/>
        <source>Demo: the server is stopped. Keep working; nothing is lost.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Onyesho: seva imesimamishwa. Endelea kufanya kazi; hakuna kinachopotea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo: the server is back. Syncing…</source>
        <translatorcomment>review</translatorcomment>
        <translation>Onyesho: seva imerudi. Inasawazisha…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo: stop server</source>
        <translatorcomment>review</translatorcomment>
        <translation>Onyesho: simamisha seva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demo: start server</source>
        <translatorcomment>review</translatorcomment>
        <translation>Onyesho: washa seva</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../deskclient/ui/sync_dialogs.py" line="-76"/>
        <source>Connect this PC to the central server</source>
        <translation>Unganisha kompyuta hii na seva kuu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server address</source>
        <translation>Anwani ya seva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrollment code</source>
        <translatorcomment>review</translatorcomment>
        <translation>Msimbo wa kuunganisha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This address is not encrypted (http://). That is only for a test server on this PC; a real server address starts with https://.</source>
        <extracomment>Shown while the address is plain http:// to this PC itself (allowed for the demo and tests).</extracomment>
        <translatorcomment>review</translatorcomment>
        <translation>Anwani hii haijasimbwa (http://). Hiyo ni kwa seva ya majaribio kwenye kompyuta hii tu; anwani ya seva halisi huanza na https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server address:</source>
        <translation>Anwani ya seva:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment code:</source>
        <translatorcomment>review</translatorcomment>
        <translation>Msimbo wa kuunganisha:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Unganisha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your center manager for the server address and a one-time code.</source>
        <translation>Muulize meneja wa kituo chako anwani ya seva na msimbo wa kutumia mara moja.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This address is not encrypted (http://). Please type the https:// address of the server.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Anwani hii haijasimbwa (http://). Tafadhali andika anwani ya https:// ya seva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please type the full server address (starting with https://) and the code.</source>
        <translation>Tafadhali andika anwani kamili ya seva (inayoanza na https://) na msimbo.</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../deskclient/ui/work/reason_dialogs.py" line="+79"/>
        <source>Escalate this ticket</source>
        <translation>Peleka tiketi hii kwa mtaalamu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why does this need a specialist? The note is not sent to the customer.</source>
        <translation>Kwa nini hii inahitaji mtaalamu? Maelezo haya hayatumwi kwa mteja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note</source>
        <translatorcomment>review</translatorcomment>
        <translation>Maelezo ya ndani</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escalate</source>
        <translation>Peleka kwa mtaalamu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please write a short reason.</source>
        <translation>Tafadhali andika sababu fupi.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../deskclient/ui/home_page.py" line="+60"/>
        <location line="+86"/>
        <source>Switch user</source>
        <translation>Badilisha mtumiaji</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Lock the screen and let someone else log in (Ctrl+L)</source>
        <translation>Funga skrini ili mtu mwingine aingie (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset a worker&apos;s PIN…</source>
        <translatorcomment>review</translatorcomment>
        <translation>Weka upya PIN ya mfanyakazi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset a worker&apos;s PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>Weka upya PIN ya mfanyakazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give someone who forgot their PIN a one-time PIN (Ctrl+R)</source>
        <translatorcomment>review</translatorcomment>
        <translation>Mpe aliyesahau PIN yake PIN ya mara moja (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done today</source>
        <translation>Zilizokamilika leo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done this week</source>
        <translation>Zilizokamilika wiki hii</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Start next task</source>
        <translation>Anza kazi inayofuata</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Shortcut: Ctrl+N</source>
        <translation>Njia ya mkato: Ctrl+N</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your role does not take tickets. Your tools come in a later version.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Nafasi yako haipokei tiketi. Zana zako zitakuja katika toleo lijalo la programu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Your unfinished and returned tickets</source>
        <translation>Tiketi zako ambazo hazijakamilika na zilizorudishwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting in the queue</source>
        <translation>Zinazosubiri kwenye foleni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tickets waiting in the queue</source>
        <translation>Tiketi zinazosubiri kwenye foleni</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+79"/>
        <location line="+3"/>
        <source>Average time: %1</source>
        <translation>Muda wa wastani: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Returned to you: %1</source>
        <translation>Imerudishwa kwako: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press Enter to continue</source>
        <translation>Bofya mara mbili au bonyeza Enter kuendelea</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Waiting in the queue: %n ticket(s)</source>
        <translation>
            <numerusform>Kwenye foleni: tiketi %Ln</numerusform>
            <numerusform>Kwenye foleni: tiketi %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageButtons</name>
    <message>
        <location filename="../../deskclient/ui/language_picker.py" line="+66"/>
        <source>Language:</source>
        <translation>Lugha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the app in this language</source>
        <translatorcomment>review</translatorcomment>
        <translation>Onyesha programu kwa lugha hii</translation>
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
        <translation>Nani anafanya kazi?</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Click your name.</source>
        <translation>Bofya jina lako.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the arrow keys to find your name, then press Enter.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Tumia vitufe vya mishale kupata jina lako, kisha bonyeza Enter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting ready…</source>
        <translation>Inajiandaa…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Log in as %1</source>
        <translation>Ingia kama %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No one is set up on this PC yet. Ask your center manager.</source>
        <translation>Bado hakuna mtu aliyewekwa kwenye kompyuta hii. Muulize meneja wa kituo chako.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+1"/>
        <source>PIN or password</source>
        <translation>PIN au nenosiri</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Log in</source>
        <translation>Ingia</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>This is not me</source>
        <translation>Huyu si mimi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/keypad.py" line="+25"/>
        <source>Delete last digit</source>
        <translation>Futa tarakimu ya mwisho</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Digit %1</source>
        <translation>Tarakimu %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_page.py" line="+17"/>
        <location line="+103"/>
        <source>Hello, %1</source>
        <translation>Karibu, %1</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Please type your PIN.</source>
        <translation>Tafadhali andika PIN yako.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Inakagua…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can try again now.</source>
        <translation>Sasa unaweza kujaribu tena.</translation>
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
        <translation>Inafanya kazi…</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>The work file was updated for this version of the app.</source>
        <translation>Faili la kazi limesasishwa kwa toleo hili la programu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC lost the key of its work file. Finished work is safe and will be sent; waiting tickets come back at the next sync, but unfinished drafts could not be kept.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Kompyuta hii imepoteza ufunguo wa faili lake la kazi. Kazi iliyokamilika iko salama na itatumwa; tiketi zinazosubiri zitarudi katika usawazishaji ujao, lakini rasimu ambazo hazijakamilika hazikuweza kuhifadhiwa.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The damaged file was kept in %1.</source>
        <translation>Faili lililoharibika limehifadhiwa hapa: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your new PIN is saved. Use it from now on, on every PC of the center.</source>
        <translatorcomment>review</translatorcomment>
        <translation>PIN yako mpya imehifadhiwa. Itumie kuanzia sasa, kwenye kila kompyuta ya kituo.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <source>The screen was locked because nobody used it for a while.</source>
        <translation>Skrini imefungwa kwa sababu hakuna aliyeitumia kwa muda.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Disk full: tell your supervisor now</source>
        <translation>Diski imejaa: mwambie msimamizi wako sasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk space is low: tell your supervisor</source>
        <translation>Nafasi ya diski ni ndogo: mwambie msimamizi wako</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Something went wrong</source>
        <translation>Kuna hitilafu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app met an unexpected error. Your saved work is safe. If it happens again, please tell your supervisor. Details are in the log file.</source>
        <translation>Programu imepata hitilafu isiyotarajiwa. Kazi uliyohifadhi iko salama. Ikitokea tena, tafadhali mwambie msimamizi wako. Maelezo yapo kwenye faili la kumbukumbu (log).</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../deskclient/ui/messages.py" line="+22"/>
        <source>That PIN is not right. %n more tries before a short wait.</source>
        <translatorcomment>review</translatorcomment>
        <translation>
            <numerusform>PIN hiyo si sahihi. Umebakiza jaribio %Ln kabla ya kusubiri kidogo.</numerusform>
            <numerusform>PIN hiyo si sahihi. Umebakiza majaribio %Ln kabla ya kusubiri kidogo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN is not right.</source>
        <translation>PIN hiyo si sahihi.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many wrong PINs. Please wait %n minute(s) and try again, or ask your supervisor.</source>
        <translation>
            <numerusform>Umekosea PIN mara nyingi. Tafadhali subiri dakika %Ln kisha ujaribu tena, au muulize msimamizi wako.</numerusform>
            <numerusform>Umekosea PIN mara nyingi. Tafadhali subiri dakika %Ln kisha ujaribu tena, au muulize msimamizi wako.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Umekosea PIN mara nyingi. Tafadhali subiri sekunde %Ln kisha ujaribu tena.</numerusform>
            <numerusform>Umekosea PIN mara nyingi. Tafadhali subiri sekunde %Ln kisha ujaribu tena.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is not known on this PC. Ask your supervisor.</source>
        <translation>Mtu huyu hajulikani kwenye kompyuta hii. Muulize msimamizi wako.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is switched off. Ask your supervisor.</source>
        <translation>Akaunti hii imezimwa. Muulize msimamizi wako.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role cannot do this.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Nafasi yako haiwezi kufanya hivi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose your own PIN first.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Tafadhali chagua PIN yako mwenyewe kwanza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN needs at least 6 digits.</source>
        <translatorcomment>review</translatorcomment>
        <translation>PIN inahitaji angalau tarakimu 6.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN is too easy to guess (like 111111, 123456 or 121212). Please choose another.</source>
        <translatorcomment>review</translatorcomment>
        <translation>PIN hii ni rahisi mno kukisia (kama 111111, 123456 au 121212). Tafadhali chagua nyingine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password needs at least 8 characters, not the same few again and again. Or use a PIN of at least 6 digits.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Nenosiri linahitaji angalau herufi 8, si zile zile chache tena na tena. Au tumia PIN ya angalau tarakimu 6.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <translatorcomment>review</translatorcomment>
        <translation>PIN hizo mbili si sawa. Tafadhali ziandike tena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the PIN you have now. Please choose a new one.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Hii ndiyo PIN uliyo nayo sasa. Tafadhali chagua mpya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot reset the PIN of this person. Ask the center admin.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Huwezi kuweka upya PIN ya mtu huyu. Muulize msimamizi wa kituo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tickets are waiting for you right now. Well done!</source>
        <translation>Hakuna tiketi zinazokusubiri sasa hivi. Kazi nzuri!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is no longer on this PC.</source>
        <translation>Tiketi hii haipo tena kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is no longer yours: it was finished or handed back.</source>
        <translation>Tiketi hii si yako tena: imekamilishwa au imerudishwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket cannot do that now.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Hili haliwezekani kwa tiketi hii sasa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of task needs an app update.</source>
        <translation>Aina hii ya kazi inahitaji programu isasishwe.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You have %n unfinished tickets. Please finish one first.</source>
        <translation>
            <numerusform>Una tiketi %Ln ambayo haijakamilika. Tafadhali imalize kwanza.</numerusform>
            <numerusform>Una tiketi %Ln ambazo hazijakamilika. Tafadhali maliza moja kwanza.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ticket&apos;s text cannot be read on this PC any more. It comes back after the next sync; please open it again then.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Maandishi ya tiketi hii hayawezi kusomwa tena kwenye kompyuta hii. Yatarudi baada ya usawazishaji ujao; tafadhali ifungue tena wakati huo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some answers are missing or not right. They are marked in red.</source>
        <translation>Baadhi ya majibu hayapo au si sahihi. Yamewekwa alama nyekundu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please write a short reason.</source>
        <translation>Tafadhali andika sababu fupi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PC&apos;s disk is full. Your work is kept as a draft; please tell your supervisor.</source>
        <translation>Diski ya kompyuta imejaa. Kazi yako imehifadhiwa kama rasimu; tafadhali mwambie msimamizi wako.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PC is busy. Please try again in a moment.</source>
        <translation>Kompyuta ina shughuli. Tafadhali jaribu tena baada ya muda mfupi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work file on this PC is damaged.</source>
        <translation>Faili la kazi kwenye kompyuta hii limeharibika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PC could not save. Your work is kept; please try again.</source>
        <translation>Kompyuta imeshindwa kuhifadhi. Kazi yako bado ipo; tafadhali jaribu tena.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong (%1).</source>
        <translation>Kuna hitilafu (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required</source>
        <translation>Inahitajika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one from the list</source>
        <translation>Chagua moja kwenye orodha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long</source>
        <translation>Ni ndefu mno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an e-mail address</source>
        <translation>Si anwani ya barua pepe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number</source>
        <translation>Si namba ya simu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not valid</source>
        <translation>Si sahihi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 h %2 min</source>
        <translation>saa %1 dakika %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>dakika %1 sekunde %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>sekunde %1</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="+59"/>
        <source>Priority</source>
        <translation>Kipaumbele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Mada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Muda wa mwisho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Needs an app update</source>
        <translation>Inahitaji programu isasishwe</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../deskclient/ui/recovery_page.py" line="+19"/>
        <source>The work file on this PC is damaged</source>
        <translation>Faili la kazi kwenye kompyuta hii limeharibika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This can happen after a power cut. The damaged file will be kept safely aside for your supervisor; nothing is deleted. Choose how to continue.</source>
        <translation>Hii inaweza kutokea baada ya umeme kukatika. Faili lililoharibika litawekwa kando salama kwa ajili ya msimamizi wako; hakuna kitakachofutwa. Chagua jinsi ya kuendelea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technical detail: %1</source>
        <translation>Maelezo ya kiufundi: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Continue from the last backup (%1)</source>
        <translatorcomment>review</translatorcomment>
        <translation>Endelea kutoka nakala ya akiba ya mwisho (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an empty work file</source>
        <translation>Anza na faili tupu la kazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets will come again from the server at the next sync.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Tiketi zitakuja tena kutoka kwenye seva wakati ujao wa kusawazisha.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="+24"/>
        <source>Worker</source>
        <translation>Mfanyakazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Msimamizi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer</source>
        <translation>Mkufunzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center manager</source>
        <translation>Meneja wa kituo</translation>
    </message>
</context>
<context>
    <name>SecretChangePage</name>
    <message>
        <location filename="../../deskclient/ui/secret_change_page.py" line="+35"/>
        <source>Hello, %1. Please choose your own PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>Habari, %1. Tafadhali chagua PIN yako mwenyewe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN you just used was given to you to start with. Choose a new one that only you know: at least 6 digits, not easy to guess like 111111 or 123456. Never tell it to anybody, not even your supervisor.</source>
        <translatorcomment>review</translatorcomment>
        <translation>PIN uliyotumia sasa hivi ulipewa ili kuanza. Chagua mpya ambayo ni wewe tu unayeijua: angalau tarakimu 6, si rahisi kukisia kama 111111 au 123456. Usimwambie mtu yeyote kamwe, hata msimamizi wako.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>New PIN</source>
        <translation>PIN mpya</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>New PIN again</source>
        <translatorcomment>review</translatorcomment>
        <translation>PIN mpya tena</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type it again</source>
        <translation>Iandike tena</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Save my new PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>Hifadhi PIN yangu mpya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log out</source>
        <translation>Toka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log out without changing the PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>Toka bila kubadilisha PIN</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Please type your new PIN.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Tafadhali andika PIN yako mpya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please type your new PIN a second time.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Tafadhali andika PIN yako mpya mara ya pili.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Inahifadhi…</translation>
    </message>
</context>
<context>
    <name>SecretResetDialog</name>
    <message>
        <location filename="../../deskclient/ui/secret_reset_dialog.py" line="+33"/>
        <source>Reset a PIN</source>
        <translation>Weka upya PIN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whose PIN was forgotten? They get a one-time PIN now and choose their own at their next login. This works without the server; the other PCs learn it at their next sync.</source>
        <translatorcomment>review</translatorcomment>
        <translation>PIN ya nani imesahauliwa? Atapata PIN ya mara moja sasa na atachagua yake mwenyewe atakapoingia tena. Hii inafanya kazi bila seva; kompyuta nyingine zitajua katika usawazishaji wao ujao.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People whose PIN you may reset</source>
        <translatorcomment>review</translatorcomment>
        <translation>Watu ambao unaweza kuweka upya PIN zao</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Person</source>
        <translatorcomment>review</translatorcomment>
        <translation>&amp;Mtu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nobody here whose PIN you may reset.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Hakuna mtu hapa ambaye unaweza kuweka upya PIN yake.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make a one-time PIN for me</source>
        <translatorcomment>review</translatorcomment>
        <translation>&amp;Nitengenezee PIN ya mara moja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a one-time PIN for me</source>
        <translatorcomment>review</translatorcomment>
        <translation>Nitengenezee PIN ya mara moja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will &amp;type a one-time PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>Nitaa&amp;ndika PIN ya mara moja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will type a one-time PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>Nitaandika PIN ya mara moja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One-time PIN</source>
        <translation>PIN ya mara moja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time PIN again</source>
        <translatorcomment>review</translatorcomment>
        <translation>PIN ya mara moja tena</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset PIN</source>
        <translation>Weka upya PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the PIN of the chosen person</source>
        <translatorcomment>review</translatorcomment>
        <translation>Weka upya PIN ya mtu aliyechaguliwa</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Please choose the person first.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Tafadhali chagua mtu kwanza.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please type the one-time PIN.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Tafadhali andika PIN ya mara moja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <translatorcomment>review</translatorcomment>
        <translation>PIN hizo mbili si sawa. Tafadhali ziandike tena.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resetting…</source>
        <translatorcomment>review</translatorcomment>
        <translation>Inaweka upya…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tell it to them in person, not in writing. It is shown only this once; they choose their own PIN when they log in with it.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Mwambie ana kwa ana, si kwa maandishi. Inaonyeshwa mara hii moja tu; atachagua PIN yake mwenyewe atakapoingia nayo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Imekamilika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: hide the one-time PIN</source>
        <translatorcomment>review</translatorcomment>
        <translation>Imekamilika: ficha PIN ya mara moja</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PIN of %1 was reset to the one you typed.</source>
        <translatorcomment>review</translatorcomment>
        <translation>PIN ya %1 imewekwa upya kuwa ile uliyoandika.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The one-time PIN of %1 is:</source>
        <translatorcomment>review</translatorcomment>
        <translation>PIN ya mara moja ya %1 ni:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-time PIN: %1</source>
        <translatorcomment>review</translatorcomment>
        <translation>PIN ya mara moja: %1</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <location filename="../../deskclient/ui/work/reason_dialogs.py" line="-75"/>
        <source>Skip this ticket</source>
        <translation>Ruka tiketi hii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I do not read this language well</source>
        <translation>Sisomi lugha hii vizuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket is not clear</source>
        <translation>Tiketi haieleweki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am not trained for this yet</source>
        <translation>Bado sijafunzwa kwa hili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I know this customer personally</source>
        <translation>Namfahamu mteja huyu binafsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another reason (please write it)</source>
        <translation>Sababu nyingine (tafadhali iandike)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why are you skipping it? Someone else will get it.</source>
        <translation>Kwa nini unairuka? Mtu mwingine ataipata.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note (optional)</source>
        <translation>Maelezo (si lazima)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skip ticket</source>
        <translation>Ruka tiketi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Please write a short reason.</source>
        <translation>Tafadhali andika sababu fupi.</translation>
    </message>
</context>
<context>
    <name>SupportTicketScreen</name>
    <message>
        <location filename="../../deskclient/ui/work/support_ticket.py" line="+59"/>
        <source>← Save and go back</source>
        <translation>← Hifadhi na urudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps your answer as a draft (Ctrl+S)</source>
        <translation>Huhifadhi jibu lako kama rasimu (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority: %1</source>
        <translation>Kipaumbele: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due: %1</source>
        <translation>Muda wa mwisho: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save and go back</source>
        <translation>Hifadhi na urudi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Some characters of this ticket were damaged before it reached this PC. They are shown as �.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Baadhi ya herufi za tiketi hii ziliharibika kabla haijafika kwenye kompyuta hii. Zinaonyeshwa kama �.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer&apos;s message</source>
        <translation>Ujumbe wa mteja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Canned responses</source>
        <translatorcomment>review</translatorcomment>
        <translation>Majibu yaliyoandaliwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a ready answer…</source>
        <translatorcomment>review</translatorcomment>
        <translation>Chagua jibu lililoandaliwa…</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+70"/>
        <source>Insert</source>
        <translation>Weka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the ready answer into the reply (Ctrl+R)</source>
        <translation>Weka jibu lililoandaliwa ndani ya jibu lako (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready answers:</source>
        <translatorcomment>review</translatorcomment>
        <translation>Majibu yaliyoandaliwa:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only your team sees this.</source>
        <translation>Timu yako pekee ndiyo inaona hii.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>— choose —</source>
        <translation>— chagua —</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+126"/>
        <source>Skip…</source>
        <translation>Ruka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this ticket to someone else (Ctrl+K)</source>
        <translation>Mpe mtu mwingine tiketi hii (Ctrl+K)</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+128"/>
        <source>Escalate…</source>
        <translation>Peleka kwa mtaalamu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to a specialist (Ctrl+E)</source>
        <translation>Tuma kwa mtaalamu (Ctrl+E)</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+133"/>
        <source>Submit</source>
        <translation>Tuma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send your answer (Ctrl+Enter)</source>
        <translation>Tuma jibu lako (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SyncPresenter</name>
    <message>
        <location filename="../../deskclient/ui/sync_presenter.py" line="+86"/>
        <source>Connected. This PC has no keyring, so its key is kept in a protected file.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Imeunganishwa. Kompyuta hii haina hifadhi ya funguo (keyring), kwa hiyo ufunguo wake (key) umewekwa kwenye faili lililolindwa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to the central server.</source>
        <translation>Imeunganishwa na seva kuu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export unsent work</source>
        <translatorcomment>review</translatorcomment>
        <translation>Hamisha kazi ambayo haijatumwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsent work (*.json)</source>
        <translatorcomment>review</translatorcomment>
        <translation>Kazi ambayo haijatumwa (*.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file could not be written (%1). Nothing was lost; try another place, for example a USB stick.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Faili haikuweza kuandikwa (%1). Hakuna kilichopotea; jaribu mahali pengine, kwa mfano kwenye USB.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unsent item(s) saved to %1. Give this file to your manager for the central server.</source>
        <translatorcomment>review</translatorcomment>
        <translation>
            <numerusform>Kipengele %Ln ambacho hakijatumwa kimehifadhiwa kwenye %1. Mpe meneja wako faili hii kwa ajili ya seva kuu.</numerusform>
            <numerusform>Vipengele %Ln ambavyo havijatumwa vimehifadhiwa kwenye %1. Mpe meneja wako faili hii kwa ajili ya seva kuu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Sync finished: %n new ticket(s).</source>
        <translatorcomment>review</translatorcomment>
        <translation>
            <numerusform>Usawazishaji umekamilika: tiketi %Ln mpya.</numerusform>
            <numerusform>Usawazishaji umekamilika: tiketi %Ln mpya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../deskclient/ui/sync_status.py" line="+119"/>
        <source>Offline: work continues and is sent later</source>
        <translatorcomment>review</translatorcomment>
        <translation>Nje ya mtandao: kazi inaendelea na itatumwa baadaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is slow to answer; trying again later</source>
        <translation>Seva inachelewa kujibu; itajaribiwa tena baadaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has a problem; trying again later</source>
        <translation>Seva ina tatizo; itajaribiwa tena baadaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy; trying again later</source>
        <translation>Seva ina shughuli nyingi; itajaribiwa tena baadaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server no longer accepts this PC: ask your manager</source>
        <translatorcomment>review</translatorcomment>
        <translation>Seva haikubali tena kompyuta hii: muulize meneja wa kituo chako</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please update the app to keep syncing</source>
        <translatorcomment>review</translatorcomment>
        <translation>Tafadhali sasisha programu ili kuendelea kusawazisha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer was damaged; nothing was lost</source>
        <translation>Jibu la seva limeharibika; hakuna kilichopotea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC was disconnected by the center&apos;s server</source>
        <translatorcomment>review</translatorcomment>
        <translation>Seva ya kituo imetenganisha kompyuta hii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted by this PC: ask your manager (the center&apos;s CA file may be needed)</source>
        <translatorcomment>review</translatorcomment>
        <translation>Kompyuta hii haiamini cheti cha seva: muulize meneja wako (huenda faili la CA la kituo likahitajika)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection to the server could not be made: ask your manager</source>
        <translatorcomment>review</translatorcomment>
        <translation>Muunganisho salama na seva haukuweza kufanywa: muulize meneja wako</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server address is not encrypted (http://): use its https:// address</source>
        <translatorcomment>review</translatorcomment>
        <translation>Anwani ya seva haijasimbwa (http://): tumia anwani yake ya https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a server address: it starts with https://</source>
        <translatorcomment>review</translatorcomment>
        <translation>Hiyo si anwani ya seva: anwani huanza na https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The center&apos;s CA file cannot be used: ask your manager</source>
        <translatorcomment>review</translatorcomment>
        <translation>Faili la CA la kituo haliwezi kutumika: muulize meneja wako</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to a server yet</source>
        <translation>Bado haijaunganishwa na seva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC&apos;s key is missing: connect it to the server again</source>
        <translatorcomment>review</translatorcomment>
        <translation>Ufunguo (key) wa kompyuta hii haupo: iunganishe tena na seva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync did not finish; it will be tried again</source>
        <translatorcomment>review</translatorcomment>
        <translation>Usawazishaji haukukamilika; utajaribiwa tena</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location line="-84"/>
        <source>Sync progress</source>
        <translatorcomment>review</translatorcomment>
        <translation>Maendeleo ya kusawazisha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translatorcomment>review</translatorcomment>
        <translation>Sawazisha sasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send finished work and fetch new tickets now</source>
        <translation>Tuma kazi iliyokamilika na ulete tiketi mpya sasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to server…</source>
        <translation>Unganisha na seva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export unsent work…</source>
        <translatorcomment>review</translatorcomment>
        <translation>Hamisha kazi ambayo haijatumwa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the work this PC could not send to a file, for the central server&apos;s operator</source>
        <translatorcomment>review</translatorcomment>
        <translation>Hifadhi kwenye faili kazi ambayo kompyuta hii haikuweza kutuma, kwa ajili ya mwendeshaji wa seva kuu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to a server yet</source>
        <translation>Bado haijaunganishwa na seva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC was disconnected by the center&apos;s server. Nothing is lost: export the unsent work and give the file to your manager.</source>
        <translatorcomment>review</translatorcomment>
        <translation>Seva ya kituo imetenganisha kompyuta hii. Hakuna kilichopotea: hamisha kazi ambayo haijatumwa na umpe meneja wako faili.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translatorcomment>review</translatorcomment>
        <translation>Inasawazisha…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1</source>
        <translatorcomment>review</translatorcomment>
        <translation>Nje ya mtandao tangu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync did not finish; it will be tried again</source>
        <translatorcomment>review</translatorcomment>
        <translation>Usawazishaji uliopita haukukamilika; utajaribiwa tena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translatorcomment>review</translatorcomment>
        <translation>Mtandaoni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translatorcomment>review</translatorcomment>
        <translation>bado haujafanyika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translatorcomment>review</translatorcomment>
        <translation>Usawazishaji wa mwisho: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) waiting to be sent</source>
        <translatorcomment>review</translatorcomment>
        <translation>
            <numerusform>Kazi %Ln inasubiri kutumwa</numerusform>
            <numerusform>Kazi %Ln zinasubiri kutumwa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC&apos;s clock is wrong: ask your supervisor to set it</source>
        <translation>Saa ya kompyuta hii si sahihi: mwombe msimamizi wako aiweke sawa</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) need attention</source>
        <translatorcomment>review</translatorcomment>
        <translation>
            <numerusform>Kazi %Ln inahitaji kuangaliwa</numerusform>
            <numerusform>Kazi %Ln zinahitaji kuangaliwa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending work</source>
        <translation>Inatuma kazi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetching tickets</source>
        <translation>Inaleta tiketi</translation>
    </message>
</context>
<context>
    <name>TooNewPage</name>
    <message>
        <location filename="../../deskclient/ui/recovery_page.py" line="+13"/>
        <source>This PC needs the new version of deskclient</source>
        <translation>Kompyuta hii inahitaji toleo jipya la deskclient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The work file on this PC was saved by a newer version of the app. Nothing was changed and no work is lost. Please ask your center manager to install the update.</source>
        <translation>Faili la kazi kwenye kompyuta hii lilihifadhiwa na toleo jipya zaidi la programu. Hakuna kilichobadilishwa na hakuna kazi iliyopotea. Tafadhali mwombe meneja wa kituo chako asakinishe sasisho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technical detail: %1</source>
        <translation>Maelezo ya kiufundi: %1</translation>
    </message>
</context>
<context>
    <name>WorkerSession</name>
    <message>
        <location filename="../../deskclient/ui/session.py" line="+150"/>
        <source>Sent. Well done!</source>
        <translation>Imetumwa. Kazi nzuri!</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Escalated to a specialist.</source>
        <translation>Imepelekwa kwa mtaalamu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Skipped. Someone else will take it.</source>
        <translation>Imerukwa. Mtu mwingine ataichukua.</translation>
    </message>
</context>
<context>
    <name>support_ticket</name>
    <message>
        <location filename="../../deskclient/domain/kinds/support_ticket.py" line="+13"/>
        <source>Account access</source>
        <translation>Kuingia kwenye akaunti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing and payments</source>
        <translation>Bili na malipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet and connectivity</source>
        <translation>Intaneti na muunganisho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device set-up</source>
        <translatorcomment>review</translatorcomment>
        <translation>Kuweka kifaa tayari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App or software fault</source>
        <translation>Hitilafu ya programu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How-to question</source>
        <translation>Swali la jinsi ya kufanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware fault</source>
        <translation>Hitilafu ya kifaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security or fraud</source>
        <translation>Usalama au ulaghai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Nyingine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>Chini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Kawaida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Juu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Dharura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered with instructions</source>
        <translation>Amejibiwa kwa maelekezo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset sent</source>
        <translatorcomment>review</translatorcomment>
        <translation>Nenosiri jipya limetumwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund requested</source>
        <translation>Ombi la kurudishiwa pesa limetumwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair or replacement arranged</source>
        <translatorcomment>review</translatorcomment>
        <translation>Matengenezo au kubadilishiwa kumepangwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the customer</source>
        <translation>Inasubiri jibu la mteja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate ticket</source>
        <translatorcomment>review</translatorcomment>
        <translation>Tiketi iliyojirudia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action needed</source>
        <translation>Hakuna hatua inayohitajika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reproduce</source>
        <translatorcomment>review</translatorcomment>
        <translation>Tatizo halikujirudia</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>E-mail</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Chat</source>
        <translatorcomment>review</translatorcomment>
        <translation>Gumzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Simu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>Fomu ya mtandaoni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support ticket</source>
        <translation>Tiketi ya msaada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject</source>
        <translation>Mada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Bidhaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translatorcomment>review</translatorcomment>
        <translation>Njia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translatorcomment>review</translatorcomment>
        <translation>Aina ya tatizo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Kipaumbele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Suluhisho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to the customer</source>
        <translation>Jibu kwa mteja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated</source>
        <translation>Imepelekwa kwa mtaalamu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal note</source>
        <translatorcomment>review</translatorcomment>
        <translation>Maelezo ya ndani</translation>
    </message>
</context>
</TS>
