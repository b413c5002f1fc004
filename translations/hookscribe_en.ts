<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiKeyField</name>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Soniox for the list of models with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain works on this system: the key is kept for this run only and never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet. Create one in the Soniox console; it is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Soniox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox refused the key (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works. Models: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveriesDock</name>
    <message>
        <source>Webhook deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook deliveries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since start — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored (job removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this job&apos;s transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad or missing token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Drop audio or video files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and whole folders are welcome: folders are searched for the types Soniox accepts (%1). Each file becomes a transcription job and its transcript is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Hookscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Soniox API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookscribe sends your audio to Soniox for transcription. Paste the API key from the Soniox console; it is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also set it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox can call Hookscribe the moment a transcript is ready, through a public https address that reaches this computer — for example a cloudflared or ngrok tunnel. Without one, Hookscribe asks Soniox from time to time instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>&amp;Open transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all finished…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open output &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy transcription &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n transcript(s) to</source>
        <translation>
            <numerusform>Export %n transcript to</numerusform>
            <numerusform>Export %n transcripts to</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the stored transcript cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the text of %n transcript(s).</source>
        <translation>
            <numerusform>Copied the text of %n transcript.</numerusform>
            <numerusform>Copied the text of %n transcripts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n job(s) from the list?</source>
        <translation>
            <numerusform>Remove %n job from the list?</numerusform>
            <numerusform>Remove %n jobs from the list?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported files stay where they are. The transcript kept in Hookscribe is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the transcription and the file on Soniox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s).</source>
        <translation>
            <numerusform>Removed %n job.</numerusform>
            <numerusform>Removed %n jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n transcription id(s).</source>
        <translation>
            <numerusform>Copied %n transcription id.</numerusform>
            <numerusform>Copied %n transcription ids.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTableView</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued at Soniox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an audio or video type Soniox accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: %1.</source>
        <translation>
            <numerusform>%n file skipped: %1.</numerusform>
            <numerusform>%n files skipped: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling Soniox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The queue is paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter jobs by file, status, model or output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audio or video files as transcription jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every audio or video file in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hookscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hookscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n job(s).</source>
        <translation>
            <numerusform>Added %n job.</numerusform>
            <numerusform>Added %n jobs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added: no audio or video files were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audio or video files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio and video files (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of audio files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs are still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Hookscribe running in the tray until the jobs are done?

If you quit, the jobs continue the next time Hookscribe starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookscribe keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs go on in the background. Click the tray icon to show the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Soniox API key yet: the jobs wait until you add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hookscribe %1&lt;/h3&gt;&lt;p&gt;Drop audio files, get transcripts: Soniox asynchronous speech-to-text with webhooks.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licensed under the &lt;a href=&quot;%3&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicUrlTester</name>
    <message>
        <source>T&amp;est</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a request through the public URL to this app&apos;s /health and shows the round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a public URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soniox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States (api.soniox.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (the newest asynchronous model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en, de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language codes the audio is likely in, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language hints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell &amp;speakers apart (diarization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the &amp;language of each part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, terms and topics that help recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox tells Hookscribe that a transcript is ready by calling a public https address that reaches this computer, e.g. a cloudflared or ngrok tunnel to the receiver. Without one, jobs finish by polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth &amp;header name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export each transcript when it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebVTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} the audio file&apos;s name, {date} the day it was added, {id} the job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite existing files (otherwise keep both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the &amp;uploaded audio file on Soniox when the transcript is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the &amp;transcription on Soniox once the transcript is saved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used after Hookscribe restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the transcripts go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name cannot be empty; {name} is the audio file&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Hookscribe cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookscribe could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusIndicators</name>
    <message>
        <source>Running: %1  Done: %2  Failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver is listening on this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver is not listening: jobs finish by polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a public URL Soniox cannot send webhooks; jobs finish by polling. Set one in Settings → Webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Speaker %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptViewer</name>
    <message>
        <source>Transcript — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no transcript yet: the job is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished at Soniox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries of this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries: none received for this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with timestamps and speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubRip subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>&amp;Show Hookscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s) ready.</source>
        <translation>
            <numerusform>%n transcript ready.</numerusform>
            <numerusform>%n transcripts ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed.</source>
        <translation>
            <numerusform>%n job failed.</numerusform>
            <numerusform>%n jobs failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s) ready, </source>
        <translation>
            <numerusform>%n transcript ready, </numerusform>
            <numerusform>%n transcripts ready, </numerusform>
        </translation>
    </message>
    <message>
        <source>Hookscribe: all jobs finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TunnelSection</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public URL I enter myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cloudflared quick tunnel started by Hookscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ngrok tunnel started by Hookscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;unnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on the PATH when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the tunnel choice and starts the tunnel now (a quick tunnel gets a new address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point your tunnel at http://127.0.0.1:%1 and enter its https address below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel: running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel: failed — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel: the program is not installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TunnelText</name>
    <message>
        <source>the host name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing accepts connections there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something other than Hookscribe answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request never reached this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL: testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL: OK (%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL: failing — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a public URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works: the request came back through the public URL in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
