<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Soniox Account</source>
        <translation>Soniox-Konto</translation>
    </message>
    <message>
        <source>Transcriptions:</source>
        <translation>Transkriptionen:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Left by Hookscribe:</source>
        <translation>Von Hookscribe hinterlassen:</translation>
    </message>
    <message>
        <source>What jobs cost:</source>
        <translation>Kosten der Aufträge:</translation>
    </message>
    <message>
        <source>&amp;Clean up Soniox…</source>
        <translation>Soniox &amp;aufräumen …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Looking at the Soniox account…</source>
        <translation>Das Soniox-Konto wird angesehen …</translation>
    </message>
    <message>
        <source>Could not list the Soniox account: %1</source>
        <translation>Das Soniox-Konto konnte nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>What the account holds, against Soniox&apos;s limits (unless your plan allows more):</source>
        <translation>Was das Konto enthält, gemessen an den Grenzen von Soniox (sofern Ihr Tarif nicht mehr erlaubt):</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>%1 and %2 of jobs that no longer run</source>
        <translation>%1 und %2 von Aufträgen, die nicht mehr laufen</translation>
    </message>
    <message numerus="yes">
        <source>%n transcription(s)</source>
        <translation>
            <numerusform>%n Transkription</numerusform>
            <numerusform>%n Transkriptionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known yet: Soniox&apos;s usage logs have not shown a job of this data folder</source>
        <translation>Noch nicht bekannt: Die Nutzungsprotokolle von Soniox haben noch keinen Auftrag dieses Datenordners gezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n job(s) in this data folder, %2 of it this month</source>
        <translation>
            <numerusform>%1 für %n Auftrag in diesem Datenordner, davon %2 diesen Monat</numerusform>
            <numerusform>%1 für %n Aufträge in diesem Datenordner, davon %2 diesen Monat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountJanitor</name>
    <message>
        <source>%1: still processing at Soniox; it can be deleted once it has finished</source>
        <translation>%1: wird bei Soniox noch verarbeitet; es kann gelöscht werden, sobald es fertig ist</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AccountRoom</name>
    <message>
        <source>The Soniox account holds as many files as it may (1,000 unless your plan allows more). New uploads wait and go on by themselves when there is room.</source>
        <translation>Das Soniox-Konto enthält so viele Dateien, wie es darf (1.000, sofern Ihr Tarif nicht mehr erlaubt). Neue Uploads warten und gehen von selbst weiter, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <source>The Soniox account&apos;s file storage is full (10 GB unless your plan allows more). New uploads wait and go on by themselves when there is room.</source>
        <translation>Der Dateispeicher des Soniox-Kontos ist voll (10 GB, sofern Ihr Tarif nicht mehr erlaubt). Neue Uploads warten und gehen von selbst weiter, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <source>The Soniox account holds as many transcriptions as it may (2,000 unless your plan allows more). New jobs wait and go on by themselves when there is room.</source>
        <translation>Das Soniox-Konto enthält so viele Transkriptionen, wie es darf (2.000, sofern Ihr Tarif nicht mehr erlaubt). Neue Aufträge warten und gehen von selbst weiter, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <source>Soniox has as many transcriptions waiting to start as it allows (100 unless your plan allows more). New jobs wait and go on as Soniox works through them.</source>
        <translation>Bei Soniox warten so viele Transkriptionen auf ihren Start, wie es zulässt (100, sofern Ihr Tarif nicht mehr erlaubt). Neue Aufträge warten und gehen weiter, während Soniox sie abarbeitet.</translation>
    </message>
    <message numerus="yes">
        <source>The Soniox account holds %Ln file(s), as many as it may (1,000 unless your plan allows more). New uploads wait and go on by themselves when there is room.</source>
        <translation>
            <numerusform>Das Soniox-Konto enthält %Ln Datei, so viele, wie es darf (1.000, sofern Ihr Tarif nicht mehr erlaubt). Neue Uploads warten und gehen von selbst weiter, sobald wieder Platz ist.</numerusform>
            <numerusform>Das Soniox-Konto enthält %Ln Dateien, so viele, wie es darf (1.000, sofern Ihr Tarif nicht mehr erlaubt). Neue Uploads warten und gehen von selbst weiter, sobald wieder Platz ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Soniox account holds %Ln transcription(s), as many as it may (2,000 unless your plan allows more). New jobs wait and go on by themselves when there is room.</source>
        <translation>
            <numerusform>Das Soniox-Konto enthält %Ln Transkription, so viele, wie es darf (2.000, sofern Ihr Tarif nicht mehr erlaubt). Neue Aufträge warten und gehen von selbst weiter, sobald wieder Platz ist.</numerusform>
            <numerusform>Das Soniox-Konto enthält %Ln Transkriptionen, so viele, wie es darf (2.000, sofern Ihr Tarif nicht mehr erlaubt). Neue Aufträge warten und gehen von selbst weiter, sobald wieder Platz ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddFilesFlow</name>
    <message>
        <source>“%1” has the same content as “%2”, also in what you added.</source>
        <translation>„%1“ hat denselben Inhalt wie „%2“, das Sie ebenfalls hinzugefügt haben.</translation>
    </message>
    <message>
        <source>“%1” was already transcribed on %2.</source>
        <translation>„%1“ wurde bereits am %2 transkribiert.</translation>
    </message>
    <message>
        <source>“%1” was already transcribed on %2, as “%3”.</source>
        <translation>„%1“ wurde bereits am %2 transkribiert, als „%3“.</translation>
    </message>
    <message>
        <source>“%1” is being transcribed already (added %2).</source>
        <translation>„%1“ wird bereits transkribiert (hinzugefügt %2).</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Show it</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>&amp;Transcribe again</source>
        <translation>&amp;Erneut transkribieren</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Already transcribed</source>
        <translation>Bereits transkribiert</translation>
    </message>
    <message>
        <source>Transcribing it again is billed again by Soniox.</source>
        <translation>Eine erneute Transkription stellt Soniox erneut in Rechnung.</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the %n other file(s) like it in this batch</source>
        <translation>
            <numerusform>Genauso für die %n weitere solche Datei in diesem Stapel</numerusform>
            <numerusform>Genauso für die %n weiteren solchen Dateien in diesem Stapel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeyField</name>
    <message>
        <source>Soniox API key</source>
        <translation>Soniox-API-Schlüssel</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Ask Soniox for the list of models with this key</source>
        <translation>Mit diesem Schlüssel die Liste der Modelle bei Soniox abfragen</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(gespeichert)</translation>
    </message>
    <message>
        <source>Type the API key first.</source>
        <translation>Geben Sie zuerst den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Asking Soniox…</source>
        <translation>Soniox wird gefragt …</translation>
    </message>
    <message>
        <source>Soniox refused the key (HTTP %1).</source>
        <translation>Soniox hat den Schlüssel abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The key works. Models: %1</source>
        <translation>Der Schlüssel funktioniert. Modelle: %1</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>T&amp;esten</translation>
    </message>
    <message>
        <source>The key in SONIOX_API_KEY is used for this run and is not stored. Type a key to store it.</source>
        <translation>Der Schlüssel aus SONIOX_API_KEY gilt für diesen Lauf und wird nicht gespeichert. Geben Sie einen Schlüssel ein, um ihn zu speichern.</translation>
    </message>
    <message>
        <source>(from SONIOX_API_KEY)</source>
        <translation>(aus SONIOX_API_KEY)</translation>
    </message>
</context>
<context>
    <name>AudioFiles</name>
    <message>
        <source>not an audio or video file Soniox accepts</source>
        <translation>keine Audio- oder Videodatei, die Soniox annimmt</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>larger than Soniox&apos;s 1 GiB limit</source>
        <translation>größer als die Grenze von 1 GiB bei Soniox</translation>
    </message>
    <message>
        <source>1 file skipped</source>
        <translation>1 Datei übersprungen</translation>
    </message>
    <message>
        <source>%1 files skipped</source>
        <translation>%1 Dateien übersprungen</translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <source>Clean up Soniox</source>
        <translation>Soniox aufräumen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size or status</source>
        <translation>Größe oder Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>What Hookscribe left on the Soniox account</source>
        <translation>Was Hookscribe im Soniox-Konto zurückgelassen hat</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Wird gelöscht … %1 von %2</translation>
    </message>
    <message>
        <source>Looking at the Soniox account…</source>
        <translation>Das Soniox-Konto wird angesehen …</translation>
    </message>
    <message>
        <source>The account holds %1 of %2 transcriptions and %3 of %4 files (%5 of %6), unless your plan allows more.</source>
        <translation>Das Konto enthält %1 von %2 Transkriptionen und %3 von %4 Dateien (%5 von %6), sofern Ihr Tarif nicht mehr erlaubt.</translation>
    </message>
    <message>
        <source>Could not list the Soniox account: %1</source>
        <translation>Das Soniox-Konto konnte nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <source>Hookscribe left nothing on the Soniox account.</source>
        <translation>Hookscribe hat im Soniox-Konto nichts zurückgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>Hookscribe left %n item(s) on the Soniox account, of jobs that are finished, failed, cancelled or removed. Their transcripts stay in Hookscribe. What other programs made there is not shown and never touched.</source>
        <translation>
            <numerusform>Hookscribe hat %n Eintrag im Soniox-Konto zurückgelassen, von Aufträgen, die abgeschlossen, fehlgeschlagen, abgebrochen oder entfernt sind. Ihre Transkripte bleiben in Hookscribe. Was andere Programme dort angelegt haben, wird nicht gezeigt und nie angetastet.</numerusform>
            <numerusform>Hookscribe hat %n Einträge im Soniox-Konto zurückgelassen, von Aufträgen, die abgeschlossen, fehlgeschlagen, abgebrochen oder entfernt sind. Ihre Transkripte bleiben in Hookscribe. Was andere Programme dort angelegt haben, wird nicht gezeigt und nie angetastet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their files take %1.</source>
        <translation>Ihre Dateien belegen %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag &amp;löschen</numerusform>
            <numerusform>%n Einträge &amp;löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the Soniox account? This cannot be undone.</source>
        <translation>
            <numerusform>%n Eintrag aus dem Soniox-Konto löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Einträge aus dem Soniox-Konto löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>%n Eintrag gelöscht.</numerusform>
            <numerusform>%n Einträge gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>CliAccountRunner</name>
    <message>
        <source>No Soniox API key: set SONIOX_API_KEY, or store one with the Hookscribe window.</source>
        <translation>Kein Soniox-API-Schlüssel: Setzen Sie SONIOX_API_KEY oder speichern Sie einen im Hookscribe-Fenster.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): set SONIOX_API_KEY.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1): Setzen Sie SONIOX_API_KEY.</translation>
    </message>
    <message>
        <source>Could not list the Soniox account: %1</source>
        <translation>Das Soniox-Konto konnte nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Nothing was deleted: &apos;hookscribe-cli cleanup --yes&apos; deletes them.
</source>
        <translation>Nichts wurde gelöscht: „hookscribe-cli cleanup --yes“ löscht sie.
</translation>
    </message>
    <message>
        <source>Delete them? [y/N] </source>
        <translation>Löschen? [j/N] </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nothing was deleted.
</source>
        <translation>Nichts wurde gelöscht.
</translation>
    </message>
    <message>
        <source>Soniox account at %1 (limits unless your plan allows more):
</source>
        <translation>Soniox-Konto unter %1 (Grenzen, sofern Ihr Tarif nicht mehr erlaubt):
</translation>
    </message>
    <message>
        <source>  Transcriptions  %1 of %2
</source>
        <translation>  Transkriptionen  %1 von %2
</translation>
    </message>
    <message>
        <source>  Files           %1 of %2, %3 of %4
</source>
        <translation>  Dateien          %1 von %2, %3 von %4
</translation>
    </message>
    <message>
        <source>Hookscribe left nothing there.
</source>
        <translation>Hookscribe hat dort nichts zurückgelassen.
</translation>
    </message>
    <message>
        <source>Hookscribe left %1 and %2 of jobs that no longer run: &apos;hookscribe-cli cleanup&apos; deletes them.
</source>
        <translation>Hookscribe hat %1 und %2 von Aufträgen zurückgelassen, die nicht mehr laufen: „hookscribe-cli cleanup“ löscht sie.
</translation>
    </message>
    <message numerus="yes">
        <source>%n transcription(s)</source>
        <translation>
            <numerusform>%n Transkription</numerusform>
            <numerusform>%n Transkriptionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) there were made by other programs; Hookscribe leaves them alone.
</source>
        <translation>
            <numerusform>%n Eintrag dort stammt von einem anderen Programm; Hookscribe lässt ihn unangetastet.
</numerusform>
            <numerusform>%n Einträge dort stammen von anderen Programmen; Hookscribe lässt sie unangetastet.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Hookscribe left nothing on the Soniox account.
</source>
        <translation>Hookscribe hat im Soniox-Konto nichts zurückgelassen.
</translation>
    </message>
    <message numerus="yes">
        <source>Hookscribe left %n item(s) on the Soniox account:
</source>
        <translation>
            <numerusform>Hookscribe hat %n Eintrag im Soniox-Konto zurückgelassen:
</numerusform>
            <numerusform>Hookscribe hat %n Einträge im Soniox-Konto zurückgelassen:
</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>transcription</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Their files take %1.
</source>
        <translation>Ihre Dateien belegen %1.
</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).
</source>
        <translation>
            <numerusform>%n Eintrag gelöscht.
</numerusform>
            <numerusform>%n Einträge gelöscht.
</numerusform>
        </translation>
    </message>
    <message>
        <source>  not deleted: %1
</source>
        <translation>  nicht gelöscht: %1
</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>&apos;%1&apos; is too short for a job id: give at least %2 characters (&apos;hookscribe-cli list&apos; shows the ids).</source>
        <translation>„%1“ ist zu kurz für eine Auftrags-ID: Geben Sie mindestens %2 Zeichen an („hookscribe-cli list“ zeigt die IDs).</translation>
    </message>
    <message>
        <source>No job %1 (&apos;hookscribe-cli list&apos; shows the jobs).</source>
        <translation>Kein Auftrag %1 („hookscribe-cli list“ zeigt die Aufträge).</translation>
    </message>
    <message>
        <source>The job id %1 is ambiguous; give more characters. It could be:</source>
        <translation>Die Auftrags-ID %1 ist mehrdeutig; geben Sie mehr Zeichen an. Infrage kommen:</translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>job %1 has no readable transcript</source>
        <translation>Auftrag %1 hat kein lesbares Transkript</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>kein Auftrag %1</translation>
    </message>
    <message>
        <source>job %1 is %2, not completed</source>
        <translation>Auftrag %1 ist %2, nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>CliFileCheck</name>
    <message>
        <source>the same content as %1</source>
        <translation>derselbe Inhalt wie %1</translation>
    </message>
    <message>
        <source>already transcribed on %1 (job %2)</source>
        <translation>bereits am %1 transkribiert (Auftrag %2)</translation>
    </message>
    <message>
        <source>being transcribed already (job %1)</source>
        <translation>wird bereits transkribiert (Auftrag %1)</translation>
    </message>
    <message>
        <source>Skipped %1: %2; use --again to transcribe it again</source>
        <translation>%1 übersprungen: %2; mit --again wird die Datei erneut transkribiert</translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>moved %1 job(s) and %2 setting(s) of an earlier hookscribe-cli into the shared store</source>
        <translation>%1 Auftrag/Aufträge und %2 Einstellung(en) eines früheren hookscribe-cli in den gemeinsamen Speicher übernommen</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>transcribe [options] FILE|DIR...</source>
        <translation>transcribe [Optionen] DATEI|ORDNER...</translation>
    </message>
    <message>
        <source>Adds the audio files (folders are searched) as jobs, runs until every one is finished, and exports the transcripts. Content transcribed before is skipped unless --again. When Hookscribe already runs on the data folder, the files go to it and their progress is shown here.</source>
        <translation>Fügt die Audiodateien (Ordner werden durchsucht) als Aufträge hinzu, läuft, bis jeder fertig ist, und exportiert die Transkripte. Bereits transkribierte Inhalte werden übersprungen, außer mit --again. Läuft Hookscribe schon auf dem Datenordner, gehen die Dateien dorthin, und ihr Fortschritt wird hier gezeigt.</translation>
    </message>
    <message>
        <source>hookscribe-cli transcribe --format srt,txt --out ~/Transcripts interview.wav</source>
        <translation>hookscribe-cli transcribe --format srt,txt --out ~/Transkripte interview.wav</translation>
    </message>
    <message>
        <source>serve [options] [FILE|DIR...]</source>
        <translation>serve [Optionen] [DATEI|ORDNER...]</translation>
    </message>
    <message>
        <source>Like transcribe, and keeps running until SIGINT or SIGTERM: resumes unfinished jobs and runs the files that a Hookscribe window or another hookscribe-cli hands over.</source>
        <translation>Wie transcribe, läuft aber weiter bis SIGINT oder SIGTERM: setzt unfertige Aufträge fort und bearbeitet die Dateien, die ein Hookscribe-Fenster oder ein anderes hookscribe-cli übergibt.</translation>
    </message>
    <message>
        <source>list [options]</source>
        <translation>list [Optionen]</translation>
    </message>
    <message>
        <source>Lists the jobs in the store: id, state, file, and the files written or why the job failed.</source>
        <translation>Listet die gespeicherten Aufträge: ID, Status, Datei und die geschriebenen Dateien oder warum der Auftrag fehlschlug.</translation>
    </message>
    <message>
        <source>hookscribe-cli list --json</source>
        <translation>hookscribe-cli list --json</translation>
    </message>
    <message>
        <source>export [options] JOB...|--all</source>
        <translation>export [Optionen] AUFTRAG...|--all</translation>
    </message>
    <message>
        <source>Writes the stored transcripts of completed jobs again. A JOB is a job id from &apos;list&apos;, or its first characters (at least 4) when no other job&apos;s id starts with them.</source>
        <translation>Schreibt die gespeicherten Transkripte abgeschlossener Aufträge erneut. Ein AUFTRAG ist eine Auftrags-ID aus „list“ oder deren erste Zeichen (mindestens 4), wenn keine andere ID damit beginnt.</translation>
    </message>
    <message>
        <source>hookscribe-cli export 3f2a --format srt --out ~/Subtitles</source>
        <translation>hookscribe-cli export 3f2a --format srt --out ~/Untertitel</translation>
    </message>
    <message>
        <source>retry [options] JOB...|--all-failed</source>
        <translation>retry [Optionen] AUFTRAG...|--all-failed</translation>
    </message>
    <message>
        <source>Transcribes failed or cancelled jobs again and follows them to the end, as transcribe does. A JOB is a job id from &apos;list&apos;, or its first characters (at least 4) when no other job&apos;s id starts with them.</source>
        <translation>Transkribiert fehlgeschlagene oder abgebrochene Aufträge erneut und verfolgt sie bis zum Ende, wie transcribe. Ein AUFTRAG ist eine Auftrags-ID aus „list“ oder deren erste Zeichen (mindestens 4), wenn keine andere ID damit beginnt.</translation>
    </message>
    <message>
        <source>hookscribe-cli retry 3f2a 9b07</source>
        <translation>hookscribe-cli retry 3f2a 9b07</translation>
    </message>
    <message>
        <source>remove [options] JOB...</source>
        <translation>remove [Optionen] AUFTRAG...</translation>
    </message>
    <message>
        <source>Removes jobs from the store, as Remove in the window does: a running job is stopped, exported files stay where they are. A JOB is a job id from &apos;list&apos;, or its first characters (at least 4) when no other job&apos;s id starts with them.</source>
        <translation>Entfernt Aufträge aus dem Speicher wie „Entfernen“ im Fenster: Ein laufender Auftrag wird gestoppt, exportierte Dateien bleiben, wo sie sind. Ein AUFTRAG ist eine Auftrags-ID aus „list“ oder deren erste Zeichen (mindestens 4), wenn keine andere ID damit beginnt.</translation>
    </message>
    <message>
        <source>hookscribe-cli remove 3f2a --delete-remote</source>
        <translation>hookscribe-cli remove 3f2a --delete-remote</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <source>Usage: hookscribe-cli %1</source>
        <translation>Aufruf: hookscribe-cli %1</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>&apos;hookscribe-cli --help&apos; lists every command.</source>
        <translation>„hookscribe-cli --help“ listet alle Befehle.</translation>
    </message>
    <message>
        <source>Files and folders, or job ids</source>
        <translation>Dateien und Ordner oder Auftrags-IDs</translation>
    </message>
    <message>
        <source>Keep jobs and settings in DIR.</source>
        <translation>Aufträge und Einstellungen in DIR ablegen.</translation>
    </message>
    <message>
        <source>Soniox API base URL (default: from settings).</source>
        <translation>Basis-URL der Soniox-API (Standard: aus den Einstellungen).</translation>
    </message>
    <message>
        <source>The tunnel&apos;s public https URL that forwards to the receiver (plain http only for loopback hosts). Without one, jobs finish by polling.</source>
        <translation>Die öffentliche https-URL des Tunnels, die an den Empfänger weiterleitet (einfaches http nur für Loopback-Hosts). Ohne sie werden Aufträge per Abfrage fertig.</translation>
    </message>
    <message>
        <source>Start a tunnel to the receiver and use its public URL: cloudflared (a quick tunnel), ngrok, or none (use --public-url or the settings). Default: from settings.</source>
        <translation>Einen Tunnel zum Empfänger starten und dessen öffentliche URL verwenden: cloudflared (ein Quick Tunnel), ngrok oder none (--public-url oder die Einstellungen verwenden). Standard: aus den Einstellungen.</translation>
    </message>
    <message>
        <source>Where the webhook receiver listens (default 127.0.0.1:8787; port 0 = any free port).</source>
        <translation>Wo der Webhook-Empfänger lauscht (Standard 127.0.0.1:8787; Port 0 = ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Soniox model (default: from settings).</source>
        <translation>Soniox-Modell (Standard: aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Expected languages, e.g. en,de.</source>
        <translation>Erwartete Sprachen, z. B. en,de.</translation>
    </message>
    <message>
        <source>Label speakers.</source>
        <translation>Sprecher kennzeichnen.</translation>
    </message>
    <message>
        <source>Tag languages.</source>
        <translation>Sprachen markieren.</translation>
    </message>
    <message>
        <source>Context text to help recognition.</source>
        <translation>Kontexttext, der der Erkennung hilft.</translation>
    </message>
    <message>
        <source>Export formats: txt,timed,srt,vtt,json (default txt).</source>
        <translation>Exportformate: txt,timed,srt,vtt,json (Standard txt).</translation>
    </message>
    <message>
        <source>Export into DIR.</source>
        <translation>Nach DIR exportieren.</translation>
    </message>
    <message>
        <source>One JSON event a line on stdout.</source>
        <translation>Ein JSON-Ereignis je Zeile auf stdout.</translation>
    </message>
    <message>
        <source>export: every completed job.</source>
        <translation>export: alle abgeschlossenen Aufträge.</translation>
    </message>
    <message>
        <source>Transcribe files whose content was transcribed before (skipped otherwise; billed again).</source>
        <translation>Dateien transkribieren, deren Inhalt schon transkribiert wurde (sonst übersprungen; wird erneut berechnet).</translation>
    </message>
    <message>
        <source>Wait this long for a webhook before polling.</source>
        <translation>So lange auf einen Webhook warten, bevor abgefragt wird.</translation>
    </message>
    <message>
        <source>First polling interval.</source>
        <translation>Erstes Abfrageintervall.</translation>
    </message>
    <message>
        <source>Also print informational log lines.</source>
        <translation>Auch informative Protokollzeilen ausgeben.</translation>
    </message>
    <message>
        <source>retry: every failed job.</source>
        <translation>retry: alle fehlgeschlagenen Aufträge.</translation>
    </message>
    <message>
        <source>remove: also delete the jobs&apos; transcriptions and files at Soniox (default: as the settings say).</source>
        <translation>remove: auch die Transkriptionen und Dateien der Aufträge bei Soniox löschen (Standard: wie in den Einstellungen).</translation>
    </message>
    <message>
        <source>remove: keep the jobs&apos; transcriptions and files at Soniox.</source>
        <translation>remove: die Transkriptionen und Dateien der Aufträge bei Soniox behalten.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>--delete-remote and --keep-remote exclude each other</source>
        <translation>--delete-remote und --keep-remote schließen sich aus</translation>
    </message>
    <message>
        <source>transcribe needs at least one file or folder</source>
        <translation>transcribe braucht mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>export needs job ids or --all (not both)</source>
        <translation>export braucht Auftrags-IDs oder --all (nicht beides)</translation>
    </message>
    <message>
        <source>retry needs job ids or --all-failed (not both)</source>
        <translation>retry braucht Auftrags-IDs oder --all-failed (nicht beides)</translation>
    </message>
    <message>
        <source>remove needs at least one job id</source>
        <translation>remove braucht mindestens eine Auftrags-ID</translation>
    </message>
    <message>
        <source>--api-base: %1</source>
        <translation>--api-base: %1</translation>
    </message>
    <message>
        <source>--public-url: %1</source>
        <translation>--public-url: %1</translation>
    </message>
    <message>
        <source>--tunnel: expected cloudflared, ngrok or none</source>
        <translation>--tunnel: erwartet cloudflared, ngrok oder none</translation>
    </message>
    <message>
        <source>--tunnel %1 and --public-url exclude each other</source>
        <translation>--tunnel %1 und --public-url schließen sich aus</translation>
    </message>
    <message>
        <source>--language-hints: %1</source>
        <translation>--language-hints: %1</translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (txt, timed, srt, vtt, json)</source>
        <translation>--format: unbekanntes Format „%1“ (txt, timed, srt, vtt, json)</translation>
    </message>
    <message>
        <source>--listen: expected HOST:PORT with a numeric address, e.g. 127.0.0.1:8787</source>
        <translation>--listen: erwartet HOST:PORT mit numerischer Adresse, z. B. 127.0.0.1:8787</translation>
    </message>
    <message>
        <source>--%1: expected milliseconds</source>
        <translation>--%1: erwartet Millisekunden</translation>
    </message>
    <message>
        <source>hookscribe-cli serve --tunnel cloudflared --watch ~/Recordings</source>
        <translation>hookscribe-cli serve --tunnel cloudflared --watch ~/Aufnahmen</translation>
    </message>
    <message>
        <source>serve: new audio files in DIR become jobs once complete (the files already there are left alone). Repeatable; besides the folders watched in Settings.</source>
        <translation>serve: neue Audiodateien in DIR werden zu Aufträgen, sobald sie vollständig sind (die schon vorhandenen bleiben unberührt). Mehrfach angebbar; zusätzlich zu den in den Einstellungen überwachten Ordnern.</translation>
    </message>
    <message>
        <source>--watch: %1 is not a folder</source>
        <translation>--watch: %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>--watch is for serve, which keeps running</source>
        <translation>--watch gehört zu serve, das weiterläuft</translation>
    </message>
    <message>
        <source>cleanup [options]</source>
        <translation>cleanup [Optionen]</translation>
    </message>
    <message>
        <source>Lists the files and transcriptions that Hookscribe left on the Soniox account (of jobs that are finished, failed, cancelled or removed) and deletes them after asking, or at once with --yes. What other programs made there is never touched.</source>
        <translation>Listet die Dateien und Transkriptionen auf, die Hookscribe im Soniox-Konto zurückgelassen hat (von Aufträgen, die abgeschlossen, fehlgeschlagen, abgebrochen oder entfernt sind), und löscht sie nach Rückfrage oder mit --yes sofort. Was andere Programme dort angelegt haben, wird nie angetastet.</translation>
    </message>
    <message>
        <source>hookscribe-cli cleanup --yes</source>
        <translation>hookscribe-cli cleanup --yes</translation>
    </message>
    <message>
        <source>account [options]</source>
        <translation>account [Optionen]</translation>
    </message>
    <message>
        <source>Shows what the Soniox account holds (transcriptions, files and storage) against its limits, and how much of it Hookscribe left behind.</source>
        <translation>Zeigt, was das Soniox-Konto enthält (Transkriptionen, Dateien und Speicher), gemessen an seinen Grenzen, und wie viel davon Hookscribe zurückgelassen hat.</translation>
    </message>
    <message>
        <source>hookscribe-cli account</source>
        <translation>hookscribe-cli account</translation>
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
        <translation>Audiodateien mit Soniox transkribieren, gesteuert über Webhooks.

Befehle:
  transcribe DATEI|ORDNER...  Dateien hinzufügen, laufen bis alle fertig sind,
                              exportieren
  serve [DATEI|ORDNER...]     ebenso, und weiterlaufen (unfertige Aufträge
                              fortsetzen) bis SIGINT oder SIGTERM
  list                        die gespeicherten Aufträge
  export AUFTRAG...|--all     gespeicherte Transkripte exportieren
                              (--format, --out)
  retry AUFTRAG...            fehlgeschlagene oder abgebrochene Aufträge erneut
                              transkribieren (--all-failed: alle
                              fehlgeschlagenen)
  remove AUFTRAG...           Aufträge aus dem Speicher entfernen
                              (--delete-remote: auch bei Soniox)
  cleanup                     löschen, was Hookscribe im Soniox-Konto
                              zurückgelassen hat (fragt vorher; --yes: sofort)
  account                     was das Soniox-Konto enthält, gemessen an seinen
                              Grenzen

Ein AUFTRAG ist eine Auftrags-ID aus „list“ oder deren erste Zeichen
(mindestens 4), wenn keine andere ID damit beginnt. „hookscribe-cli BEFEHL
--help“ zeigt die Optionen eines Befehls und ein Beispiel.

Der API-Schlüssel kommt aus SONIOX_API_KEY, sonst aus dem Schlüsselbund des
Systems. Exit-Status: 0 alle abgeschlossen, 1 einer fehlgeschlagen,
2 Aufruffehler, unbekannter Auftrag oder nichts konnte starten.</translation>
    </message>
    <message>
        <source>transcribe, serve, list, export, retry, remove, cleanup or account</source>
        <translation>transcribe, serve, list, export, retry, remove, cleanup oder account</translation>
    </message>
    <message>
        <source>cleanup: delete what it lists without asking.</source>
        <translation>cleanup: löschen, was aufgelistet wird, ohne zu fragen.</translation>
    </message>
    <message>
        <source>--yes is for cleanup</source>
        <translation>--yes gehört zu cleanup</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 nimmt keine Argumente</translation>
    </message>
</context>
<context>
    <name>CliPrinter</name>
    <message>
        <source>%1: retrying (job %2)</source>
        <translation>%1: wird wiederholt (Auftrag %2)</translation>
    </message>
    <message>
        <source>%1: exported %2</source>
        <translation>%1: exportiert nach %2</translation>
    </message>
    <message>
        <source>%1: resumed from an earlier run (added %2, %3)</source>
        <translation>%1: aus einem früheren Lauf fortgesetzt (hinzugefügt %2, %3)</translation>
    </message>
    <message>
        <source>%1: added (%2)</source>
        <translation>%1: hinzugefügt (%2)</translation>
    </message>
    <message>
        <source> (last from %1)</source>
        <translation> (zuletzt von %1)</translation>
    </message>
    <message>
        <source>Webhook receiver: refused a request: %1%2</source>
        <translation>Webhook-Empfänger: eine Anfrage abgelehnt: %1%2</translation>
    </message>
    <message numerus="yes">
        <source>Webhook receiver: refused %n requests in the last second: %1%2</source>
        <translation>
            <numerusform>Webhook-Empfänger: %n Anfrage in der letzten Sekunde abgelehnt: %1%2</numerusform>
            <numerusform>Webhook-Empfänger: %n Anfragen in der letzten Sekunde abgelehnt: %1%2</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>via %1 → %2</source>
        <translation>über %1 → %2</translation>
    </message>
    <message>
        <source>%1 running, %2 completed, %3 failed</source>
        <translation>%1 laufen, %2 abgeschlossen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 completed, %2 failed</source>
        <translation>%1 abgeschlossen, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, cost %1</source>
        <translation>, Kosten %1</translation>
    </message>
    <message numerus="yes">
        <source>, cost %1 for %n of them</source>
        <translation>
            <numerusform>, Kosten %1 für %n davon</numerusform>
            <numerusform>, Kosten %1 für %n davon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Waiting for the system keychain to unlock…</source>
        <translation>Warte darauf, dass der Schlüsselbund des Systems entsperrt wird …</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s, so the webhook secret (and an API key stored by the app) cannot be read. Unlock the keychain, or start its Secret Service, and try again. Where no keychain can run (over SSH, on a server), start hookscribe-cli with DISPLAY and DBUS_SESSION_BUS_ADDRESS unset and the key in SONIOX_API_KEY: it then keeps its secrets for that run only.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 s geantwortet, daher können das Webhook-Geheimnis (und ein von der App gespeicherter API-Schlüssel) nicht gelesen werden. Entsperren Sie den Schlüsselbund oder starten Sie seinen Secret Service und versuchen Sie es erneut. Wo kein Schlüsselbund laufen kann (über SSH, auf einem Server), starten Sie hookscribe-cli ohne DISPLAY und DBUS_SESSION_BUS_ADDRESS und mit dem Schlüssel in SONIOX_API_KEY: Es bewahrt seine Geheimnisse dann nur für diesen Lauf auf.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s, so the webhook secret (and an API key stored by the app) cannot be read. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 s geantwortet, daher können das Webhook-Geheimnis (und ein von der App gespeicherter API-Schlüssel) nicht gelesen werden. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No failed jobs to retry.</source>
        <translation>Keine fehlgeschlagenen Aufträge zu wiederholen.</translation>
    </message>
    <message>
        <source>Not retried: %1 (job %2) is %3; only failed or cancelled jobs can be retried.</source>
        <translation>Nicht wiederholt: %1 (Auftrag %2) ist %3; nur fehlgeschlagene oder abgebrochene Aufträge lassen sich wiederholen.</translation>
    </message>
    <message>
        <source>Nothing to retry.</source>
        <translation>Nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>Removing jobs.</source>
        <translation>Aufträge werden entfernt.</translation>
    </message>
    <message>
        <source>Not retried: %1 (job %2) is no longer failed or cancelled.</source>
        <translation>Nicht wiederholt: %1 (Auftrag %2) ist nicht mehr fehlgeschlagen oder abgebrochen.</translation>
    </message>
    <message>
        <source>No Soniox API key: the jobs are removed here, but their transcriptions and files at Soniox are kept (set SONIOX_API_KEY to delete them too).</source>
        <translation>Kein Soniox-API-Schlüssel: Die Aufträge werden hier entfernt, ihre Transkriptionen und Dateien bei Soniox bleiben aber erhalten (setzen Sie SONIOX_API_KEY, um auch sie zu löschen).</translation>
    </message>
    <message>
        <source>Soniox did not delete everything: %1</source>
        <translation>Soniox hat nicht alles gelöscht: %1</translation>
    </message>
    <message>
        <source>Removed %1 (job %2)</source>
        <translation>%1 entfernt (Auftrag %2)</translation>
    </message>
    <message>
        <source>Not removed: %1 (job %2) is no longer in the store.</source>
        <translation>Nicht entfernt: %1 (Auftrag %2) ist nicht mehr im Speicher.</translation>
    </message>
    <message>
        <source>The transcriptions and files at Soniox are kept (--delete-remote deletes them).</source>
        <translation>Die Transkriptionen und Dateien bei Soniox bleiben erhalten (--delete-remote löscht sie).</translation>
    </message>
    <message>
        <source>The transcriptions and files at Soniox were deleted too.</source>
        <translation>Die Transkriptionen und Dateien bei Soniox wurden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>The running Hookscribe deletes the transcriptions and files at Soniox too.</source>
        <translation>Das laufende Hookscribe löscht auch die Transkriptionen und Dateien bei Soniox.</translation>
    </message>
    <message>
        <source>The webhook receiver could not start (%1), so jobs finish by polling.</source>
        <translation>Der Webhook-Empfänger konnte nicht starten (%1), daher werden Aufträge per Abfrage fertig.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use by another program, so webhooks cannot be received and jobs finish by polling. To receive them, choose another port: --listen %3</source>
        <translation>Port %1 auf %2 wird von einem anderen Programm belegt, daher können keine Webhooks empfangen werden, und Aufträge werden per Abfrage fertig. Um sie zu empfangen, wählen Sie einen anderen Port: --listen %3</translation>
    </message>
    <message>
        <source>Stopping; unfinished jobs resume on the next start.</source>
        <translation>Wird beendet; unfertige Aufträge gehen beim nächsten Start weiter.</translation>
    </message>
    <message>
        <source>Nothing new to transcribe.</source>
        <translation>Nichts Neues zu transkribieren.</translation>
    </message>
    <message>
        <source>Nothing to transcribe.</source>
        <translation>Nichts zu transkribieren.</translation>
    </message>
    <message>
        <source>Running without the one-engine-per-folder guard: %1</source>
        <translation>Läuft ohne die Sperre „eine Engine je Ordner“: %1</translation>
    </message>
    <message>
        <source>Soniox refused the API key (%1). The jobs wait; they go on when Hookscribe runs with a working key.</source>
        <translation>Soniox hat den API-Schlüssel abgelehnt (%1). Die Aufträge warten; sie gehen weiter, sobald Hookscribe mit einem gültigen Schlüssel läuft.</translation>
    </message>
    <message>
        <source>the key stored by the app</source>
        <translation>der von der App gespeicherte Schlüssel</translation>
    </message>
    <message>
        <source>The running Hookscribe transcribes with its own settings: --model, --language-hints, --diarize, --identify-language and --context apply when hookscribe-cli runs the jobs itself.</source>
        <translation>Das laufende Hookscribe transkribiert mit seinen eigenen Einstellungen: --model, --language-hints, --diarize, --identify-language und --context gelten, wenn hookscribe-cli die Aufträge selbst ausführt.</translation>
    </message>
    <message>
        <source>The Hookscribe that ran the jobs has gone: running them here.</source>
        <translation>Das Hookscribe, das die Aufträge ausführte, ist beendet: Sie laufen jetzt hier.</translation>
    </message>
    <message>
        <source>A Hookscribe window opened on these jobs: it runs them now, and their progress is shown here.</source>
        <translation>Ein Hookscribe-Fenster hat diese Aufträge geöffnet: Es führt sie jetzt aus, und ihr Fortschritt wird hier gezeigt.</translation>
    </message>
    <message>
        <source>No Soniox API key: set SONIOX_API_KEY, or store one with the Hookscribe app (Settings → Soniox).</source>
        <translation>Kein Soniox-API-Schlüssel: Setzen Sie SONIOX_API_KEY oder speichern Sie einen in der Hookscribe-App (Einstellungen → Soniox).</translation>
    </message>
    <message>
        <source>Receiving webhooks on %1:%2</source>
        <translation>Webhooks werden auf %1:%2 empfangen</translation>
    </message>
    <message>
        <source>No public URL: jobs finish by polling (use --public-url).</source>
        <translation>Keine öffentliche URL: Aufträge werden per Abfrage fertig (--public-url verwenden).</translation>
    </message>
    <message>
        <source>Tunnel (%1): running at %2</source>
        <translation>Tunnel (%1): läuft unter %2</translation>
    </message>
    <message>
        <source>Tunnel (%1): not found. %2</source>
        <translation>Tunnel (%1): nicht gefunden. %2</translation>
    </message>
    <message>
        <source>Self-test: no public URL (jobs finish by polling)</source>
        <translation>Selbsttest: keine öffentliche URL (Aufträge werden per Abfrage fertig)</translation>
    </message>
    <message>
        <source>Self-test: OK, %1 reaches this app (%2 ms)</source>
        <translation>Selbsttest: OK, %1 erreicht diese App (%2 ms)</translation>
    </message>
    <message>
        <source>Hookscribe is running on this data folder: add the folder in its Settings › Watched folders, or quit it and run serve --watch again.</source>
        <translation>Hookscribe läuft auf diesem Datenordner: Fügen Sie den Ordner dort unter Einstellungen › Überwachte Ordner hinzu, oder beenden Sie es und starten Sie serve --watch erneut.</translation>
    </message>
    <message>
        <source>Hookscribe is already running: it retries the jobs, and their progress is shown here.</source>
        <translation>Hookscribe läuft bereits: Es wiederholt die Aufträge, und ihr Fortschritt wird hier gezeigt.</translation>
    </message>
    <message>
        <source>Hookscribe is already running: the files went to it, and their progress is shown here.</source>
        <translation>Hookscribe läuft bereits: Die Dateien wurden ihm übergeben, und ihr Fortschritt wird hier gezeigt.</translation>
    </message>
    <message>
        <source>%1 The jobs wait; they go on when Hookscribe runs with a key that has it (this run uses %2).</source>
        <translation>%1 Die Aufträge warten; sie laufen weiter, wenn Hookscribe mit einem Schlüssel läuft, der sie hat (dieser Lauf verwendet %2).</translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: about $%1 for %n file(s), from what earlier jobs cost per audio hour.</source>
        <translation>
            <numerusform>Geschätzte Kosten: etwa $%1 für %n Datei, nach dem, was frühere Aufträge pro Audiostunde gekostet haben.</numerusform>
            <numerusform>Geschätzte Kosten: etwa $%1 für %n Dateien, nach dem, was frühere Aufträge pro Audiostunde gekostet haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostSummary</name>
    <message numerus="yes">
        <source>Cost of %n job(s): %1</source>
        <translation>
            <numerusform>Kosten von %n Auftrag: %1</numerusform>
            <numerusform>Kosten von %n Aufträgen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost of %n selected job(s): %1</source>
        <translation>
            <numerusform>Kosten von %n ausgewähltem Auftrag: %1</numerusform>
            <numerusform>Kosten von %n ausgewählten Aufträgen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>What Soniox billed for the jobs whose cost its usage logs show</source>
        <translation>Was Soniox für die Aufträge berechnet hat, deren Kosten seine Nutzungsprotokolle zeigen</translation>
    </message>
</context>
<context>
    <name>DeliveriesDock</name>
    <message>
        <source>Webhook deliveries</source>
        <translation>Webhook-Zustellungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No webhook deliveries yet.</source>
        <translation>Noch keine Webhook-Zustellungen.</translation>
    </message>
    <message>
        <source>%1 since start — %2</source>
        <translation>%1 seit dem Start — %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Ignored (job removed)</source>
        <translation>Ignoriert (Auftrag entfernt)</translation>
    </message>
    <message>
        <source>Not this job&apos;s transcription</source>
        <translation>Nicht die Transkription dieses Auftrags</translation>
    </message>
    <message>
        <source>Bad payload</source>
        <translation>Ungültige Nutzdaten</translation>
    </message>
    <message>
        <source>Bad or missing token</source>
        <translation>Falsches oder fehlendes Token</translation>
    </message>
    <message>
        <source>Unknown path</source>
        <translation>Unbekannter Pfad</translation>
    </message>
    <message>
        <source>Wrong method</source>
        <translation>Falsche Methode</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Not JSON</source>
        <translation>Kein JSON</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Auftrag: %1</translation>
    </message>
    <message>
        <source>Transcription: %1</source>
        <translation>Transkription: %1</translation>
    </message>
    <message>
        <source>Payload status: %1</source>
        <translation>Status in den Nutzdaten: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Drop audio or video files here</source>
        <translation>Audio- oder Videodateien hier ablegen</translation>
    </message>
    <message>
        <source>Files and whole folders are welcome: folders are searched for the types Soniox accepts (%1). Each file becomes a transcription job and its transcript is kept here.</source>
        <translation>Dateien und ganze Ordner sind willkommen: In Ordnern wird nach den Dateitypen gesucht, die Soniox annimmt (%1). Jede Datei wird zu einem Transkriptionsauftrag, und ihr Transkript wird hier aufbewahrt.</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>O&amp;rdner hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Date&amp;ien hinzufügen …</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Use these formats from now on</source>
        <translation>Diese Formate &amp;künftig verwenden</translation>
    </message>
    <message numerus="yes">
        <source>Export %n transcript(s)</source>
        <translation>
            <numerusform>%n Transkript exportieren</numerusform>
            <numerusform>%n Transkripte exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>T&amp;imed text</source>
        <translation>Text mit &amp;Zeitmarken</translation>
    </message>
    <message>
        <source>&amp;SRT</source>
        <translation>&amp;SRT</translation>
    </message>
    <message>
        <source>&amp;WebVTT</source>
        <translation>&amp;WebVTT</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>Wählen Sie einen Ordner für den Export.</translation>
    </message>
    <message>
        <source>The folder must be a full path.</source>
        <translation>Der Ordner muss ein vollständiger Pfad sein.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Wählen Sie mindestens ein Format.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation>Im Transkript suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the search (Esc)</source>
        <translation>Suche schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Hookscribe</source>
        <translation>Willkommen bei Hookscribe</translation>
    </message>
    <message>
        <source>&amp;Skip setup</source>
        <translation>Einrichtung ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Your Soniox API key</source>
        <translation>Ihr Soniox-API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>You can also set it later in Settings.</source>
        <translation>Sie können ihn auch später in den Einstellungen eintragen.</translation>
    </message>
    <message>
        <source>Webhooks (optional)</source>
        <translation>Webhooks (optional)</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>Ö&amp;ffentliche URL:</translation>
    </message>
    <message>
        <source>Hookscribe sends your audio to Soniox for transcription. Paste the API key from the Soniox console.</source>
        <translation>Hookscribe sendet Ihre Audiodateien zur Transkription an Soniox. Fügen Sie den API-Schlüssel aus der Soniox-Konsole ein.</translation>
    </message>
    <message>
        <source>Soniox can call Hookscribe the moment a transcript is ready.</source>
        <translation>Soniox kann Hookscribe benachrichtigen, sobald ein Transkript fertig ist.</translation>
    </message>
    <message>
        <source>It needs a public https address that reaches this computer — for example a cloudflared or ngrok tunnel. Without one, Hookscribe asks Soniox from time to time instead.</source>
        <translation>Dazu braucht es eine öffentliche https-Adresse, die diesen Computer erreicht – etwa einen cloudflared- oder ngrok-Tunnel. Ohne sie fragt Hookscribe stattdessen von Zeit zu Zeit bei Soniox nach.</translation>
    </message>
</context>
<context>
    <name>FolderIntake</name>
    <message>
        <source>Skipped %1 from a watched folder: the same content as %2.</source>
        <translation>%1 aus einem überwachten Ordner übersprungen: derselbe Inhalt wie %2.</translation>
    </message>
    <message>
        <source>Skipped %1 from a watched folder: its content was transcribed before (%2).</source>
        <translation>%1 aus einem überwachten Ordner übersprungen: Der Inhalt wurde schon transkribiert (%2).</translation>
    </message>
</context>
<context>
    <name>FolderWatcher</name>
    <message>
        <source>The watched folder %1 is missing; it is watched again when it is back.</source>
        <translation>Der überwachte Ordner %1 fehlt; er wird wieder überwacht, sobald er zurück ist.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %1; %n file(s) already in it are left alone.</source>
        <translation>
            <numerusform>%1 wird überwacht; %n Datei darin bleibt unberührt.</numerusform>
            <numerusform>%1 wird überwacht; %n Dateien darin bleiben unberührt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>InstanceClient</name>
    <message>
        <source>The running Hookscribe is older than this hookscribe-cli and cannot remove jobs for it; remove them in its window.</source>
        <translation>Das laufende Hookscribe ist älter als dieses hookscribe-cli und kann keine Aufträge für es entfernen; entfernen Sie sie in seinem Fenster.</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>&amp;Open transcript</source>
        <translation>Transkript ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;all finished…</source>
        <translation>&amp;Alle fertigen exportieren …</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Open output &amp;folder</source>
        <translation>Ausgabe&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Copy transcription &amp;id</source>
        <translation>Transkriptions-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>%1: the stored transcript cannot be read.</source>
        <translation>%1: Das gespeicherte Transkript kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>in den Ordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the file exists already</source>
        <translation>die Datei existiert bereits</translation>
    </message>
    <message>
        <source>writing failed</source>
        <translation>das Schreiben ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert.</numerusform>
            <numerusform>%n Dateien nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not exported</source>
        <translation>Einige Dateien wurden nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Copied the text of %n transcript(s).</source>
        <translation>
            <numerusform>Text von %n Transkript kopiert.</numerusform>
            <numerusform>Text von %n Transkripten kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from the list?</source>
        <translation>„%1“ aus der Liste entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n job(s) from the list?</source>
        <translation>
            <numerusform>%n Auftrag aus der Liste entfernen?</numerusform>
            <numerusform>%n Aufträge aus der Liste entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove jobs</source>
        <translation>Aufträge entfernen</translation>
    </message>
    <message>
        <source>Exported files stay where they are. The transcript kept in Hookscribe is deleted.</source>
        <translation>Exportierte Dateien bleiben, wo sie sind. Das in Hookscribe gespeicherte Transkript wird gelöscht.</translation>
    </message>
    <message>
        <source>Also delete the transcription and the file on Soniox</source>
        <translation>Auch die Transkription und die Datei bei Soniox löschen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s).</source>
        <translation>
            <numerusform>%n Auftrag entfernt.</numerusform>
            <numerusform>%n Aufträge entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n transcription id(s).</source>
        <translation>
            <numerusform>%n Transkriptions-ID kopiert.</numerusform>
            <numerusform>%n Transkriptions-IDs kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation>Den Ordner %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>Ordner konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No file manager opened %1. Its path is on the clipboard.</source>
        <translation>Kein Dateimanager hat %1 geöffnet. Der Pfad liegt in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>JobEngine</name>
    <message>
        <source>Public URL changed: finishing by polling</source>
        <translation>Öffentliche URL geändert: wird per Abfrage fertig</translation>
    </message>
    <message>
        <source>The public URL changed: %1 running job(s) created under the old URL will finish by polling.</source>
        <translation>Die öffentliche URL hat sich geändert: %1 laufende(r) Auftrag/Aufträge, unter der alten URL angelegt, werden per Abfrage fertig.</translation>
    </message>
    <message>
        <source>Could not load the jobs: %1</source>
        <translation>Die Aufträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not add the files: %1</source>
        <translation>Die Dateien konnten nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the job %1: %2</source>
        <translation>Der Auftrag %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Soniox is busy (%1); trying again shortly</source>
        <translation>Soniox ist ausgelastet (%1); gleich neuer Versuch</translation>
    </message>
    <message>
        <source>Waiting for a model (choose one in Settings)</source>
        <translation>Warte auf ein Modell (wählen Sie eines in den Einstellungen)</translation>
    </message>
    <message>
        <source>No public URL: finishing by polling</source>
        <translation>Keine öffentliche URL: wird per Abfrage fertig</translation>
    </message>
    <message>
        <source>Could not ask Soniox: %1</source>
        <translation>Soniox konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <source>The transcript is no longer available.</source>
        <translation>Das Transkript ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Soniox refused the API key.</source>
        <translation>Soniox hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>no stored transcript</source>
        <translation>kein gespeichertes Transkript</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>%1 konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Export failed: </source>
        <translation>Export fehlgeschlagen: </translation>
    </message>
    <message>
        <source>Waiting for room on the Soniox account</source>
        <translation>Wartet auf Platz im Soniox-Konto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No keychain kept the webhook token: finishing by polling</source>
        <translation>Kein Schlüsselbund hat das Webhook-Token behalten: wird per Abfrage fertig</translation>
    </message>
    <message>
        <source>The API key may not upload files: it needs the &quot;Files&quot; permission in the Soniox console.</source>
        <translation>Der API-Schlüssel darf keine Dateien hochladen: Er braucht in der Soniox-Konsole die Berechtigung „Files“.</translation>
    </message>
    <message>
        <source>The API key may not transcribe files: it needs the &quot;Speech-to-text, async&quot; permission in the Soniox console.</source>
        <translation>Der API-Schlüssel darf keine Dateien transkribieren: Er braucht in der Soniox-Konsole die Berechtigung „Speech-to-text, async“.</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Unknown job state &quot;%1&quot; in the database.</source>
        <translation>Unbekannter Auftragsstatus „%1“ in der Datenbank.</translation>
    </message>
    <message>
        <source>the job database is not open.</source>
        <translation>die Auftragsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not available.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Could not open the job database %1: %2</source>
        <translation>Die Auftragsdatenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation>Die Schemaversion konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The job database %1 was written by a newer version of Hookscribe (schema %2; this version knows schema %3 at most). Update Hookscribe, or use another data folder.</source>
        <translation>Die Auftragsdatenbank %1 wurde von einer neueren Hookscribe-Version geschrieben (Schema %2; diese Version kennt höchstens Schema %3). Aktualisieren Sie Hookscribe oder verwenden Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Could not upgrade the job database: %1</source>
        <translation>Die Auftragsdatenbank konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Could not upgrade the job database to schema %1 (%2): %3</source>
        <translation>Die Auftragsdatenbank konnte nicht auf Schema %1 aktualisiert werden (%2): %3</translation>
    </message>
    <message>
        <source>Could not upgrade the job database to schema %1: %2</source>
        <translation>Die Auftragsdatenbank konnte nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Could not save the jobs: %1</source>
        <translation>Die Aufträge konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save job %1 (%2): %3</source>
        <translation>Auftrag %1 (%2) konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Could not save job %1: %2</source>
        <translation>Auftrag %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not save job %1: it is not in the store.</source>
        <translation>Auftrag %1 konnte nicht gespeichert werden: Er ist nicht im Speicher.</translation>
    </message>
    <message>
        <source>Could not store the transcript of job %1: %2</source>
        <translation>Das Transkript von Auftrag %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the job is %1, not completed.</source>
        <translation>der Auftrag ist %1, nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>the job is not in the store.</source>
        <translation>der Auftrag ist nicht im Speicher.</translation>
    </message>
    <message>
        <source>Could not remove the jobs: %1</source>
        <translation>Die Aufträge konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Could not remove job %1: %2</source>
        <translation>Auftrag %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Could not read the jobs: the job database is not open.</source>
        <translation>Die Aufträge konnten nicht gelesen werden: Die Auftragsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not read the jobs: %1</source>
        <translation>Die Aufträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The job database is not open.</source>
        <translation>Die Auftragsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not read job %1: %2</source>
        <translation>Auftrag %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read the transcript of job %1: %2</source>
        <translation>Das Transkript von Auftrag %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not remember the watched files: %1</source>
        <translation>Die überwachten Dateien konnten nicht vermerkt werden: %1</translation>
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
        <translation>Fertig in %1</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>What Soniox billed for this job, from the account&apos;s usage logs</source>
        <translation>Was Soniox für diesen Auftrag berechnet hat, laut den Nutzungsprotokollen des Kontos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>An estimate: what your earlier jobs cost per audio hour, times this file&apos;s length (guessed from its size until Soniox says it)</source>
        <translation>Eine Schätzung: was Ihre früheren Aufträge pro Audiostunde gekostet haben, mal der Länge dieser Datei (aus ihrer Größe geschätzt, bis Soniox sie nennt)</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
</context>
<context>
    <name>JobTableView</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Wird übermittelt</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Wird abgerufen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Wartet auf das Hochladen</translation>
    </message>
    <message>
        <source>Starting the transcription</source>
        <translation>Transkription wird gestartet</translation>
    </message>
    <message>
        <source>Queued at Soniox</source>
        <translation>Bei Soniox eingereiht</translation>
    </message>
    <message>
        <source>Fetching the transcript</source>
        <translation>Transkript wird abgerufen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Creating the transcription</source>
        <translation>Anlegen der Transkription</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>not an audio or video type Soniox accepts</source>
        <translation>kein Audio- oder Videotyp, den Soniox annimmt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>larger than 1 GiB</source>
        <translation>größer als 1 GiB</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: %1.</source>
        <translation>
            <numerusform>%n Datei übersprungen: %1.</numerusform>
            <numerusform>%n Dateien übersprungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>At Soniox</source>
        <translation>Bei Soniox</translation>
    </message>
    <message>
        <source>Processing at Soniox</source>
        <translation>Wird bei Soniox verarbeitet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of about %2</source>
        <translation>%1 von etwa %2</translation>
    </message>
    <message>
        <source>%1 (usually about %2)</source>
        <translation>%1 (meist etwa %2)</translation>
    </message>
    <message>
        <source>Retry (Ctrl+R) starts it again.</source>
        <translation>„Wiederholen“ (Strg+R) startet den Auftrag erneut.</translation>
    </message>
    <message>
        <source>This can pass by itself: Retry (Ctrl+R) tries again.</source>
        <translation>Das kann sich von selbst geben: „Wiederholen“ (Strg+R) versucht es erneut.</translation>
    </message>
    <message>
        <source>Check that the file still exists, can be read and is an audio or video file Soniox accepts, then Retry (Ctrl+R).</source>
        <translation>Prüfen Sie, ob die Datei noch existiert, lesbar ist und eine Audio- oder Videodatei ist, die Soniox annimmt; dann „Wiederholen“ (Strg+R).</translation>
    </message>
    <message>
        <source>Soniox did not accept the request: check the model and the options in Settings › Soniox, then Retry (Ctrl+R).</source>
        <translation>Soniox hat die Anfrage nicht angenommen: Prüfen Sie Modell und Optionen unter Einstellungen › Soniox, dann „Wiederholen“ (Strg+R).</translation>
    </message>
    <message>
        <source>Soniox could not transcribe this file. Retry (Ctrl+R) once; if it fails again, the file may be damaged or in a format Soniox does not read.</source>
        <translation>Soniox konnte diese Datei nicht transkribieren. Versuchen Sie es einmal mit „Wiederholen“ (Strg+R); scheitert es erneut, ist die Datei vielleicht beschädigt oder in einem Format, das Soniox nicht liest.</translation>
    </message>
    <message>
        <source>Soniox keeps the transcript for a while: Retry (Ctrl+R) fetches it again.</source>
        <translation>Soniox bewahrt das Transkript eine Weile auf: „Wiederholen“ (Strg+R) holt es erneut ab.</translation>
    </message>
    <message>
        <source>Check that the export folder exists and can be written to (Settings › Export), then export again (Ctrl+S).</source>
        <translation>Prüfen Sie, ob der Exportordner existiert und beschreibbar ist (Einstellungen › Export), dann erneut exportieren (Strg+S).</translation>
    </message>
    <message>
        <source>Retry (Ctrl+R) tries again.</source>
        <translation>„Wiederholen“ (Strg+R) versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 (Soniox: %2)</source>
        <translation>%1 (Soniox: %2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>LegacyCliData</name>
    <message>
        <source>The job store of an earlier hookscribe-cli could not be read: %1</source>
        <translation>Der Auftragsspeicher eines früheren hookscribe-cli konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The job store could not be opened: %1</source>
        <translation>Der Auftragsspeicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>A job of an earlier hookscribe-cli could not be copied: %1</source>
        <translation>Ein Auftrag eines früheren hookscribe-cli konnte nicht übernommen werden: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The queue is paused: %1</source>
        <translation>Die Warteschlange ist angehalten: %1</translation>
    </message>
    <message>
        <source>Filter jobs by file, status, model or output</source>
        <translation>Aufträge nach Datei, Status, Modell oder Ausgabe filtern</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>Aufträge filtern</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Add audio or video files as transcription jobs</source>
        <translation>Audio- oder Videodateien als Transkriptionsaufträge hinzufügen</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Add every audio or video file in a folder and its subfolders</source>
        <translation>Alle Audio- und Videodateien eines Ordners und seiner Unterordner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Filter jobs</source>
        <translation>Aufträge &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;About Hookscribe</source>
        <translation>Ü&amp;ber Hookscribe</translation>
    </message>
    <message>
        <source>About Hookscribe</source>
        <translation>Über Hookscribe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Auftrag</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Nichts wurde hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n job(s).</source>
        <translation>
            <numerusform>%n Auftrag hinzugefügt.</numerusform>
            <numerusform>%n Aufträge hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added: no audio or video files were found.</source>
        <translation>Nichts wurde hinzugefügt: Es wurden keine Audio- oder Videodateien gefunden.</translation>
    </message>
    <message>
        <source>Add audio or video files</source>
        <translation>Audio- oder Videodateien hinzufügen</translation>
    </message>
    <message>
        <source>Audio and video files (%1);;All files (*)</source>
        <translation>Audio- und Videodateien (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a folder of audio files</source>
        <translation>Ordner mit Audiodateien hinzufügen</translation>
    </message>
    <message>
        <source>Jobs are still running</source>
        <translation>Es laufen noch Aufträge</translation>
    </message>
    <message>
        <source>Hookscribe keeps running</source>
        <translation>Hookscribe läuft weiter</translation>
    </message>
    <message>
        <source>No Soniox API key yet: the jobs wait until you add one in Settings.</source>
        <translation>Noch kein Soniox-API-Schlüssel: Die Aufträge warten, bis Sie einen in den Einstellungen eintragen.</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>&amp;Einstellungen öffnen …</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hookscribe %1&lt;/h3&gt;&lt;p&gt;Drop audio files, get transcripts: Soniox asynchronous speech-to-text with webhooks.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licensed under the &lt;a href=&quot;%3&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hookscribe %1&lt;/h3&gt;&lt;p&gt;Audiodateien ablegen, Transkripte erhalten: asynchrone Spracherkennung von Soniox mit Webhooks.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Lizenziert unter der &lt;a href=&quot;%3&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %4, läuft mit Qt %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Soniox refused the API key: the jobs wait until it is replaced in Settings.</source>
        <translation>Soniox hat den API-Schlüssel abgelehnt: Die Aufträge warten, bis er in den Einstellungen ersetzt wird.</translation>
    </message>
    <message>
        <source>If you quit, they go on the next time Hookscribe starts; an upload under way starts again.</source>
        <translation>Wenn Sie beenden, laufen sie beim nächsten Start von Hookscribe weiter; ein laufender Upload beginnt von vorn.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still running. Hookscribe can keep running in the tray and quit by itself when they are done.</source>
        <translation>
            <numerusform>%n Auftrag läuft noch. Hookscribe kann im Infobereich weiterlaufen und sich selbst beenden, wenn er fertig ist.</numerusform>
            <numerusform>%n Aufträge laufen noch. Hookscribe kann im Infobereich weiterlaufen und sich selbst beenden, wenn sie fertig sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray</source>
        <translation>Im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>It quits by itself when the jobs are done. Click the tray icon to show the window.</source>
        <translation>Es beendet sich selbst, wenn die Aufträge fertig sind. Klicken Sie auf das Symbol im Infobereich, um das Fenster zu zeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still running.</source>
        <translation>
            <numerusform>%n Auftrag läuft noch.</numerusform>
            <numerusform>%n Aufträge laufen noch.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Trotzdem beenden</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Dateien werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already transcribed left out.</source>
        <translation>
            <numerusform>%n bereits transkribierte Datei ausgelassen.</numerusform>
            <numerusform>%n bereits transkribierte Dateien ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhook receiver could not start (%1). Jobs finish by polling, a little later.</source>
        <translation>Der Webhook-Empfänger konnte nicht starten (%1). Aufträge werden per Abfrage fertig, etwas später.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program, so webhooks cannot reach Hookscribe: jobs finish by polling, a little later.</source>
        <translation>Port %1 wird von einem anderen Programm belegt, daher erreichen Webhooks Hookscribe nicht: Aufträge werden per Abfrage fertig, etwas später.</translation>
    </message>
    <message>
        <source>Choose another port in Settings › Webhooks.</source>
        <translation>Wählen Sie unter Einstellungen › Webhooks einen anderen Port.</translation>
    </message>
    <message>
        <source>If you run the tunnel yourself, point it at the new port.</source>
        <translation>Wenn Sie den Tunnel selbst betreiben, richten Sie ihn auf den neuen Port.</translation>
    </message>
    <message>
        <source>&amp;Use port %1</source>
        <translation>Port %1 &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Clean up Soniox…</source>
        <translation>Soniox &amp;aufräumen …</translation>
    </message>
    <message>
        <source>%1 of %2 finished, %3 failed — %4</source>
        <translation>%1 von %2 beendet, %3 fehlgeschlagen — %4</translation>
    </message>
    <message>
        <source>%1 of %2 finished — %3</source>
        <translation>%1 von %2 beendet — %3</translation>
    </message>
    <message>
        <source>%1 The jobs wait until the key is replaced in Settings.</source>
        <translation>%1 Die Aufträge warten, bis der Schlüssel in den Einstellungen ersetzt wird.</translation>
    </message>
    <message>
        <source>Soniox &amp;Account…</source>
        <translation>Soniox-&amp;Konto …</translation>
    </message>
</context>
<context>
    <name>PlatformText</name>
    <message>
        <source>A key is stored in the Windows Credential Manager. Type a new one to replace it.</source>
        <translation>Ein Schlüssel ist in der Windows-Anmeldeinformationsverwaltung gespeichert. Geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>A key is stored in your macOS keychain. Type a new one to replace it.</source>
        <translation>Ein Schlüssel ist in Ihrem macOS-Schlüsselbund gespeichert. Geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation>Ein Schlüssel ist im Schlüsselbund des Systems gespeichert. Geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>No key yet. Create one in the Soniox console; it is stored in the Windows Credential Manager.</source>
        <translation>Noch kein Schlüssel. Erstellen Sie einen in der Soniox-Konsole; er wird in der Windows-Anmeldeinformationsverwaltung gespeichert.</translation>
    </message>
    <message>
        <source>No key yet. Create one in the Soniox console; it is stored in your macOS keychain.</source>
        <translation>Noch kein Schlüssel. Erstellen Sie einen in der Soniox-Konsole; er wird in Ihrem macOS-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No key yet. Create one in the Soniox console; it is stored in the system keychain.</source>
        <translation>Noch kein Schlüssel. Erstellen Sie einen in der Soniox-Konsole; er wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The Windows Credential Manager cannot be used: the key is kept for this run only and never written to a file.</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung ist nicht nutzbar: Der Schlüssel gilt nur für diese Sitzung und wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The macOS keychain cannot be used: the key is kept for this run only and never written to a file.</source>
        <translation>Der macOS-Schlüsselbund ist nicht nutzbar: Der Schlüssel gilt nur für diese Sitzung und wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>No keychain works on this system: the key is kept for this run only and never written to a file.</source>
        <translation>Auf diesem System funktioniert kein Schlüsselbund: Der Schlüssel gilt nur für diese Sitzung und wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Waiting for the Windows Credential Manager, which keeps the Soniox API key.</source>
        <translation>Warten auf die Windows-Anmeldeinformationsverwaltung, die den Soniox-API-Schlüssel aufbewahrt.</translation>
    </message>
    <message>
        <source>Waiting for your macOS keychain, which keeps the Soniox API key. If it asks for your password, answer it to go on.</source>
        <translation>Warten auf Ihren macOS-Schlüsselbund, der den Soniox-API-Schlüssel aufbewahrt. Fragt er nach Ihrem Passwort, geben Sie es ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Waiting for the system keychain, which keeps the Soniox API key. If it asks for a password, answer it to go on.</source>
        <translation>Warten auf den Schlüsselbund des Systems, der den Soniox-API-Schlüssel aufbewahrt. Fragt er nach einem Passwort, geben Sie es ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Not saved yet: Test asks Soniox whether this key works. It is stored in the Windows Credential Manager.</source>
        <translation>Noch nicht gespeichert: „Testen“ fragt Soniox, ob dieser Schlüssel funktioniert. Er wird in der Windows-Anmeldeinformationsverwaltung gespeichert.</translation>
    </message>
    <message>
        <source>Not saved yet: Test asks Soniox whether this key works. It is stored in your macOS keychain.</source>
        <translation>Noch nicht gespeichert: „Testen“ fragt Soniox, ob dieser Schlüssel funktioniert. Er wird in Ihrem macOS-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Not saved yet: Test asks Soniox whether this key works. It is stored in the system keychain.</source>
        <translation>Noch nicht gespeichert: „Testen“ fragt Soniox, ob dieser Schlüssel funktioniert. Er wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
</context>
<context>
    <name>PublicUrlTester</name>
    <message>
        <source>T&amp;est</source>
        <translation>T&amp;esten</translation>
    </message>
    <message>
        <source>Sends a request through the public URL to this app&apos;s /health and shows the round trip</source>
        <translation>Schickt eine Anfrage über die öffentliche URL an /health dieser Anwendung und zeigt die Laufzeit</translation>
    </message>
    <message>
        <source>Enter a public URL first.</source>
        <translation>Geben Sie zuerst eine öffentliche URL ein.</translation>
    </message>
    <message>
        <source>Testing %1 …</source>
        <translation>%1 wird getestet …</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Could not read &quot;%1&quot; from the keychain: %2</source>
        <translation>„%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not store &quot;%1&quot; in the keychain: %2</source>
        <translation>„%1“ konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not delete &quot;%1&quot; from the keychain: %2</source>
        <translation>„%1“ konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Could not open the job database %1: %2</source>
        <translation>Die Auftragsdatenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Soniox lists no async model</source>
        <translation>Soniox listet kein asynchrones Modell</translation>
    </message>
    <message>
        <source>Could not look up the Soniox models (%1); trying again in a minute. You can choose a model in Settings → Soniox.</source>
        <translation>Die Soniox-Modelle konnten nicht abgefragt werden (%1); neuer Versuch in einer Minute. Sie können unter Einstellungen → Soniox ein Modell wählen.</translation>
    </message>
    <message>
        <source>No Soniox API key: add one in Settings.</source>
        <translation>Kein Soniox-API-Schlüssel: Tragen Sie einen in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The public URL changed to %1 (a quick tunnel gets a new address each time it starts), so running jobs created under the old one finish by polling; for an address that lasts, use a Cloudflare named tunnel or an ngrok reserved domain and enter it as the public URL.</source>
        <translation>Die öffentliche URL ist jetzt %1 (ein Quick Tunnel bekommt bei jedem Start eine neue Adresse), daher werden laufende Aufträge, die unter der alten angelegt wurden, per Abfrage fertig; für eine bleibende Adresse verwenden Sie einen benannten Cloudflare-Tunnel oder eine reservierte ngrok-Domain und tragen sie als öffentliche URL ein.</translation>
    </message>
    <message numerus="yes">
        <source>No keychain kept the webhook token of the last run: %n running job(s) will finish by polling instead.</source>
        <translation>
            <numerusform>Kein Schlüsselbund hat das Webhook-Token des letzten Laufs behalten: %n laufender Auftrag wird stattdessen per Abfrage abgeschlossen.</numerusform>
            <numerusform>Kein Schlüsselbund hat das Webhook-Token des letzten Laufs behalten: %n laufende Aufträge werden stattdessen per Abfrage abgeschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>The %1 must not contain spaces.</source>
        <translation>„%1“ darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The %1 is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The %1 must start with https://.</source>
        <translation>„%1“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The %1 has no host name.</source>
        <translation>„%1“ hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The %1 must not contain a user name or password.</source>
        <translation>„%1“ darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The %1 must not contain a query (?...).</source>
        <translation>„%1“ darf keine Abfrage (?...) enthalten.</translation>
    </message>
    <message>
        <source>The %1 must not contain a fragment (#...).</source>
        <translation>„%1“ darf kein Fragment (#...) enthalten.</translation>
    </message>
    <message>
        <source>The %1 must use https; plain http is only allowed for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>„%1“ muss https verwenden; einfaches http ist nur für diesen Computer erlaubt (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The public URL is too long: the webhook URL would have %1 characters, and Soniox accepts 256 at most.</source>
        <translation>Die öffentliche URL ist zu lang: Die Webhook-URL hätte %1 Zeichen, Soniox nimmt höchstens 256 an.</translation>
    </message>
    <message>
        <source>The header name is empty.</source>
        <translation>Der Header-Name ist leer.</translation>
    </message>
    <message>
        <source>The header name is longer than 256 characters.</source>
        <translation>Der Header-Name ist länger als 256 Zeichen.</translation>
    </message>
    <message>
        <source>The header name may only contain letters, digits and !#$%&amp;&apos;*+-.^_`|~.</source>
        <translation>Der Header-Name darf nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~ enthalten.</translation>
    </message>
    <message>
        <source>At most 100 language hints are allowed.</source>
        <translation>Höchstens 100 Sprachhinweise sind erlaubt.</translation>
    </message>
    <message>
        <source>A language hint is empty.</source>
        <translation>Ein Sprachhinweis ist leer.</translation>
    </message>
    <message>
        <source>The language hint &quot;%1&quot; is longer than 10 characters.</source>
        <translation>Der Sprachhinweis „%1“ ist länger als 10 Zeichen.</translation>
    </message>
    <message>
        <source>The language hint &quot;%1&quot; may only contain letters and dashes.</source>
        <translation>Der Sprachhinweis „%1“ darf nur Buchstaben und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <source>&amp;Clean-up</source>
        <translation>A&amp;ufräumen</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Oberfläche</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>United States (api.soniox.com)</source>
        <translation>Vereinigte Staaten (api.soniox.com)</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>Eigene Basis-URL</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Automatic (the newest asynchronous model)</source>
        <translation>Automatisch (das neueste asynchrone Modell)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>e.g. en, de</source>
        <translation>z. B. en, de</translation>
    </message>
    <message>
        <source>Language codes the audio is likely in, separated by commas</source>
        <translation>Sprachcodes der wahrscheinlichen Sprachen der Aufnahme, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Language hints:</source>
        <translation>S&amp;prachhinweise:</translation>
    </message>
    <message>
        <source>Names, terms and topics that help recognition</source>
        <translation>Namen, Fachbegriffe und Themen, die der Erkennung helfen</translation>
    </message>
    <message>
        <source>Soniox tells Hookscribe that a transcript is ready by calling a public https address that reaches this computer, e.g. a cloudflared or ngrok tunnel to the receiver. Without one, jobs finish by polling.</source>
        <translation>Soniox meldet ein fertiges Transkript, indem es eine öffentliche https-Adresse aufruft, die diesen Computer erreicht, z. B. einen cloudflared- oder ngrok-Tunnel zum Empfänger. Ohne sie werden Aufträge durch regelmäßige Abfragen abgeschlossen.</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>Ö&amp;ffentliche URL:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>Port des Empfängers</translation>
    </message>
    <message>
        <source>Authorization header name</source>
        <translation>Name des Authentifizierungs-Headers</translation>
    </message>
    <message>
        <source>Auth &amp;header name:</source>
        <translation>Auth-&amp;Header:</translation>
    </message>
    <message>
        <source>&amp;Export each transcript when it is ready</source>
        <translation>Jedes Transkript &amp;exportieren, sobald es fertig ist</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>{name} the audio file&apos;s name, {date} the day it was added, {id} the job id</source>
        <translation>{name} der Name der Audiodatei, {date} der Tag, an dem sie hinzugefügt wurde, {id} die Auftrags-ID</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>Delete the &amp;uploaded audio file on Soniox when the transcript is saved</source>
        <translation>Die &amp;hochgeladene Audiodatei bei Soniox löschen, sobald das Transkript gespeichert ist</translation>
    </message>
    <message>
        <source>Delete the &amp;transcription on Soniox once the transcript is saved here</source>
        <translation>Die &amp;Transkription bei Soniox löschen, sobald das Transkript hier gespeichert ist</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used after Hookscribe restarts.</source>
        <translation>Eine neue Sprache gilt nach dem Neustart von Hookscribe.</translation>
    </message>
    <message>
        <source>Choose the folder the transcripts go to.</source>
        <translation>Wählen Sie den Ordner für die Transkripte.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Wählen Sie mindestens ein Format.</translation>
    </message>
    <message>
        <source>The file name cannot be empty; {name} is the audio file&apos;s name.</source>
        <translation>Der Dateiname darf nicht leer sein; {name} ist der Name der Audiodatei.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tell speakers &amp;apart (diarization)</source>
        <translation>Sprecher &amp;unterscheiden (Diarisierung)</translation>
    </message>
    <message>
        <source>Identify the lan&amp;guage of each part</source>
        <translation>Sp&amp;rache jedes Abschnitts erkennen</translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation>Konte&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Listen port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>O&amp;verwrite existing files (otherwise keep both)</source>
        <translation>Vorhandene Dateien ü&amp;berschreiben (sonst beide behalten)</translation>
    </message>
    <message>
        <source>Soniox refused the new API key.</source>
        <translation>Soniox hat den neuen API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>The new API key could not be tested: %1</source>
        <translation>Der neue API-Schlüssel konnte nicht getestet werden: %1</translation>
    </message>
    <message>
        <source>Save it anyway, in place of the key stored now?</source>
        <translation>Trotzdem speichern, anstelle des jetzt gespeicherten Schlüssels?</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Save an untested API key?</source>
        <translation>Ungetesteten API-Schlüssel speichern?</translation>
    </message>
    <message>
        <source>A field on this tab needs fixing</source>
        <translation>Ein Feld auf dieser Registerkarte muss korrigiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Fix the marked field on the %1 tab to save.</source>
        <translation>
            <numerusform>Korrigieren Sie das markierte Feld auf der Registerkarte %1, um zu speichern.</numerusform>
            <numerusform>Korrigieren Sie das markierte Feld auf der Registerkarte %1, um zu speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Watche&amp;d folders</source>
        <translation>Überwachte Or&amp;dner</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Hookscribe is starting and holds %1.</source>
        <translation>Ein anderes Hookscribe startet gerade und hält %1.</translation>
    </message>
    <message>
        <source>Another Hookscribe is running but does not accept connections.</source>
        <translation>Ein anderes Hookscribe läuft, nimmt aber keine Verbindungen an.</translation>
    </message>
    <message>
        <source>Another Hookscribe is running but did not take the files.</source>
        <translation>Ein anderes Hookscribe läuft, hat die Dateien aber nicht übernommen.</translation>
    </message>
    <message>
        <source>Could not listen for other Hookscribe instances: %1</source>
        <translation>Auf andere Hookscribe-Instanzen kann nicht gelauscht werden: %1</translation>
    </message>
</context>
<context>
    <name>Soniox::ModelCatalog</name>
    <message>
        <source>Soniox lists no async model</source>
        <translation>Soniox listet kein asynchrones Modell</translation>
    </message>
</context>
<context>
    <name>Soniox::SonioxClient</name>
    <message>
        <source>%1 is not a valid id.</source>
        <translation>%1 ist keine gültige ID.</translation>
    </message>
    <message>
        <source>The server returned the same page cursor twice.</source>
        <translation>Der Server hat denselben Seiten-Cursor zweimal geliefert.</translation>
    </message>
    <message>
        <source>The request could not be sent.</source>
        <translation>Die Anfrage konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Soniox did not answer within %1 seconds.</source>
        <translation>Soniox hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach Soniox: %1</source>
        <translation>Soniox war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>client_reference_id: must be at most 256 characters</source>
        <translation>client_reference_id: höchstens 256 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes; Soniox accepts at most %3 bytes (1 GiB).</source>
        <translation>„%1“ hat %2 Bytes; Soniox nimmt höchstens %3 Bytes (1 GiB) an.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
</context>
<context>
    <name>Soniox::SonioxReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Soniox::UploadWorker</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The answer to the upload was larger than %1 MiB.</source>
        <translation>Die Antwort auf den Upload war größer als %1 MiB.</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Hookscribe cannot start</source>
        <translation>Hookscribe kann nicht starten</translation>
    </message>
    <message>
        <source>Hookscribe could not start: %1</source>
        <translation>Hookscribe konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Hookscribe is starting</source>
        <translation>Hookscribe startet</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>StatusIndicators</name>
    <message>
        <source>Running: %1  Done: %2  Failed: %3</source>
        <translation>Laufend: %1  Fertig: %2  Fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Receiver: %1:%2</source>
        <translation>Empfänger: %1:%2</translation>
    </message>
    <message>
        <source>The webhook receiver is listening on this address.</source>
        <translation>Der Webhook-Empfänger lauscht an dieser Adresse.</translation>
    </message>
    <message>
        <source>Receiver: stopped</source>
        <translation>Empfänger: angehalten</translation>
    </message>
    <message>
        <source>The webhook receiver is not listening: jobs finish by polling.</source>
        <translation>Der Webhook-Empfänger lauscht nicht: Aufträge werden durch regelmäßige Abfragen abgeschlossen.</translation>
    </message>
    <message>
        <source>Without a public URL Soniox cannot send webhooks; jobs finish by polling. Set one in Settings → Webhooks.</source>
        <translation>Ohne öffentliche URL kann Soniox keine Webhooks senden; Aufträge werden durch regelmäßige Abfragen abgeschlossen. Legen Sie eine unter Einstellungen → Webhooks fest.</translation>
    </message>
    <message>
        <source>Receiver: port %1 in use</source>
        <translation>Empfänger: Port %1 belegt</translation>
    </message>
    <message>
        <source>Public URL: not tested (receiver stopped)</source>
        <translation>Öffentliche URL: nicht getestet (Empfänger gestoppt)</translation>
    </message>
</context>
<context>
    <name>TranscriptExporter</name>
    <message>
        <source>No export folder is set.</source>
        <translation>Kein Exportordner ist eingestellt.</translation>
    </message>
    <message>
        <source>The export folder is a file, not a folder.</source>
        <translation>Der Exportordner ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The export folder does not exist and cannot be created.</source>
        <translation>Der Exportordner existiert nicht und kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The export folder is read-only.</source>
        <translation>Der Exportordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The file already exists.</source>
        <translation>Die Datei existiert bereits.</translation>
    </message>
    <message>
        <source>The file cannot be created: %1</source>
        <translation>Die Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Too many files with this name already exist.</source>
        <translation>Es gibt bereits zu viele Dateien mit diesem Namen.</translation>
    </message>
    <message>
        <source>The file cannot be opened for writing: %1</source>
        <translation>Die Datei kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The file cannot be saved: %1</source>
        <translation>Die Datei kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Speaker %1</source>
        <translation>Sprecher %1</translation>
    </message>
</context>
<context>
    <name>TranscriptViewer</name>
    <message>
        <source>Transcript — %1</source>
        <translation>Transkript — %1</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transkript</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>The transcript is empty.</source>
        <translation>Das Transkript ist leer.</translation>
    </message>
    <message>
        <source>There is no transcript yet: the job is %1.</source>
        <translation>Es gibt noch kein Transkript: Der Auftrag ist %1.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Job id:</source>
        <translation>Auftrags-ID:</translation>
    </message>
    <message>
        <source>File id:</source>
        <translation>Datei-ID:</translation>
    </message>
    <message>
        <source>Transcription id:</source>
        <translation>Transkriptions-ID:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Audio duration:</source>
        <translation>Audiodauer:</translation>
    </message>
    <message>
        <source>Result via:</source>
        <translation>Ergebnis über:</translation>
    </message>
    <message>
        <source>Output files:</source>
        <translation>Ausgabedateien:</translation>
    </message>
    <message>
        <source>Phase timings</source>
        <translation>Zeiten der Phasen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Upload started</source>
        <translation>Hochladen begonnen</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Hochladen beendet</translation>
    </message>
    <message>
        <source>Transcription created</source>
        <translation>Transkription angelegt</translation>
    </message>
    <message>
        <source>Finished at Soniox</source>
        <translation>Bei Soniox fertig</translation>
    </message>
    <message>
        <source>Transcript fetched</source>
        <translation>Transkript abgerufen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Webhook deliveries of this job</source>
        <translation>Webhook-Zustellungen dieses Auftrags</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Webhook deliveries: none received for this job</source>
        <translation>Webhook-Zustellungen: keine für diesen Auftrag empfangen</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Webhook-Zustellungen</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Text with timestamps and speakers</source>
        <translation>Text mit Zeitmarken und Sprechern</translation>
    </message>
    <message>
        <source>SubRip subtitles</source>
        <translation>SubRip-Untertitel</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>WebVTT-Untertitel</translation>
    </message>
    <message>
        <source>Soniox JSON</source>
        <translation>Soniox-JSON</translation>
    </message>
    <message>
        <source>%1 (*%2)</source>
        <translation>%1 (*%2)</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Transkript exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The transcript could not be saved to %1.</source>
        <translation>Das Transkript konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was tun:</translation>
    </message>
    <message>
        <source>The text is on the clipboard.</source>
        <translation>Der Text liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>Not known (yet)</source>
        <translation>(Noch) nicht bekannt</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>&amp;Show Hookscribe</source>
        <translation>Hookscribe &amp;anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s) ready.</source>
        <translation>
            <numerusform>%n Transkript fertig.</numerusform>
            <numerusform>%n Transkripte fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed.</source>
        <translation>
            <numerusform>%n Auftrag fehlgeschlagen.</numerusform>
            <numerusform>%n Aufträge fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s) ready, </source>
        <translation>
            <numerusform>%n Transkript fertig, </numerusform>
            <numerusform>%n Transkripte fertig, </numerusform>
        </translation>
    </message>
    <message>
        <source>Hookscribe: all jobs finished</source>
        <translation>Hookscribe: Alle Aufträge beendet</translation>
    </message>
</context>
<context>
    <name>TunnelSection</name>
    <message>
        <source>Start &amp;tunnel</source>
        <translation>T&amp;unnel starten</translation>
    </message>
    <message>
        <source>A public URL I enter myself</source>
        <translation>Eine öffentliche URL, die ich selbst eingebe</translation>
    </message>
    <message>
        <source>A cloudflared quick tunnel started by Hookscribe</source>
        <translation>Ein cloudflared-Schnelltunnel, den Hookscribe startet</translation>
    </message>
    <message>
        <source>An ngrok tunnel started by Hookscribe</source>
        <translation>Ein ngrok-Tunnel, den Hookscribe startet</translation>
    </message>
    <message>
        <source>T&amp;unnel:</source>
        <translation>&amp;Tunnel:</translation>
    </message>
    <message>
        <source>Tunnel program</source>
        <translation>Tunnelprogramm</translation>
    </message>
    <message>
        <source>Found on the PATH when empty</source>
        <translation>Wird im PATH gesucht, wenn leer</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>Pro&amp;gramm:</translation>
    </message>
    <message>
        <source>Saves the tunnel choice and starts the tunnel now (a quick tunnel gets a new address)</source>
        <translation>Speichert die Tunnelwahl und startet den Tunnel jetzt (ein Schnelltunnel bekommt eine neue Adresse)</translation>
    </message>
    <message>
        <source>Point your tunnel at http://127.0.0.1:%1 and enter its https address below.</source>
        <translation>Richten Sie Ihren Tunnel auf http://127.0.0.1:%1 und geben Sie unten seine https-Adresse ein.</translation>
    </message>
    <message>
        <source>Uses %1</source>
        <translation>Verwendet %1</translation>
    </message>
    <message>
        <source>Tunnel: not running</source>
        <translation>Tunnel: läuft nicht</translation>
    </message>
    <message>
        <source>Tunnel: starting…</source>
        <translation>Tunnel: startet …</translation>
    </message>
    <message>
        <source>Tunnel: running at %1</source>
        <translation>Tunnel: läuft unter %1</translation>
    </message>
    <message>
        <source>Tunnel: failed — %1</source>
        <translation>Tunnel: fehlgeschlagen — %1</translation>
    </message>
    <message>
        <source>Tunnel: the program is not installed</source>
        <translation>Tunnel: Das Programm ist nicht installiert</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Tunnel: not started yet</source>
        <translation>Tunnel: noch nicht gestartet</translation>
    </message>
</context>
<context>
    <name>TunnelSelfTest</name>
    <message>
        <source>Hookscribe answered at the public URL, but not this copy of it: the health check never reached this app&apos;s receiver. The tunnel may point to another port or another computer.</source>
        <translation>Unter der öffentlichen URL hat ein Hookscribe geantwortet, aber nicht dieses: Die Prüfung hat den Empfänger dieser App nie erreicht. Der Tunnel zeigt vielleicht auf einen anderen Port oder einen anderen Computer.</translation>
    </message>
    <message>
        <source>No public URL is set: webhooks cannot reach this app, so jobs finish by polling.</source>
        <translation>Keine öffentliche URL ist eingestellt: Webhooks erreichen diese App nicht, daher werden Aufträge per Abfrage fertig.</translation>
    </message>
    <message>
        <source>The public URL reaches this app.</source>
        <translation>Die öffentliche URL erreicht diese App.</translation>
    </message>
    <message>
        <source>The public URL&apos;s host name %1 does not resolve (DNS): the tunnel&apos;s address may be gone or mistyped.</source>
        <translation>Der Hostname %1 der öffentlichen URL lässt sich nicht auflösen (DNS): Die Adresse des Tunnels ist vielleicht weg oder falsch geschrieben.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (TLS): %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (TLS): %2</translation>
    </message>
    <message>
        <source>Nothing accepts connections at the public URL (%1 refused the connection).</source>
        <translation>Unter der öffentlichen URL nimmt nichts Verbindungen an (%1 hat die Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>No answer from the public URL in time.</source>
        <translation>Keine rechtzeitige Antwort von der öffentlichen URL.</translation>
    </message>
    <message>
        <source>The public URL could not be reached: %1</source>
        <translation>Die öffentliche URL war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>it redirects elsewhere</source>
        <translation>sie leitet anderswohin um</translation>
    </message>
    <message>
        <source>the tunnel runs but does not reach this app</source>
        <translation>der Tunnel läuft, erreicht diese App aber nicht</translation>
    </message>
    <message>
        <source>another server or program answers there</source>
        <translation>dort antwortet ein anderer Server oder ein anderes Programm</translation>
    </message>
    <message>
        <source>The public URL answered HTTP %1 instead of Hookscribe&apos;s health check: %2.</source>
        <translation>Die öffentliche URL antwortete mit HTTP %1 statt mit der Prüfantwort von Hookscribe: %2.</translation>
    </message>
    <message>
        <source>Something other than Hookscribe answered at the public URL (HTTP 200 without Hookscribe&apos;s health answer): the tunnel points to another program or port.</source>
        <translation>Unter der öffentlichen URL hat etwas anderes als Hookscribe geantwortet (HTTP 200 ohne die Prüfantwort von Hookscribe): Der Tunnel zeigt auf ein anderes Programm oder einen anderen Port.</translation>
    </message>
    <message>
        <source>No answer from the public URL within %1 s: the tunnel may be down or stuck.</source>
        <translation>Keine Antwort von der öffentlichen URL innerhalb von %1 s: Der Tunnel ist vielleicht ausgefallen oder hängt.</translation>
    </message>
</context>
<context>
    <name>TunnelText</name>
    <message>
        <source>the host name does not resolve</source>
        <translation>der Hostname lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>nothing accepts connections there</source>
        <translation>dort nimmt nichts Verbindungen an</translation>
    </message>
    <message>
        <source>something other than Hookscribe answered</source>
        <translation>etwas anderes als Hookscribe hat geantwortet</translation>
    </message>
    <message>
        <source>the request never reached this app</source>
        <translation>die Anfrage hat diese Anwendung nie erreicht</translation>
    </message>
    <message>
        <source>the request failed</source>
        <translation>die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Public URL: testing…</source>
        <translation>Öffentliche URL: wird getestet …</translation>
    </message>
    <message>
        <source>Public URL: not set</source>
        <translation>Öffentliche URL: nicht gesetzt</translation>
    </message>
    <message>
        <source>Public URL: OK (%1 ms)</source>
        <translation>Öffentliche URL: OK (%1 ms)</translation>
    </message>
    <message>
        <source>Public URL: failing — %1</source>
        <translation>Öffentliche URL: Fehler — %1</translation>
    </message>
    <message>
        <source>Enter a public URL first.</source>
        <translation>Geben Sie zuerst eine öffentliche URL ein.</translation>
    </message>
    <message>
        <source>It works: the request came back through the public URL in %1 ms.</source>
        <translation>Es funktioniert: Die Anfrage kam in %1 ms über die öffentliche URL zurück.</translation>
    </message>
    <message>
        <source>The test failed: %1.</source>
        <translation>Der Test ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Public URL: local only</source>
        <translation>Öffentliche URL: nur lokal</translation>
    </message>
    <message>
        <source>It answers from this computer, but only for local testing: %1 is a loopback or private address that Soniox cannot reach. Use a public https address, such as a cloudflared or ngrok tunnel.</source>
        <translation>Sie antwortet von diesem Computer, aber nur für lokale Tests: %1 ist eine Loopback- oder private Adresse, die Soniox nicht erreichen kann. Verwenden Sie eine öffentliche https-Adresse, etwa einen cloudflared- oder ngrok-Tunnel.</translation>
    </message>
</context>
<context>
    <name>UsageLedger</name>
    <message>
        <source>This API key may not read Soniox&apos;s usage logs, so what each job cost is not shown. A key with the &quot;Usage and limits&quot; permission shows it.</source>
        <translation>Dieser API-Schlüssel darf die Nutzungsprotokolle von Soniox nicht lesen, daher werden die Kosten der Aufträge nicht angezeigt. Ein Schlüssel mit der Berechtigung „Usage and limits“ zeigt sie an.</translation>
    </message>
</context>
<context>
    <name>WatchedFoldersSection</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation>Ordner &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>New audio files in these folders become jobs as soon as they are complete (their size stops changing). The files already in a folder when it is added are left alone, and subfolders are not watched. A file is never taken twice.</source>
        <translation>Neue Audiodateien in diesen Ordnern werden zu Aufträgen, sobald sie vollständig sind (ihre Größe sich nicht mehr ändert). Dateien, die beim Hinzufügen schon im Ordner liegen, bleiben unberührt; Unterordner werden nicht überwacht. Keine Datei wird zweimal übernommen.</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <source>Watch a folder</source>
        <translation>Einen Ordner überwachen</translation>
    </message>
</context>
<context>
    <name>WebhookHttpServer</name>
    <message>
        <source>cut: sent more than a webhook request may hold</source>
        <translation>getrennt: mehr gesendet, als eine Webhook-Anfrage enthalten darf</translation>
    </message>
    <message>
        <source>cut: the request was not complete in time</source>
        <translation>getrennt: die Anfrage war nicht rechtzeitig vollständig</translation>
    </message>
    <message>
        <source>let go to make room for a new connection (it had no request answered)</source>
        <translation>freigegeben, um Platz für eine neue Verbindung zu machen (ihr war keine Anfrage beantwortet worden)</translation>
    </message>
    <message>
        <source>refused: every connection is in use by authentic deliveries</source>
        <translation>abgelehnt: alle Verbindungen sind von echten Zustellungen belegt</translation>
    </message>
    <message>
        <source>the app ran out of file descriptors; accepting again shortly</source>
        <translation>der App sind die Dateideskriptoren ausgegangen; gleich werden wieder Verbindungen angenommen</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
</context>
<context>
    <name>WebhookPayload</name>
    <message>
        <source>The body is not valid JSON.</source>
        <translation>Der Inhalt ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Der Inhalt ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The field &quot;id&quot; is missing or not a string.</source>
        <translation>Das Feld „id“ fehlt oder ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The field &quot;id&quot; is empty.</source>
        <translation>Das Feld „id“ ist leer.</translation>
    </message>
    <message>
        <source>The field &quot;id&quot; is longer than 128 characters.</source>
        <translation>Das Feld „id“ ist länger als 128 Zeichen.</translation>
    </message>
    <message>
        <source>The field &quot;status&quot; is missing or not a string.</source>
        <translation>Das Feld „status“ fehlt oder ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The field &quot;status&quot; is neither &quot;completed&quot; nor &quot;error&quot;.</source>
        <translation>Das Feld „status“ ist weder „completed“ noch „error“.</translation>
    </message>
</context>
<context>
    <name>WebhookReceiver</name>
    <message>
        <source>The webhook receiver is already running.</source>
        <translation>Der Webhook-Empfänger läuft bereits.</translation>
    </message>
</context>
</TS>
