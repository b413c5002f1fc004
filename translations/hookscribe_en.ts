<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Soniox Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcriptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left by Hookscribe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What jobs cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clean up Soniox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the Soniox account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the Soniox account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the account holds, against Soniox&apos;s limits (unless your plan allows more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 of jobs that no longer run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transcription(s)</source>
        <translation>
            <numerusform>%n transcription</numerusform>
            <numerusform>%n transcriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known yet: Soniox&apos;s usage logs have not shown a job of this data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n job(s) in this data folder, %2 of it this month</source>
        <translation>
            <numerusform>%1 for %n job in this data folder, %2 of it this month</numerusform>
            <numerusform>%1 for %n jobs in this data folder, %2 of it this month</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountJanitor</name>
    <message>
        <source>%1: still processing at Soniox; it can be deleted once it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
<context>
    <name>AccountRoom</name>
    <message>
        <source>The Soniox account holds as many files as it may (1,000 unless your plan allows more). New uploads wait and go on by themselves when there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Soniox account&apos;s file storage is full (10 GB unless your plan allows more). New uploads wait and go on by themselves when there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Soniox account holds as many transcriptions as it may (2,000 unless your plan allows more). New jobs wait and go on by themselves when there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox has as many transcriptions waiting to start as it allows (100 unless your plan allows more). New jobs wait and go on as Soniox works through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Soniox account holds %Ln file(s), as many as it may (1,000 unless your plan allows more). New uploads wait and go on by themselves when there is room.</source>
        <translation>
            <numerusform>The Soniox account holds %Ln file, as many as it may (1,000 unless your plan allows more). New uploads wait and go on by themselves when there is room.</numerusform>
            <numerusform>The Soniox account holds %Ln files, as many as it may (1,000 unless your plan allows more). New uploads wait and go on by themselves when there is room.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Soniox account holds %Ln transcription(s), as many as it may (2,000 unless your plan allows more). New jobs wait and go on by themselves when there is room.</source>
        <translation>
            <numerusform>The Soniox account holds %Ln transcription, as many as it may (2,000 unless your plan allows more). New jobs wait and go on by themselves when there is room.</numerusform>
            <numerusform>The Soniox account holds %Ln transcriptions, as many as it may (2,000 unless your plan allows more). New jobs wait and go on by themselves when there is room.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddFilesFlow</name>
    <message>
        <source>“%1” has the same content as “%2”, also in what you added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was already transcribed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was already transcribed on %2, as “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is being transcribed already (added %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transcribe again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already transcribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribing it again is billed again by Soniox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the %n other file(s) like it in this batch</source>
        <translation>
            <numerusform>Do the same for the other file like it in this batch</numerusform>
            <numerusform>Do the same for the %n other files like it in this batch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeyField</name>
    <message>
        <source>Soniox API key</source>
        <translation>Soniox API key</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Show the key</translation>
    </message>
    <message>
        <source>Ask Soniox for the list of models with this key</source>
        <translation>Ask Soniox for the list of models with this key</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(stored)</translation>
    </message>
    <message>
        <source>Type the API key first.</source>
        <translation>Type the API key first.</translation>
    </message>
    <message>
        <source>Asking Soniox…</source>
        <translation>Asking Soniox…</translation>
    </message>
    <message>
        <source>Soniox refused the key (HTTP %1).</source>
        <translation>Soniox refused the key (HTTP %1).</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>The test failed: %1</translation>
    </message>
    <message>
        <source>The key works. Models: %1</source>
        <translation>The key works. Models: %1</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation type="unfinished">T&amp;est</translation>
    </message>
    <message>
        <source>The key in SONIOX_API_KEY is used for this run and is not stored. Type a key to store it.</source>
        <translation type="unfinished">The key in SONIOX_API_KEY is used for this run and is not stored. Type a key to store it.</translation>
    </message>
    <message>
        <source>(from SONIOX_API_KEY)</source>
        <translation type="unfinished">(from SONIOX_API_KEY)</translation>
    </message>
</context>
<context>
    <name>AudioFiles</name>
    <message>
        <source>not an audio or video file Soniox accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable</source>
        <translation type="unfinished">not readable</translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished">empty</translation>
    </message>
    <message>
        <source>larger than Soniox&apos;s 1 GiB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <source>Clean up Soniox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">File</translation>
    </message>
    <message>
        <source>Size or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished">Job</translation>
    </message>
    <message>
        <source>What Hookscribe left on the Soniox account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the Soniox account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account holds %1 of %2 transcriptions and %3 of %4 files (%5 of %6), unless your plan allows more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the Soniox account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation type="unfinished">Transcription</translation>
    </message>
    <message>
        <source>Hookscribe left nothing on the Soniox account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hookscribe left %n item(s) on the Soniox account, of jobs that are finished, failed, cancelled or removed. Their transcripts stay in Hookscribe. What other programs made there is not shown and never touched.</source>
        <translation>
            <numerusform>Hookscribe left %n item on the Soniox account, of a job that is finished, failed, cancelled or removed. Its transcript stays in Hookscribe. What other programs made there is not shown and never touched.</numerusform>
            <numerusform>Hookscribe left %n items on the Soniox account, of jobs that are finished, failed, cancelled or removed. Their transcripts stay in Hookscribe. What other programs made there is not shown and never touched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their files take %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n item(s)</source>
        <translation>
            <numerusform>&amp;Delete %n item</numerusform>
            <numerusform>&amp;Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the Soniox account? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n item from the Soniox account? This cannot be undone.</numerusform>
            <numerusform>Delete %n items from the Soniox account? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>Deleted %n item.</numerusform>
            <numerusform>Deleted %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliAccountRunner</name>
    <message>
        <source>No Soniox API key: set SONIOX_API_KEY, or store one with the Hookscribe window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): set SONIOX_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the Soniox account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: &apos;hookscribe-cli cleanup --yes&apos; deletes them.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete them? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox account at %1 (limits unless your plan allows more):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Transcriptions  %1 of %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Files           %1 of %2, %3 of %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookscribe left nothing there.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookscribe left %1 and %2 of jobs that no longer run: &apos;hookscribe-cli cleanup&apos; deletes them.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transcription(s)</source>
        <translation>
            <numerusform>%n transcription</numerusform>
            <numerusform>%n transcriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) there were made by other programs; Hookscribe leaves them alone.
</source>
        <translation>
            <numerusform>%n item there was made by another program; Hookscribe leaves it alone.
</numerusform>
            <numerusform>%n items there were made by other programs; Hookscribe leaves them alone.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Hookscribe left nothing on the Soniox account.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hookscribe left %n item(s) on the Soniox account:
</source>
        <translation>
            <numerusform>Hookscribe left %n item on the Soniox account:
</numerusform>
            <numerusform>Hookscribe left %n items on the Soniox account:
</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their files take %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).
</source>
        <translation>
            <numerusform>Deleted %n item.
</numerusform>
            <numerusform>Deleted %n items.
</numerusform>
        </translation>
    </message>
    <message>
        <source>  not deleted: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>&apos;%1&apos; is too short for a job id: give at least %2 characters (&apos;hookscribe-cli list&apos; shows the ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job %1 (&apos;hookscribe-cli list&apos; shows the jobs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job id %1 is ambiguous; give more characters. It could be:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 has no readable transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 is %2, not completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliFileCheck</name>
    <message>
        <source>the same content as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already transcribed on %1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being transcribed already (job %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: %2; use --again to transcribe it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>moved %1 job(s) and %2 setting(s) of an earlier hookscribe-cli into the shared store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>transcribe [options] FILE|DIR...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the audio files (folders are searched) as jobs, runs until every one is finished, and exports the transcripts. Content transcribed before is skipped unless --again. When Hookscribe already runs on the data folder, the files go to it and their progress is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hookscribe-cli transcribe --format srt,txt --out ~/Transcripts interview.wav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve [options] [FILE|DIR...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like transcribe, and keeps running until SIGINT or SIGTERM: resumes unfinished jobs and runs the files that a Hookscribe window or another hookscribe-cli hands over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the jobs in the store: id, state, file, and the files written or why the job failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hookscribe-cli list --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export [options] JOB...|--all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the stored transcripts of completed jobs again. A JOB is a job id from &apos;list&apos;, or its first characters (at least 4) when no other job&apos;s id starts with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hookscribe-cli export 3f2a --format srt --out ~/Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry [options] JOB...|--all-failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribes failed or cancelled jobs again and follows them to the end, as transcribe does. A JOB is a job id from &apos;list&apos;, or its first characters (at least 4) when no other job&apos;s id starts with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hookscribe-cli retry 3f2a 9b07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove [options] JOB...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes jobs from the store, as Remove in the window does: a running job is stopped, exported files stay where they are. A JOB is a job id from &apos;list&apos;, or its first characters (at least 4) when no other job&apos;s id starts with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hookscribe-cli remove 3f2a --delete-remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hookscribe-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;hookscribe-cli --help&apos; lists every command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders, or job ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep jobs and settings in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox API base URL (default: from settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel&apos;s public https URL that forwards to the receiver (plain http only for loopback hosts). Without one, jobs finish by polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a tunnel to the receiver and use its public URL: cloudflared (a quick tunnel), ngrok, or none (use --public-url or the settings). Default: from settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the webhook receiver listens (default 127.0.0.1:8787; port 0 = any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox model (default: from settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected languages, e.g. en,de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label speakers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context text to help recognition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export formats: txt,timed,srt,vtt,json (default txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON event a line on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: every completed job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe files whose content was transcribed before (skipped otherwise; billed again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait this long for a webhook before polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First polling interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print informational log lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry: every failed job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove: also delete the jobs&apos; transcriptions and files at Soniox (default: as the settings say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove: keep the jobs&apos; transcriptions and files at Soniox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delete-remote and --keep-remote exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcribe needs at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs job ids or --all (not both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry needs job ids or --all-failed (not both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove needs at least one job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-base: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--public-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tunnel: expected cloudflared, ngrok or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tunnel %1 and --public-url exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language-hints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (txt, timed, srt, vtt, json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen: expected HOST:PORT with a numeric address, e.g. 127.0.0.1:8787</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hookscribe-cli serve --tunnel cloudflared --watch ~/Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: new audio files in DIR become jobs once complete (the files already there are left alone). Repeatable; besides the folders watched in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--watch: %1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--watch is for serve, which keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleanup [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the files and transcriptions that Hookscribe left on the Soniox account (of jobs that are finished, failed, cancelled or removed) and deletes them after asking, or at once with --yes. What other programs made there is never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hookscribe-cli cleanup --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what the Soniox account holds (transcriptions, files and storage) against its limits, and how much of it Hookscribe left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hookscribe-cli account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe audio files with Soniox, driven by webhooks.

Commands:
  transcribe FILE|DIR...   add the files, run until every one is finished, export
  serve [FILE|DIR...]      the same, and keep running (resuming unfinished jobs)
                           until SIGINT or SIGTERM
  list                     the jobs in the store
  export JOB...|--all      export stored transcripts (--format, --out)
  retry JOB...             transcribe failed or cancelled jobs again
                           (--all-failed: every failed job)
  remove JOB...            remove jobs from the store (--delete-remote: at
                           Soniox too)
  cleanup                  delete what Hookscribe left on the Soniox account
                           (asks first; --yes: at once)
  account                  what the Soniox account holds, against its limits

A JOB is a job id from &apos;list&apos;, or its first characters (at least 4) when no
other job&apos;s id starts with them. &apos;hookscribe-cli COMMAND --help&apos; shows a
command&apos;s options and an example.

The API key comes from SONIOX_API_KEY, else from the system keychain.
Exit status: 0 all completed, 1 any failed, 2 usage error, unknown job, or
nothing could start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcribe, serve, list, export, retry, remove, cleanup or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleanup: delete what it lists without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--yes is for cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliPrinter</name>
    <message>
        <source>%1: retrying (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exported %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resumed from an earlier run (added %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (last from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook receiver: refused a request: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Webhook receiver: refused %n requests in the last second: %1%2</source>
        <translation>
            <numerusform>Webhook receiver: refused %n request in the last second: %1%2</numerusform>
            <numerusform>Webhook receiver: refused %n requests in the last second: %1%2</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running, %2 completed, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, cost %1 for %n of them</source>
        <translation>
            <numerusform>, cost %1 for %n of them</numerusform>
            <numerusform>, cost %1 for %n of them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Waiting for the system keychain to unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s, so the webhook secret (and an API key stored by the app) cannot be read. Unlock the keychain, or start its Secret Service, and try again. Where no keychain can run (over SSH, on a server), start hookscribe-cli with DISPLAY and DBUS_SESSION_BUS_ADDRESS unset and the key in SONIOX_API_KEY: it then keeps its secrets for that run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s, so the webhook secret (and an API key stored by the app) cannot be read. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed jobs to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not retried: %1 (job %2) is %3; only failed or cancelled jobs can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not retried: %1 (job %2) is no longer failed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Soniox API key: the jobs are removed here, but their transcriptions and files at Soniox are kept (set SONIOX_API_KEY to delete them too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox did not delete everything: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1 (job %2) is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcriptions and files at Soniox are kept (--delete-remote deletes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcriptions and files at Soniox were deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running Hookscribe deletes the transcriptions and files at Soniox too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver could not start (%1), so jobs finish by polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use by another program, so webhooks cannot be received and jobs finish by polling. To receive them, choose another port: --listen %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping; unfinished jobs resume on the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to transcribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to transcribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running without the one-engine-per-folder guard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox refused the API key (%1). The jobs wait; they go on when Hookscribe runs with a working key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key stored by the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running Hookscribe transcribes with its own settings: --model, --language-hints, --diarize, --identify-language and --context apply when hookscribe-cli runs the jobs itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hookscribe that ran the jobs has gone: running them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Hookscribe window opened on these jobs: it runs them now, and their progress is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Soniox API key: set SONIOX_API_KEY, or store one with the Hookscribe app (Settings → Soniox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving webhooks on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public URL: jobs finish by polling (use --public-url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel (%1): running at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel (%1): not found. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test: no public URL (jobs finish by polling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test: OK, %1 reaches this app (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookscribe is running on this data folder: add the folder in its Settings › Watched folders, or quit it and run serve --watch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookscribe is already running: it retries the jobs, and their progress is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookscribe is already running: the files went to it, and their progress is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The jobs wait; they go on when Hookscribe runs with a key that has it (this run uses %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: about $%1 for %n file(s), from what earlier jobs cost per audio hour.</source>
        <translation>
            <numerusform>Estimated cost: about $%1 for %n file, from what earlier jobs cost per audio hour.</numerusform>
            <numerusform>Estimated cost: about $%1 for %n files, from what earlier jobs cost per audio hour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostSummary</name>
    <message numerus="yes">
        <source>Cost of %n job(s): %1</source>
        <translation>
            <numerusform>Cost of %n job: %1</numerusform>
            <numerusform>Cost of %n jobs: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost of %n selected job(s): %1</source>
        <translation>
            <numerusform>Cost of %n selected job: %1</numerusform>
            <numerusform>Cost of %n selected jobs: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>What Soniox billed for the jobs whose cost its usage logs show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveriesDock</name>
    <message>
        <source>Webhook deliveries</source>
        <translation>Webhook deliveries</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No webhook deliveries yet.</source>
        <translation>No webhook deliveries yet.</translation>
    </message>
    <message>
        <source>%1 since start — %2</source>
        <translation>%1 since start — %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished">no answer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished">%1 ms</translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Ignored (job removed)</source>
        <translation>Ignored (job removed)</translation>
    </message>
    <message>
        <source>Not this job&apos;s transcription</source>
        <translation>Not this job&apos;s transcription</translation>
    </message>
    <message>
        <source>Bad payload</source>
        <translation>Bad payload</translation>
    </message>
    <message>
        <source>Bad or missing token</source>
        <translation>Bad or missing token</translation>
    </message>
    <message>
        <source>Unknown path</source>
        <translation>Unknown path</translation>
    </message>
    <message>
        <source>Wrong method</source>
        <translation>Wrong method</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Too large</translation>
    </message>
    <message>
        <source>Not JSON</source>
        <translation>Not JSON</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Health check</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Job: %1</translation>
    </message>
    <message>
        <source>Transcription: %1</source>
        <translation>Transcription: %1</translation>
    </message>
    <message>
        <source>Payload status: %1</source>
        <translation>Payload status: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Drop audio or video files here</source>
        <translation>Drop audio or video files here</translation>
    </message>
    <message>
        <source>Files and whole folders are welcome: folders are searched for the types Soniox accepts (%1). Each file becomes a transcription job and its transcript is kept here.</source>
        <translation>Files and whole folders are welcome: folders are searched for the types Soniox accepts (%1). Each file becomes a transcription job and its transcript is kept here.</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Add f&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Use these formats from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n transcript(s)</source>
        <translation>
            <numerusform>Export %n transcript</numerusform>
            <numerusform>Export %n transcripts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished">&amp;Folder:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished">Formats:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SRT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WebVTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder must be a full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation type="unfinished">Choose at least one format.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation>Search the transcript</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Close the search (Esc)</source>
        <translation>Close the search (Esc)</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Close the search</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
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
        <translation>Welcome to Hookscribe</translation>
    </message>
    <message>
        <source>&amp;Skip setup</source>
        <translation>&amp;Skip setup</translation>
    </message>
    <message>
        <source>Your Soniox API key</source>
        <translation>Your Soniox API key</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>You can also set it later in Settings.</source>
        <translation>You can also set it later in Settings.</translation>
    </message>
    <message>
        <source>Webhooks (optional)</source>
        <translation>Webhooks (optional)</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Public URL</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>&amp;Public URL:</translation>
    </message>
    <message>
        <source>Hookscribe sends your audio to Soniox for transcription. Paste the API key from the Soniox console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox can call Hookscribe the moment a transcript is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs a public https address that reaches this computer — for example a cloudflared or ngrok tunnel. Without one, Hookscribe asks Soniox from time to time instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderIntake</name>
    <message>
        <source>Skipped %1 from a watched folder: the same content as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1 from a watched folder: its content was transcribed before (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderWatcher</name>
    <message>
        <source>The watched folder %1 is missing; it is watched again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Watching %1; %n file(s) already in it are left alone.</source>
        <translation>
            <numerusform>Watching %1; %n file already in it is left alone.</numerusform>
            <numerusform>Watching %1; %n files already in it are left alone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>InstanceClient</name>
    <message>
        <source>The running Hookscribe is older than this hookscribe-cli and cannot remove jobs for it; remove them in its window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>&amp;Open transcript</source>
        <translation>&amp;Open transcript</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export &amp;all finished…</source>
        <translation>Export &amp;all finished…</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Open output &amp;folder</source>
        <translation>Open output &amp;folder</translation>
    </message>
    <message>
        <source>Copy transcription &amp;id</source>
        <translation>Copy transcription &amp;id</translation>
    </message>
    <message>
        <source>%1: the stored transcript cannot be read.</source>
        <translation>%1: the stored transcript cannot be read.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>the folder cannot be created</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>the folder is not writable</translation>
    </message>
    <message>
        <source>the file exists already</source>
        <translation>the file exists already</translation>
    </message>
    <message>
        <source>writing failed</source>
        <translation>writing failed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Some files were not exported</translation>
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
        <translation>Remove “%1” from the list?</translation>
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
        <translation>Remove jobs</translation>
    </message>
    <message>
        <source>Exported files stay where they are. The transcript kept in Hookscribe is deleted.</source>
        <translation>Exported files stay where they are. The transcript kept in Hookscribe is deleted.</translation>
    </message>
    <message>
        <source>Also delete the transcription and the file on Soniox</source>
        <translation>Also delete the transcription and the file on Soniox</translation>
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
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager opened %1. Its path is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobEngine</name>
    <message>
        <source>Public URL changed: finishing by polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public URL changed: %1 running job(s) created under the old URL will finish by polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox is busy (%1); trying again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a model (choose one in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public URL: finishing by polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask Soniox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox refused the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stored transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for room on the Soniox account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelled</translation>
    </message>
    <message>
        <source>No keychain kept the webhook token: finishing by polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key may not upload files: it needs the &quot;Files&quot; permission in the Soniox console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key may not transcribe files: it needs the &quot;Speech-to-text, async&quot; permission in the Soniox console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Unknown job state &quot;%1&quot; in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the job database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job database %1 was written by a newer version of Hookscribe (schema %2; this version knows schema %3 at most). Update Hookscribe, or use another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the job database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the job database to schema %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the job database to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save job %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save job %1: it is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the transcript of job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job is %1, not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the jobs: the job database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the transcript of job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remember the watched files: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>Done in %1</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>What Soniox billed for this job, from the account&apos;s usage logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estimate: what your earlier jobs cost per audio hour, times this file&apos;s length (guessed from its size until Soniox says it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTableView</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Submitting</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Fetching</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Waiting to upload</translation>
    </message>
    <message>
        <source>Starting the transcription</source>
        <translation>Starting the transcription</translation>
    </message>
    <message>
        <source>Queued at Soniox</source>
        <translation>Queued at Soniox</translation>
    </message>
    <message>
        <source>Fetching the transcript</source>
        <translation>Fetching the transcript</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Polling</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Creating the transcription</source>
        <translation>Creating the transcription</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>not an audio or video type Soniox accepts</source>
        <translation>not an audio or video type Soniox accepts</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>not readable</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>larger than 1 GiB</source>
        <translation>larger than 1 GiB</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <translation>, </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>At Soniox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing at Soniox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>%1 of about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (usually about %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry (Ctrl+R) starts it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can pass by itself: Retry (Ctrl+R) tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file still exists, can be read and is an audio or video file Soniox accepts, then Retry (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox did not accept the request: check the model and the options in Settings › Soniox, then Retry (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox could not transcribe this file. Retry (Ctrl+R) once; if it fails again, the file may be damaged or in a format Soniox does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox keeps the transcript for a while: Retry (Ctrl+R) fetches it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the export folder exists and can be written to (Settings › Export), then export again (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry (Ctrl+R) tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Soniox: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished">%1: %2 {1.?}</translation>
    </message>
</context>
<context>
    <name>LegacyCliData</name>
    <message>
        <source>The job store of an earlier hookscribe-cli could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job store could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job of an earlier hookscribe-cli could not be copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The queue is paused: %1</source>
        <translation>The queue is paused: %1</translation>
    </message>
    <message>
        <source>Filter jobs by file, status, model or output</source>
        <translation>Filter jobs by file, status, model or output</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>Filter jobs</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Add audio or video files as transcription jobs</source>
        <translation>Add audio or video files as transcription jobs</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Add f&amp;older…</translation>
    </message>
    <message>
        <source>Add every audio or video file in a folder and its subfolders</source>
        <translation>Add every audio or video file in a folder and its subfolders</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Filter jobs</source>
        <translation>&amp;Filter jobs</translation>
    </message>
    <message>
        <source>&amp;About Hookscribe</source>
        <translation>&amp;About Hookscribe</translation>
    </message>
    <message>
        <source>About Hookscribe</source>
        <translation>About Hookscribe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Nothing was added: %1</translation>
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
        <translation>Nothing was added: no audio or video files were found.</translation>
    </message>
    <message>
        <source>Add audio or video files</source>
        <translation>Add audio or video files</translation>
    </message>
    <message>
        <source>Audio and video files (%1);;All files (*)</source>
        <translation>Audio and video files (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Add a folder of audio files</source>
        <translation>Add a folder of audio files</translation>
    </message>
    <message>
        <source>Jobs are still running</source>
        <translation>Jobs are still running</translation>
    </message>
    <message>
        <source>Hookscribe keeps running</source>
        <translation>Hookscribe keeps running</translation>
    </message>
    <message>
        <source>No Soniox API key yet: the jobs wait until you add one in Settings.</source>
        <translation>No Soniox API key yet: the jobs wait until you add one in Settings.</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Open &amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hookscribe %1&lt;/h3&gt;&lt;p&gt;Drop audio files, get transcripts: Soniox asynchronous speech-to-text with webhooks.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licensed under the &lt;a href=&quot;%3&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hookscribe %1&lt;/h3&gt;&lt;p&gt;Drop audio files, get transcripts: Soniox asynchronous speech-to-text with webhooks.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licensed under the &lt;a href=&quot;%3&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Soniox refused the API key: the jobs wait until it is replaced in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you quit, they go on the next time Hookscribe starts; an upload under way starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still running. Hookscribe can keep running in the tray and quit by itself when they are done.</source>
        <translation>
            <numerusform>%n job is still running. Hookscribe can keep running in the tray and quit by itself when it is done.</numerusform>
            <numerusform>%n jobs are still running. Hookscribe can keep running in the tray and quit by itself when they are done.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It quits by itself when the jobs are done. Click the tray icon to show the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still running.</source>
        <translation>
            <numerusform>%n job is still running.</numerusform>
            <numerusform>%n jobs are still running.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already transcribed left out.</source>
        <translation>
            <numerusform>%n file already transcribed left out.</numerusform>
            <numerusform>%n files already transcribed left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhook receiver could not start (%1). Jobs finish by polling, a little later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is in use by another program, so webhooks cannot reach Hookscribe: jobs finish by polling, a little later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another port in Settings › Webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you run the tunnel yourself, point it at the new port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clean up Soniox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 finished, %3 failed — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 finished — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The jobs wait until the key is replaced in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox &amp;Account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformText</name>
    <message>
        <source>A key is stored in the Windows Credential Manager. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in your macOS keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation type="unfinished">A key is stored in the system keychain. Type a new one to replace it.</translation>
    </message>
    <message>
        <source>No key yet. Create one in the Soniox console; it is stored in the Windows Credential Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet. Create one in the Soniox console; it is stored in your macOS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet. Create one in the Soniox console; it is stored in the system keychain.</source>
        <translation type="unfinished">No key yet. Create one in the Soniox console; it is stored in the system keychain.</translation>
    </message>
    <message>
        <source>The Windows Credential Manager cannot be used: the key is kept for this run only and never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macOS keychain cannot be used: the key is kept for this run only and never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain works on this system: the key is kept for this run only and never written to a file.</source>
        <translation type="unfinished">No keychain works on this system: the key is kept for this run only and never written to a file.</translation>
    </message>
    <message>
        <source>Waiting for the Windows Credential Manager, which keeps the Soniox API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your macOS keychain, which keeps the Soniox API key. If it asks for your password, answer it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the system keychain, which keeps the Soniox API key. If it asks for a password, answer it to go on.</source>
        <translation type="unfinished">Waiting for the system keychain, which keeps the Soniox API key. If it asks for a password, answer it to go on.</translation>
    </message>
    <message>
        <source>Not saved yet: Test asks Soniox whether this key works. It is stored in the Windows Credential Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: Test asks Soniox whether this key works. It is stored in your macOS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: Test asks Soniox whether this key works. It is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicUrlTester</name>
    <message>
        <source>T&amp;est</source>
        <translation>T&amp;est</translation>
    </message>
    <message>
        <source>Sends a request through the public URL to this app&apos;s /health and shows the round trip</source>
        <translation>Sends a request through the public URL to this app&apos;s /health and shows the round trip</translation>
    </message>
    <message>
        <source>Enter a public URL first.</source>
        <translation>Enter a public URL first.</translation>
    </message>
    <message>
        <source>Testing %1 …</source>
        <translation>Testing %1 …</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Could not read &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store &quot;%1&quot; in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Could not open the job database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox lists no async model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up the Soniox models (%1); trying again in a minute. You can choose a model in Settings → Soniox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Soniox API key: add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public URL changed to %1 (a quick tunnel gets a new address each time it starts), so running jobs created under the old one finish by polling; for an address that lasts, use a Cloudflare named tunnel or an ngrok reserved domain and enter it as the public URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No keychain kept the webhook token of the last run: %n running job(s) will finish by polling instead.</source>
        <translation>
            <numerusform>No keychain kept the webhook token of the last run: %n running job will finish by polling instead.</numerusform>
            <numerusform>No keychain kept the webhook token of the last run: %n running jobs will finish by polling instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must not contain a query (?...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must not contain a fragment (#...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must use https; plain http is only allowed for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public URL is too long: the webhook URL would have %1 characters, and Soniox accepts 256 at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name is longer than 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name may only contain letters, digits and !#$%&amp;&apos;*+-.^_`|~.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 100 language hints are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A language hint is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language hint &quot;%1&quot; is longer than 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language hint &quot;%1&quot; may only contain letters and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Soniox</source>
        <translation>&amp;Soniox</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Output</translation>
    </message>
    <message>
        <source>&amp;Clean-up</source>
        <translation>&amp;Clean-up</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>United States (api.soniox.com)</source>
        <translation>United States (api.soniox.com)</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>European Union</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>Custom base URL</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Automatic (the newest asynchronous model)</source>
        <translation>Automatic (the newest asynchronous model)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>e.g. en, de</source>
        <translation>e.g. en, de</translation>
    </message>
    <message>
        <source>Language codes the audio is likely in, separated by commas</source>
        <translation>Language codes the audio is likely in, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Language hints:</source>
        <translation>&amp;Language hints:</translation>
    </message>
    <message>
        <source>Names, terms and topics that help recognition</source>
        <translation>Names, terms and topics that help recognition</translation>
    </message>
    <message>
        <source>Soniox tells Hookscribe that a transcript is ready by calling a public https address that reaches this computer, e.g. a cloudflared or ngrok tunnel to the receiver. Without one, jobs finish by polling.</source>
        <translation>Soniox tells Hookscribe that a transcript is ready by calling a public https address that reaches this computer, e.g. a cloudflared or ngrok tunnel to the receiver. Without one, jobs finish by polling.</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Public URL</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>&amp;Public URL:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Any free port</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>Listen port</translation>
    </message>
    <message>
        <source>Authorization header name</source>
        <translation>Authorization header name</translation>
    </message>
    <message>
        <source>Auth &amp;header name:</source>
        <translation>Auth &amp;header name:</translation>
    </message>
    <message>
        <source>&amp;Export each transcript when it is ready</source>
        <translation>&amp;Export each transcript when it is ready</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <source>{name} the audio file&apos;s name, {date} the day it was added, {id} the job id</source>
        <translation>{name} the audio file&apos;s name, {date} the day it was added, {id} the job id</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Delete the &amp;uploaded audio file on Soniox when the transcript is saved</source>
        <translation>Delete the &amp;uploaded audio file on Soniox when the transcript is saved</translation>
    </message>
    <message>
        <source>Delete the &amp;transcription on Soniox once the transcript is saved here</source>
        <translation>Delete the &amp;transcription on Soniox once the transcript is saved here</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language is used after Hookscribe restarts.</source>
        <translation>A new language is used after Hookscribe restarts.</translation>
    </message>
    <message>
        <source>Choose the folder the transcripts go to.</source>
        <translation>Choose the folder the transcripts go to.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choose at least one format.</translation>
    </message>
    <message>
        <source>The file name cannot be empty; {name} is the audio file&apos;s name.</source>
        <translation>The file name cannot be empty; {name} is the audio file&apos;s name.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tell speakers &amp;apart (diarization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the lan&amp;guage of each part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verwrite existing files (otherwise keep both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox refused the new API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new API key could not be tested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it anyway, in place of the key stored now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an untested API key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field on this tab needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix the marked field on the %1 tab to save.</source>
        <translation>
            <numerusform>Fix the marked field on the %1 tab to save.</numerusform>
            <numerusform>Fix the marked fields on the %1 tabs to save.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>Watche&amp;d folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Hookscribe is starting and holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Hookscribe is running but does not accept connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Hookscribe is running but did not take the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen for other Hookscribe instances: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soniox::ModelCatalog</name>
    <message>
        <source>Soniox lists no async model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soniox::SonioxClient</name>
    <message>
        <source>%1 is not a valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server returned the same page cursor twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soniox did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Soniox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_reference_id: must be at most 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes; Soniox accepts at most %3 bytes (1 GiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soniox::SonioxReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soniox::UploadWorker</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the upload was larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Hookscribe cannot start</source>
        <translation>Hookscribe cannot start</translation>
    </message>
    <message>
        <source>Hookscribe could not start: %1</source>
        <translation>Hookscribe could not start: %1</translation>
    </message>
    <message>
        <source>Hookscribe is starting</source>
        <translation>Hookscribe is starting</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>StatusIndicators</name>
    <message>
        <source>Running: %1  Done: %2  Failed: %3</source>
        <translation>Running: %1  Done: %2  Failed: %3</translation>
    </message>
    <message>
        <source>Receiver: %1:%2</source>
        <translation>Receiver: %1:%2</translation>
    </message>
    <message>
        <source>The webhook receiver is listening on this address.</source>
        <translation>The webhook receiver is listening on this address.</translation>
    </message>
    <message>
        <source>Receiver: stopped</source>
        <translation>Receiver: stopped</translation>
    </message>
    <message>
        <source>The webhook receiver is not listening: jobs finish by polling.</source>
        <translation>The webhook receiver is not listening: jobs finish by polling.</translation>
    </message>
    <message>
        <source>Without a public URL Soniox cannot send webhooks; jobs finish by polling. Set one in Settings → Webhooks.</source>
        <translation>Without a public URL Soniox cannot send webhooks; jobs finish by polling. Set one in Settings → Webhooks.</translation>
    </message>
    <message>
        <source>Receiver: port %1 in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL: not tested (receiver stopped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptExporter</name>
    <message>
        <source>No export folder is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export folder is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export folder does not exist and cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many files with this name already exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Speaker %1</source>
        <translation>Speaker %1</translation>
    </message>
</context>
<context>
    <name>TranscriptViewer</name>
    <message>
        <source>Transcript — %1</source>
        <translation>Transcript — %1</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcript</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>The transcript is empty.</source>
        <translation>The transcript is empty.</translation>
    </message>
    <message>
        <source>There is no transcript yet: the job is %1.</source>
        <translation>There is no transcript yet: the job is %1.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Job id:</source>
        <translation>Job id:</translation>
    </message>
    <message>
        <source>File id:</source>
        <translation>File id:</translation>
    </message>
    <message>
        <source>Transcription id:</source>
        <translation>Transcription id:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Audio duration:</source>
        <translation>Audio duration:</translation>
    </message>
    <message>
        <source>Result via:</source>
        <translation>Result via:</translation>
    </message>
    <message>
        <source>Output files:</source>
        <translation>Output files:</translation>
    </message>
    <message>
        <source>Phase timings</source>
        <translation>Phase timings</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Upload started</source>
        <translation>Upload started</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Upload finished</translation>
    </message>
    <message>
        <source>Transcription created</source>
        <translation>Transcription created</translation>
    </message>
    <message>
        <source>Finished at Soniox</source>
        <translation>Finished at Soniox</translation>
    </message>
    <message>
        <source>Transcript fetched</source>
        <translation>Transcript fetched</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Webhook deliveries of this job</source>
        <translation>Webhook deliveries of this job</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Webhook deliveries: none received for this job</source>
        <translation>Webhook deliveries: none received for this job</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Webhook deliveries</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <source>Text with timestamps and speakers</source>
        <translation>Text with timestamps and speakers</translation>
    </message>
    <message>
        <source>SubRip subtitles</source>
        <translation>SubRip subtitles</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>WebVTT subtitles</translation>
    </message>
    <message>
        <source>Soniox JSON</source>
        <translation>Soniox JSON</translation>
    </message>
    <message>
        <source>%1 (*%2)</source>
        <translation>%1 (*%2)</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Export transcript</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The transcript could not be saved to %1.</source>
        <translation>The transcript could not be saved to %1.</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known (yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>&amp;Show Hookscribe</source>
        <translation>&amp;Show Hookscribe</translation>
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
        <translation>Hookscribe: all jobs finished</translation>
    </message>
</context>
<context>
    <name>TunnelSection</name>
    <message>
        <source>Start &amp;tunnel</source>
        <translation>Start &amp;tunnel</translation>
    </message>
    <message>
        <source>A public URL I enter myself</source>
        <translation>A public URL I enter myself</translation>
    </message>
    <message>
        <source>A cloudflared quick tunnel started by Hookscribe</source>
        <translation>A cloudflared quick tunnel started by Hookscribe</translation>
    </message>
    <message>
        <source>An ngrok tunnel started by Hookscribe</source>
        <translation>An ngrok tunnel started by Hookscribe</translation>
    </message>
    <message>
        <source>T&amp;unnel:</source>
        <translation>T&amp;unnel:</translation>
    </message>
    <message>
        <source>Tunnel program</source>
        <translation>Tunnel program</translation>
    </message>
    <message>
        <source>Found on the PATH when empty</source>
        <translation>Found on the PATH when empty</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>Pro&amp;gram:</translation>
    </message>
    <message>
        <source>Saves the tunnel choice and starts the tunnel now (a quick tunnel gets a new address)</source>
        <translation>Saves the tunnel choice and starts the tunnel now (a quick tunnel gets a new address)</translation>
    </message>
    <message>
        <source>Point your tunnel at http://127.0.0.1:%1 and enter its https address below.</source>
        <translation>Point your tunnel at http://127.0.0.1:%1 and enter its https address below.</translation>
    </message>
    <message>
        <source>Uses %1</source>
        <translation>Uses %1</translation>
    </message>
    <message>
        <source>Tunnel: not running</source>
        <translation>Tunnel: not running</translation>
    </message>
    <message>
        <source>Tunnel: starting…</source>
        <translation>Tunnel: starting…</translation>
    </message>
    <message>
        <source>Tunnel: running at %1</source>
        <translation>Tunnel: running at %1</translation>
    </message>
    <message>
        <source>Tunnel: failed — %1</source>
        <translation>Tunnel: failed — %1</translation>
    </message>
    <message>
        <source>Tunnel: the program is not installed</source>
        <translation>Tunnel: the program is not installed</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Browse…</translation>
    </message>
    <message>
        <source>Tunnel: not started yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TunnelSelfTest</name>
    <message>
        <source>Hookscribe answered at the public URL, but not this copy of it: the health check never reached this app&apos;s receiver. The tunnel may point to another port or another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public URL is set: webhooks cannot reach this app, so jobs finish by polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public URL reaches this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public URL&apos;s host name %1 does not resolve (DNS): the tunnel&apos;s address may be gone or mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (TLS): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections at the public URL (%1 refused the connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the public URL in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public URL could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it redirects elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel runs but does not reach this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another server or program answers there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public URL answered HTTP %1 instead of Hookscribe&apos;s health check: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something other than Hookscribe answered at the public URL (HTTP 200 without Hookscribe&apos;s health answer): the tunnel points to another program or port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the public URL within %1 s: the tunnel may be down or stuck.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TunnelText</name>
    <message>
        <source>the host name does not resolve</source>
        <translation>the host name does not resolve</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>the secure connection failed</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>nothing accepts connections there</source>
        <translation>nothing accepts connections there</translation>
    </message>
    <message>
        <source>something other than Hookscribe answered</source>
        <translation>something other than Hookscribe answered</translation>
    </message>
    <message>
        <source>the request never reached this app</source>
        <translation>the request never reached this app</translation>
    </message>
    <message>
        <source>the request failed</source>
        <translation>the request failed</translation>
    </message>
    <message>
        <source>Public URL: testing…</source>
        <translation>Public URL: testing…</translation>
    </message>
    <message>
        <source>Public URL: not set</source>
        <translation>Public URL: not set</translation>
    </message>
    <message>
        <source>Public URL: OK (%1 ms)</source>
        <translation>Public URL: OK (%1 ms)</translation>
    </message>
    <message>
        <source>Public URL: failing — %1</source>
        <translation>Public URL: failing — %1</translation>
    </message>
    <message>
        <source>Enter a public URL first.</source>
        <translation>Enter a public URL first.</translation>
    </message>
    <message>
        <source>It works: the request came back through the public URL in %1 ms.</source>
        <translation>It works: the request came back through the public URL in %1 ms.</translation>
    </message>
    <message>
        <source>The test failed: %1.</source>
        <translation>The test failed: %1.</translation>
    </message>
    <message>
        <source>Public URL: local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answers from this computer, but only for local testing: %1 is a loopback or private address that Soniox cannot reach. Use a public https address, such as a cloudflared or ngrok tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageLedger</name>
    <message>
        <source>This API key may not read Soniox&apos;s usage logs, so what each job cost is not shown. A key with the &quot;Usage and limits&quot; permission shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchedFoldersSection</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New audio files in these folders become jobs as soon as they are complete (their size stops changing). The files already in a folder when it is added are left alone, and subfolders are not watched. A file is never taken twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookHttpServer</name>
    <message>
        <source>cut: sent more than a webhook request may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut: the request was not complete in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let go to make room for a new connection (it had no request answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: every connection is in use by authentic deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app ran out of file descriptors; accepting again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookPayload</name>
    <message>
        <source>The body is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;id&quot; is missing or not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;id&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;id&quot; is longer than 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;status&quot; is missing or not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;status&quot; is neither &quot;completed&quot; nor &quot;error&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookReceiver</name>
    <message>
        <source>The webhook receiver is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
