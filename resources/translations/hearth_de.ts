<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminAuditSection</name>
    <message>
        <source>Getting the latest from the server…</source>
        <translation>Das Neueste wird vom Server geholt…</translation>
    </message>
    <message>
        <source>Newest first, as of %1.</source>
        <translation>Neueste zuerst, Stand %1.</translation>
    </message>
    <message>
        <source>Not fetched on this computer yet.</source>
        <translation>Auf diesem Computer noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Could not refresh: %1 This is the log as of %2.</source>
        <translation>Aktualisieren fehlgeschlagen: %1 Das ist das Protokoll vom %2.</translation>
    </message>
    <message>
        <source>Could not get the log: %1</source>
        <translation>Das Protokoll konnte nicht geholt werden: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Audit log of %1</source>
        <translation>Protokoll von %1</translation>
    </message>
    <message>
        <source>%1. Why: %2</source>
        <translation>%1. Grund: %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Nichts passt</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>Noch nichts geschehen</translation>
    </message>
    <message>
        <source>No audit log here yet</source>
        <translation>Hier gibt es noch kein Protokoll</translation>
    </message>
    <message>
        <source>Approvals, bans, removals, pins and settings changes by the organizers of %1 appear here.</source>
        <translation>Aufnahmen, Sperren, Entfernungen, Anheftungen und Änderungen der Einstellungen durch die Organisator:innen von %1 erscheinen hier.</translation>
    </message>
    <message>
        <source>Connect to fetch who did what in %1.</source>
        <translation>Verbinde dich, um abzurufen, wer in %1 was getan hat.</translation>
    </message>
</context>
<context>
    <name>AdminEngagementSection</name>
    <message>
        <source>Thank %1</source>
        <translation>%1 danken</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Danke, %1!</translation>
    </message>
    <message>
        <source>Say hello to %1</source>
        <translation>%1 grüßen</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Hallo, %1!</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Getting the latest from the server…</source>
        <translation>Das Neueste wird vom Server geholt …</translation>
    </message>
    <message>
        <source>The last 12 weeks, as of %1.</source>
        <translation>Die letzten 12 Wochen, Stand %1.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Could not refresh: %1 These are the figures as of %2.</source>
        <translation>Aktualisieren ging nicht: %1 Das sind die Zahlen vom %2.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>%1 twelve weeks ago</source>
        <translation>vor zwölf Wochen %1</translation>
    </message>
    <message>
        <source>Active last week</source>
        <translation>Aktiv letzte Woche</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>in 12 weeks</source>
        <translation>in 12 Wochen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Members and who was active</source>
        <translation>Mitglieder und wer aktiv war</translation>
    </message>
    <message>
        <source>Active that week</source>
        <translation>In der Woche aktiv</translation>
    </message>
    <message>
        <source>Members: %1 now, %2 twelve weeks ago. Active last week: %3.</source>
        <translation>Mitglieder: jetzt %1, vor zwölf Wochen %2. Aktiv letzte Woche: %3.</translation>
    </message>
    <message>
        <source>Posts and comments per week</source>
        <translation>Beiträge und Kommentare pro Woche</translation>
    </message>
    <message>
        <source>%1 posts and %2 comments in 12 weeks.</source>
        <translation>%1 Beiträge und %2 Kommentare in 12 Wochen.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>No question was asked in these 12 weeks.</source>
        <translation>In diesen 12 Wochen wurde keine Frage gestellt.</translation>
    </message>
    <message>
        <source>%1 of %2 answered; %3 within a day (%4).</source>
        <translation>%1 von %2 beantwortet; %3 innerhalb eines Tages (%4).</translation>
    </message>
    <message>
        <source>A question waits %1 for its first answer (median).</source>
        <translation>Eine Frage wartet %1 auf die erste Antwort (Median).</translation>
    </message>
    <message>
        <source>Still waiting for an answer:</source>
        <translation>Warten noch auf eine Antwort:</translation>
    </message>
    <message>
        <source>“%1”, asked by %2 %3</source>
        <translation>„%1“, gefragt von %2 %3</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Eine Frage</translation>
    </message>
    <message>
        <source>“%1”, asked %2</source>
        <translation>„%1“, gefragt %2</translation>
    </message>
    <message>
        <source>Who gave the most</source>
        <translation>Wer am meisten beigetragen hat</translation>
    </message>
    <message>
        <source>Nobody has written here in these 12 weeks.</source>
        <translation>In diesen 12 Wochen hat hier niemand geschrieben.</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation>1 Kommentar</translation>
    </message>
    <message>
        <source>%1 comments</source>
        <translation>%1 Kommentare</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Danken</translation>
    </message>
    <message>
        <source>Not seen for 30 days</source>
        <translation>Seit 30 Tagen nicht gesehen</translation>
    </message>
    <message>
        <source>Everyone has been here in the last 30 days.</source>
        <translation>Alle waren in den letzten 30 Tagen hier.</translation>
    </message>
    <message>
        <source>Last wrote here %1</source>
        <translation>Zuletzt hier geschrieben: %1</translation>
    </message>
    <message>
        <source>Has not written here yet</source>
        <translation>Hat hier noch nichts geschrieben</translation>
    </message>
    <message>
        <source>Say hello</source>
        <translation>Grüßen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>No event in these 12 weeks or planned.</source>
        <translation>Keine Veranstaltung in diesen 12 Wochen und keine geplant.</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <source>%1 of %2 going</source>
        <translation>%1 von %2 kommen</translation>
    </message>
    <message>
        <source>%1 going</source>
        <translation>%1 kommen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 waitlisted · %4 maybe</source>
        <translation>%1 · %2 · %3 auf der Warteliste · %4 vielleicht</translation>
    </message>
    <message>
        <source>Getting the figures…</source>
        <translation>Die Zahlen werden geholt …</translation>
    </message>
    <message>
        <source>No figures here yet</source>
        <translation>Noch keine Zahlen hier</translation>
    </message>
    <message>
        <source>Could not get them: %1</source>
        <translation>Sie kamen nicht an: %1</translation>
    </message>
    <message>
        <source>Connect to see how %1 has been doing: who is active, how fast questions are answered, who has not been back.</source>
        <translation>Verbinde dich, um zu sehen, wie es %1 geht: wer aktiv ist, wie schnell Fragen beantwortet werden, wer nicht wiedergekommen ist.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Posted “%1” to the feed of %2.</source>
        <translation>„%1“ wurde im Feed von %2 veröffentlicht.</translation>
    </message>
    <message>
        <source>The post could not be saved on this computer.</source>
        <translation>Der Beitrag konnte auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Posted to the feed of %1 for everyone there; the mention notifies them. Change it as you like.</source>
        <translation>Wird im Feed von %1 für alle dort veröffentlicht; die Erwähnung benachrichtigt die Person. Ändere ihn nach Belieben.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Ctrl+Enter posts</source>
        <translation>Strg+Eingabe veröffentlicht</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>AdminMemberRow</name>
    <message>
        <source>owner</source>
        <translation>Inhaber:in</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>Moderator:in</translation>
    </message>
    <message>
        <source>asking to join</source>
        <translation>möchte beitreten</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>you</source>
        <translation>du</translation>
    </message>
    <message>
        <source>Asking to join</source>
        <translation>Möchte beitreten</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(du)</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <source>Asked on %1</source>
        <translation>Angefragt am %1</translation>
    </message>
    <message>
        <source>Joined %1 · %2</source>
        <translation>Beigetreten %1 · %2</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Ablehnen …</translation>
    </message>
    <message>
        <source>Deny %1&apos;s request</source>
        <translation>Anfrage von %1 ablehnen</translation>
    </message>
    <message>
        <source>Role…</source>
        <translation>Rolle …</translation>
    </message>
    <message>
        <source>Change %1&apos;s role</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>Sperren …</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unban %1</source>
        <translation>%1 entsperren</translation>
    </message>
</context>
<context>
    <name>AdminMembersSection</name>
    <message>
        <source>Ban %1?</source>
        <translation>%1 sperren?</translation>
    </message>
    <message>
        <source>%1 leaves %2 and cannot join again until an organizer unbans them. Their posts stay.</source>
        <translation>%1 verlässt %2 und kann erst wieder beitreten, wenn eine Organisator:in die Sperre aufhebt. Die Beiträge bleiben.</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Deny %1&apos;s request?</source>
        <translation>Anfrage von %1 ablehnen?</translation>
    </message>
    <message>
        <source>%1 is not let into %2. They may ask again later.</source>
        <translation>%1 wird nicht in %2 aufgenommen und kann später erneut anfragen.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>%1 leaves %2 and loses what is saved of it on their computer. They may ask to join again.</source>
        <translation>%1 verlässt %2 und verliert, was davon auf dem eigenen Computer gespeichert ist. Eine erneute Beitrittsanfrage ist möglich.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>Zur Inhaber:in machen</translation>
    </message>
    <message>
        <source>Make moderator</source>
        <translation>Zur Moderator:in machen</translation>
    </message>
    <message>
        <source>Make member</source>
        <translation>Zum Mitglied machen</translation>
    </message>
    <message>
        <source>Find a member by name or handle</source>
        <translation>Mitglied nach Name oder Benutzername suchen</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Mitglied suchen</translation>
    </message>
    <message>
        <source>Down moves to the list, Escape clears</source>
        <translation>Pfeil nach unten wechselt zur Liste, Escape leert</translation>
    </message>
    <message>
        <source>Show members by state</source>
        <translation>Mitglieder nach Status zeigen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Asking to join</source>
        <translation>Möchte beitreten</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Show members by role</source>
        <translation>Mitglieder nach Rolle zeigen</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Inhaber:innen</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Moderator:innen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>Nobody called “%1” here</source>
        <translation>Niemand namens „%1“ hier</translation>
    </message>
    <message>
        <source>Nobody is banned</source>
        <translation>Niemand ist gesperrt</translation>
    </message>
    <message>
        <source>Nobody is asking to join</source>
        <translation>Niemand möchte beitreten</translation>
    </message>
    <message>
        <source>No one matches these filters</source>
        <translation>Niemand passt zu diesen Filtern</translation>
    </message>
    <message>
        <source>Try another name, or show everyone.</source>
        <translation>Versuch einen anderen Namen oder zeig alle.</translation>
    </message>
    <message>
        <source>The member list arrives with the community&apos;s first sync.</source>
        <translation>Die Mitgliederliste kommt mit dem ersten Abgleich der Community.</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Tell them why (optional)</source>
        <translation>Begründung für die Person (optional)</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>They see this with the answer</source>
        <translation>Das sieht die Person mit der Antwort</translation>
    </message>
    <message>
        <source>Said in the audit log, for the other organizers</source>
        <translation>Steht im Protokoll, für die anderen Organisator:innen</translation>
    </message>
</context>
<context>
    <name>AdminReportsSection</name>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>its author</source>
        <translation>der verfassenden Person</translation>
    </message>
    <message>
        <source>Remove this %1?</source>
        <translation>Diesen %1 entfernen?</translation>
    </message>
    <message>
        <source>The %1 by %2 is taken down for everyone in %3. The report is kept, with your note, for the other organizers.</source>
        <translation>Dieser %1 von %2 wird für alle in %3 entfernt. Die Meldung bleibt mit deiner Notiz für die anderen Organisator:innen erhalten.</translation>
    </message>
    <message>
        <source>Note for the other organizers</source>
        <translation>Notiz für die anderen Organisator:innen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Dismiss this report?</source>
        <translation>Diese Meldung verwerfen?</translation>
    </message>
    <message>
        <source>The %1 by %2 stays up. The report is kept as dismissed.</source>
        <translation>Dieser %1 von %2 bleibt sichtbar. Die Meldung wird als verworfen aufbewahrt.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Which reports</source>
        <translation>Welche Meldungen</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Offen (%1)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Oldest first. Removing takes the content down for everyone; dismissing leaves it up.</source>
        <translation>Älteste zuerst. Entfernen nimmt den Inhalt für alle herunter; Verwerfen lässt ihn stehen.</translation>
    </message>
    <message>
        <source>Newest decision first.</source>
        <translation>Neueste Entscheidung zuerst.</translation>
    </message>
    <message>
        <source>Open reports in %1</source>
        <translation>Offene Meldungen in %1</translation>
    </message>
    <message>
        <source>Resolved reports in %1</source>
        <translation>Erledigte Meldungen in %1</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Ein Mitglied</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Unbekannte Verfasser:in</translation>
    </message>
    <message>
        <source>%1 reported a comment by %2: %3</source>
        <translation>%1 hat einen Kommentar von %2 gemeldet: %3</translation>
    </message>
    <message>
        <source>%1 reported a post by %2: %3</source>
        <translation>%1 hat einen Beitrag von %2 gemeldet: %3</translation>
    </message>
    <message>
        <source>%1 reported a comment</source>
        <translation>%1 hat einen Kommentar gemeldet</translation>
    </message>
    <message>
        <source>%1 reported a post</source>
        <translation>%1 hat einen Beitrag gemeldet</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>%1, in a comment on “%2”</source>
        <translation>%1, in einem Kommentar zu „%2“</translation>
    </message>
    <message>
        <source>%1, in a comment</source>
        <translation>%1, in einem Kommentar</translation>
    </message>
    <message>
        <source>The %1 was removed for everyone.</source>
        <translation>Der %1 wurde für alle entfernt.</translation>
    </message>
    <message>
        <source>The %1 is no longer here: it was deleted, or this computer never saved it.</source>
        <translation>Der %1 ist nicht mehr da: Er wurde gelöscht, oder dieser Computer hat ihn nie gespeichert.</translation>
    </message>
    <message>
        <source>an organizer</source>
        <translation>einer Organisator:in</translation>
    </message>
    <message>
        <source>Removed by %1, %2</source>
        <translation>Entfernt von %1, %2</translation>
    </message>
    <message>
        <source>Dismissed by %1, %2</source>
        <translation>Verworfen von %1, %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Verwerfung</translation>
    </message>
    <message>
        <source>Open thread</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Open the thread “%1”</source>
        <translation>Unterhaltung „%1“ öffnen</translation>
    </message>
    <message>
        <source>Open the thread</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Verwerfen …</translation>
    </message>
    <message>
        <source>Dismiss %1&apos;s report</source>
        <translation>Meldung von %1 verwerfen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Remove the %1 by %2</source>
        <translation>Den %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>No open reports</source>
        <translation>Keine offenen Meldungen</translation>
    </message>
    <message>
        <source>Nothing resolved yet</source>
        <translation>Noch nichts erledigt</translation>
    </message>
    <message>
        <source>When a member of %1 reports a post or a comment, it waits here for an owner or a moderator.</source>
        <translation>Wenn ein Mitglied von %1 einen Beitrag oder Kommentar meldet, wartet er hier auf eine Inhaber:in oder Moderator:in.</translation>
    </message>
    <message>
        <source>Reports you and the other organizers resolve are kept here, with what was decided.</source>
        <translation>Meldungen, die du und die anderen Organisator:innen erledigen, bleiben hier mit der Entscheidung erhalten.</translation>
    </message>
</context>
<context>
    <name>AdminRequestsSection</name>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>%1 is full: all %2 seats are taken. Approving waits until someone leaves or an owner raises the cap.</source>
        <translation>%1 ist voll: alle %2 Plätze sind belegt. Annehmen wartet, bis jemand geht oder eine Inhaber:in die Grenze anhebt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 seats taken, %n left.</source>
        <translation>
            <numerusform>%1 von %2 Plätzen belegt, %n frei.</numerusform>
            <numerusform>%1 von %2 Plätzen belegt, %n frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests to join %1</source>
        <translation>Beitrittsanfragen an %1</translation>
    </message>
    <message>
        <source>%1 asks to join</source>
        <translation>%1 möchte beitreten</translation>
    </message>
    <message>
        <source>asked on %1</source>
        <translation>angefragt am %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Ablehnen …</translation>
    </message>
    <message>
        <source>Deny %1&apos;s request</source>
        <translation>Anfrage von %1 ablehnen</translation>
    </message>
    <message>
        <source>Deny %1&apos;s request?</source>
        <translation>Anfrage von %1 ablehnen?</translation>
    </message>
    <message>
        <source>%1 is not let into %2. They may ask again later.</source>
        <translation>%1 wird nicht in %2 aufgenommen und kann später erneut anfragen.</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Niemand wartet</translation>
    </message>
    <message>
        <source>When someone asks to join %1, they appear here with their profile.</source>
        <translation>Wenn jemand %1 beitreten möchte, erscheint die Person hier mit ihrem Profil.</translation>
    </message>
    <message>
        <source>Tell them why (optional)</source>
        <translation>Begründung für die Person (optional)</translation>
    </message>
    <message>
        <source>They see this with the answer</source>
        <translation>Das sieht die Person mit der Antwort</translation>
    </message>
</context>
<context>
    <name>AdminSettingsSection</name>
    <message>
        <source>A community needs a name.</source>
        <translation>Eine Community braucht einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten this to %n characters.</source>
        <translation>
            <numerusform>Kürze das auf %n Zeichen.</numerusform>
            <numerusform>Kürze das auf %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members are in already: the cap cannot be below that.</source>
        <translation>
            <numerusform>%n Mitglied ist schon dabei: Die Grenze kann nicht darunter liegen.</numerusform>
            <numerusform>%n Mitglieder sind schon dabei: Die Grenze kann nicht darunter liegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a cap from %1 to %2.</source>
        <translation>Wähle eine Grenze von %1 bis %2.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten the welcome message to %n characters.</source>
        <translation>
            <numerusform>Kürze die Willkommensnachricht auf %n Zeichen.</numerusform>
            <numerusform>Kürze die Willkommensnachricht auf %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the guidelines to %n characters.</source>
        <translation>
            <numerusform>Kürze die Richtlinien auf %n Zeichen.</numerusform>
            <numerusform>Kürze die Richtlinien auf %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Waiting to be sent: your changes go out as soon as Hearth is back online.</source>
        <translation>Wartet auf das Senden: Deine Änderungen gehen raus, sobald Hearth wieder online ist.</translation>
    </message>
    <message>
        <source>Not saved: another organizer changed these settings meanwhile. Revert to see theirs, then make your change again.</source>
        <translation>Nicht gespeichert: Eine andere Organisator:in hat diese Einstellungen inzwischen geändert. Setze zurück, um ihre Fassung zu sehen, und nimm deine Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>Not saved: the server refused a field, shown above.</source>
        <translation>Nicht gespeichert: Der Server hat ein Feld abgelehnt, siehe oben.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Another organizer changed these settings since you started. Revert loads their version; saving yours would be refused.</source>
        <translation>Eine andere Organisator:in hat diese Einstellungen geändert, seit du angefangen hast. Zurücksetzen lädt ihre Fassung; deine zu speichern würde abgelehnt.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>About the community</source>
        <translation>Über die Community</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n characters. The address stays as it is.</source>
        <translation>
            <numerusform>Bis zu %n Zeichen. Die Adresse bleibt unverändert.</numerusform>
            <numerusform>Bis zu %n Zeichen. Die Adresse bleibt unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>One line under the name</source>
        <translation>Eine Zeile unter dem Namen</translation>
    </message>
    <message numerus="yes">
        <source>One line under the name, up to %n characters.</source>
        <translation>
            <numerusform>Eine Zeile unter dem Namen, bis zu %n Zeichen.</numerusform>
            <numerusform>Eine Zeile unter dem Namen, bis zu %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the community is for and who it is for, shown to people deciding whether to join.</source>
        <translation>Wofür und für wen die Community da ist – für alle, die überlegen beizutreten.</translation>
    </message>
    <message>
        <source>Enter adds a topic; a topic&apos;s × or Delete removes it.</source>
        <translation>Eingabe fügt ein Thema hinzu; das × eines Themas oder Entf entfernt es.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Only owners can change who may join and the member cap: ask an owner of %1.</source>
        <translation>Nur Inhaber:innen können ändern, wer beitreten darf und wie groß die Mitgliedergrenze ist: Frag eine Inhaber:in von %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 seats taken, %n left. From %3 to %4.</source>
        <translation>
            <numerusform>%1 von %2 Plätzen belegt, %n frei. Von %3 bis %4.</numerusform>
            <numerusform>%1 von %2 Plätzen belegt, %n frei. Von %3 bis %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome and guidelines</source>
        <translation>Willkommen und Richtlinien</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Willkommensnachricht</translation>
    </message>
    <message>
        <source>What new members read first.</source>
        <translation>Was neue Mitglieder zuerst lesen.</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, - lists, ## headings. Every earlier version is kept.</source>
        <translation>Markdown: **fett**, *kursiv*, - Listen, ## Überschriften. Jede frühere Fassung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Members must accept the new guidelines</source>
        <translation>Mitglieder müssen die neuen Richtlinien annehmen</translation>
    </message>
    <message>
        <source>Everyone else is asked to accept them before they post or comment again.</source>
        <translation>Alle anderen werden gebeten, sie anzunehmen, bevor sie wieder posten oder kommentieren.</translation>
    </message>
    <message>
        <source>Members can keep posting; the new text applies to everyone who joins from now on.</source>
        <translation>Mitglieder können weiter posten; der neue Text gilt für alle, die ab jetzt beitreten.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Puts the form back to the saved settings</source>
        <translation>Setzt das Formular auf die gespeicherten Einstellungen zurück</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>CacheNoticeBar</name>
    <message>
        <source>Move aside and rebuild</source>
        <translation>Beiseitelegen und neu aufbauen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Waiting for connection</source>
        <translation>Wartet auf Verbindung</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Auf %1 antworten</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send this reply again</source>
        <translation>Diese Antwort erneut senden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard this reply</source>
        <translation>Diese Antwort verwerfen</translation>
    </message>
    <message>
        <source>%1 · edited</source>
        <translation>%1 · bearbeitet</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Text des Kommentars</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit your comment</source>
        <translation>Deinen Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete your comment</source>
        <translation>Deinen Kommentar löschen</translation>
    </message>
    <message>
        <source>%1&apos;s comment</source>
        <translation>Kommentar von %1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Melden …</translation>
    </message>
    <message>
        <source>Report %1&apos;s comment to the organizers</source>
        <translation>Kommentar von %1 den Organisator:innen melden</translation>
    </message>
</context>
<context>
    <name>CommunityRail</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Search  (Ctrl+K)</source>
        <translation>Suchen  (Strg+K)</translation>
    </message>
    <message>
        <source>Search everything saved on this computer</source>
        <translation>Alles durchsuchen, was auf diesem Computer gespeichert ist</translation>
    </message>
    <message>
        <source>Ctrl+K or Ctrl+F to search, Down to go to the results, Escape to clear</source>
        <translation>Strg+K oder Strg+F zum Suchen, Pfeil nach unten zu den Ergebnissen, Escape zum Leeren</translation>
    </message>
    <message>
        <source>COMMUNITIES</source>
        <translation>COMMUNITYS</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communitys</translation>
    </message>
    <message>
        <source>join request pending</source>
        <translation>Beitrittsanfrage offen</translation>
    </message>
    <message>
        <source>%1, %2, Ctrl+%3</source>
        <translation>%1, %2, Strg+%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Request pending</source>
        <translation>Anfrage offen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Kept offline: the whole history is on this computer</source>
        <translation>Offline verfügbar: der ganze Verlauf ist auf diesem Computer</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Strg+%1</translation>
    </message>
    <message>
        <source>Getting your communities…</source>
        <translation>Deine Communitys werden geladen …</translation>
    </message>
    <message>
        <source>You have not joined a community yet. Communities you join appear here.</source>
        <translation>Du bist noch keiner Community beigetreten. Communitys, denen du beitrittst, erscheinen hier.</translation>
    </message>
    <message>
        <source>Account menu: settings, accounts, sign out</source>
        <translation>Kontomenü: Einstellungen, Konten, Abmelden</translation>
    </message>
    <message>
        <source>Settings, accounts and sign out</source>
        <translation>Einstellungen, Konten und Abmelden</translation>
    </message>
    <message numerus="yes">
        <source>%n communities</source>
        <translation>
            <numerusform>%n Community</numerusform>
            <numerusform>%n Communitys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Switch to %1 (%2)</source>
        <translation>Zu %1 wechseln (%2)</translation>
    </message>
    <message>
        <source>Add another account…</source>
        <translation>Weiteres Konto hinzufügen …</translation>
    </message>
    <message>
        <source>Sign out of %1…</source>
        <translation>Von %1 abmelden …</translation>
    </message>
    <message>
        <source>Keep offline (%1 on this computer)</source>
        <translation>Offline verfügbar halten (%1 auf diesem Computer)</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Offline verfügbar</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Your events (Ctrl+Shift+E)</source>
        <translation>Deine Veranstaltungen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>1 unread notification</source>
        <translation>1 ungelesene Benachrichtigung</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notifications</source>
        <translation>
            <numerusform>%n ungelesene Benachrichtigung</numerusform>
            <numerusform>%n ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Discover communities (Ctrl+Shift+D)</source>
        <translation>Communitys entdecken (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Start a community</source>
        <translation>Community gründen</translation>
    </message>
    <message>
        <source>Start a community (Ctrl+Shift+C)</source>
        <translation>Community gründen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Leave community…</source>
        <translation>Community verlassen …</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Post kind: %1</source>
        <translation>Art des Beitrags: %1</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>Titel des Beitrags</translation>
    </message>
    <message>
        <source>Share something with %1…</source>
        <translation>Teile etwas mit %1 …</translation>
    </message>
    <message>
        <source>Share something…</source>
        <translation>Teile etwas …</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Text des Beitrags</translation>
    </message>
    <message>
        <source>Markdown is supported. Press Ctrl+Enter to post.</source>
        <translation>Markdown wird unterstützt. Strg+Eingabe veröffentlicht.</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Noch nichts für die Vorschau.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Back to editing (Ctrl+P)</source>
        <translation>Zurück zum Schreiben (Strg+P)</translation>
    </message>
    <message>
        <source>Preview the post (Ctrl+P)</source>
        <translation>Vorschau des Beitrags (Strg+P)</translation>
    </message>
    <message>
        <source>%1 characters too long</source>
        <translation>%1 Zeichen zu lang</translation>
    </message>
    <message>
        <source>Markdown supported · Ctrl+Enter to post</source>
        <translation>Markdown möglich · Strg+Eingabe zum Veröffentlichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Post to %1</source>
        <translation>In %1 veröffentlichen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <source>Conflicting edit</source>
        <translation>Widersprüchliche Bearbeitung</translation>
    </message>
    <message>
        <source>← Outbox</source>
        <translation>← Postausgang</translation>
    </message>
    <message>
        <source>Back to the outbox (Escape)</source>
        <translation>Zurück zum Postausgang (Escape)</translation>
    </message>
    <message>
        <source>Your edit and the server&apos;s version</source>
        <translation>Deine Bearbeitung und die Fassung auf dem Server</translation>
    </message>
    <message>
        <source>Nothing to resolve</source>
        <translation>Nichts zu entscheiden</translation>
    </message>
    <message>
        <source>While you were editing, this post was changed somewhere else (perhaps on another device). Keep your text, keep the server&apos;s, or merge the two.</source>
        <translation>Während du bearbeitet hast, wurde dieser Beitrag anderswo geändert (vielleicht auf einem anderen Gerät). Behalte deinen Text, den vom Server, oder führe beide zusammen.</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Deine Bearbeitung</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Die andere behalten</translation>
    </message>
    <message>
        <source>Keep my text and send it again</source>
        <translation>Meinen Text behalten und erneut senden</translation>
    </message>
    <message>
        <source>Keep the server&apos;s text and drop my edit</source>
        <translation>Den Text vom Server behalten und meine Bearbeitung verwerfen</translation>
    </message>
    <message>
        <source>Merge the two…</source>
        <translation>Beide zusammenführen …</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Zusammengeführter Text</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>Merged title</source>
        <translation>Zusammengeführter Titel</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the merged text.</source>
        <translation>Strg+Eingabe speichert den zusammengeführten Text.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send merged text</source>
        <translation>Zusammengeführten Text senden</translation>
    </message>
    <message>
        <source>This edit has been settled. Its post or comment shows the text that was kept.</source>
        <translation>Diese Änderung ist erledigt. Der Beitrag oder Kommentar zeigt den behaltenen Text.</translation>
    </message>
    <message>
        <source>While you were editing, this comment was changed somewhere else (perhaps on another device). Keep your text, keep the server&apos;s, or merge the two.</source>
        <translation>Während du bearbeitet hast, wurde dieser Kommentar anderswo geändert (vielleicht auf einem anderen Gerät). Behalte deinen Text, den vom Server, oder führe beide zusammen.</translation>
    </message>
</context>
<context>
    <name>DecisionNote</name>
    <message>
        <source>Approval</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Entsperrung</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>Rollenänderung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 refused by the server: %2</source>
        <translation>%1 vom Server abgelehnt: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation>%1 wartet auf das Senden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss: %1 refused</source>
        <translation>Schließen: %1 abgelehnt</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Ask to join: organizers approve new members</source>
        <translation>Beitritt auf Anfrage: Organisator:innen nehmen neue Mitglieder an</translation>
    </message>
    <message>
        <source>Open: anyone on this server can join</source>
        <translation>Offen: alle auf diesem Server können beitreten</translation>
    </message>
    <message>
        <source>Full: %1 of %2 members</source>
        <translation>Voll: %1 von %2 Mitgliedern</translation>
    </message>
    <message>
        <source>%1 of %2 members · 1 seat left</source>
        <translation>%1 von %2 Mitgliedern · 1 Platz frei</translation>
    </message>
    <message>
        <source>%1 of %2 members · %3 seats left</source>
        <translation>%1 von %2 Mitgliedern · %3 Plätze frei</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Wird beigetreten …</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <source>Not open to you</source>
        <translation>Nicht für dich offen</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Nicht beigetreten</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <source>Discover communities</source>
        <translation>Communitys entdecken</translation>
    </message>
    <message>
        <source>Welcome to Hearth, %1</source>
        <translation>Willkommen bei Hearth, %1</translation>
    </message>
    <message>
        <source>Find a community to join, or use an invite an organizer sent you.</source>
        <translation>Finde eine Community zum Beitreten oder nutze eine Einladung, die dir eine Organisator:in geschickt hat.</translation>
    </message>
    <message>
        <source>%1 of %2 on this server</source>
        <translation>%1 von %2 auf diesem Server</translation>
    </message>
    <message>
        <source>1 community on this server</source>
        <translation>1 Community auf diesem Server</translation>
    </message>
    <message>
        <source>%1 communities on this server</source>
        <translation>%1 Communitys auf diesem Server</translation>
    </message>
    <message>
        <source>Join with an invite…</source>
        <translation>Mit Einladung beitreten …</translation>
    </message>
    <message>
        <source>Join with an invite (Ctrl+I)</source>
        <translation>Mit Einladung beitreten (Strg+I)</translation>
    </message>
    <message>
        <source>A code or a hearth://invite link (Ctrl+I)</source>
        <translation>Ein Code oder ein hearth://invite-Link (Strg+I)</translation>
    </message>
    <message>
        <source>Start a community</source>
        <translation>Community gründen</translation>
    </message>
    <message>
        <source>Start a community (Ctrl+Shift+C)</source>
        <translation>Community gründen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Search by name, tagline or topic</source>
        <translation>Nach Name, Untertitel oder Thema suchen</translation>
    </message>
    <message>
        <source>Search communities</source>
        <translation>Communitys suchen</translation>
    </message>
    <message>
        <source>Down moves to the list, Escape clears</source>
        <translation>Pfeil nach unten wechselt zur Liste, Escape leert</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communitys</translation>
    </message>
    <message>
        <source>Ask to join</source>
        <translation>Beitritt auf Anfrage</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Betrieben von</translation>
    </message>
    <message>
        <source>You are a member.</source>
        <translation>Du bist Mitglied.</translation>
    </message>
    <message>
        <source>Joining as soon as Hearth reaches the server.</source>
        <translation>Beitritt, sobald Hearth den Server erreicht.</translation>
    </message>
    <message>
        <source>Request sent. An organizer decides; you will get a notification.</source>
        <translation>Anfrage gesendet. Eine Organisator:in entscheidet; du bekommst eine Benachrichtigung.</translation>
    </message>
    <message>
        <source>You cannot join this community.</source>
        <translation>Du kannst dieser Community nicht beitreten.</translation>
    </message>
    <message>
        <source>Not joined: %1</source>
        <translation>Nicht beigetreten: %1</translation>
    </message>
    <message>
        <source>This community is full. When a member leaves, a seat opens.</source>
        <translation>Diese Community ist voll. Wenn ein Mitglied geht, wird ein Platz frei.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>Anfrage zurückziehen</translation>
    </message>
    <message>
        <source>Leave…</source>
        <translation>Verlassen …</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>This community has not written guidelines yet.</source>
        <translation>Diese Community hat noch keine Richtlinien geschrieben.</translation>
    </message>
    <message>
        <source>No community matches “%1”</source>
        <translation>Keine Community passt zu „%1“</translation>
    </message>
    <message>
        <source>No communities are listed on this server yet</source>
        <translation>Auf diesem Server sind noch keine Communitys gelistet</translation>
    </message>
    <message>
        <source>The directory arrives once Hearth reaches the server</source>
        <translation>Das Verzeichnis kommt, sobald Hearth den Server erreicht</translation>
    </message>
    <message>
        <source>Search looks at names, taglines and topics.</source>
        <translation>Die Suche durchsucht Namen, Untertitel und Themen.</translation>
    </message>
    <message>
        <source>Hidden communities are joined with an invite from one of their organizers.</source>
        <translation>Versteckten Communitys trittst du mit einer Einladung ihrer Organisator:innen bei.</translation>
    </message>
    <message>
        <source>Withdraw your request to join %1?</source>
        <translation>Deine Beitrittsanfrage an %1 zurückziehen?</translation>
    </message>
    <message>
        <source>Leave %1?</source>
        <translation>%1 verlassen?</translation>
    </message>
    <message>
        <source>The organizers will no longer see your request. You can ask again later.</source>
        <translation>Die Organisator:innen sehen deine Anfrage nicht mehr. Du kannst später erneut anfragen.</translation>
    </message>
    <message>
        <source>Its posts leave this computer, and you stop getting its notifications. You can join again while it has a seat.</source>
        <translation>Ihre Beiträge werden von diesem Computer entfernt, und du bekommst keine Benachrichtigungen mehr von ihr. Du kannst wieder beitreten, solange ein Platz frei ist.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
</context>
<context>
    <name>EventCard</name>
    <message>
        <source>1 going</source>
        <translation>1 Zusage</translation>
    </message>
    <message numerus="yes">
        <source>%n going</source>
        <translation>
            <numerusform>%n Zusage</numerusform>
            <numerusform>%n Zusagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full · %n waiting</source>
        <translation>
            <numerusform>Voll · %n wartet</numerusform>
            <numerusform>Voll · %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <source>%1 going · 1 seat left</source>
        <translation>%1 Zusagen · 1 Platz frei</translation>
    </message>
    <message>
        <source>%1 going · %2 seats left</source>
        <translation>%1 Zusagen · %2 Plätze frei</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>you are going</source>
        <translation>du bist dabei</translation>
    </message>
    <message>
        <source>you are number %1 on the waitlist</source>
        <translation>du bist Nummer %1 auf der Warteliste</translation>
    </message>
    <message>
        <source>you might go</source>
        <translation>du kommst vielleicht</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>EventDetailPage</name>
    <message>
        <source>Saved %1. Open it to add the event to your calendar.</source>
        <translation>%1 gespeichert. Öffne die Datei, um die Veranstaltung deinem Kalender hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add “%1” to your calendar</source>
        <translation>„%1“ zum Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Veranstaltung: %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Zum Kalender</translation>
    </message>
    <message>
        <source>Add to calendar: save the event as an iCalendar file</source>
        <translation>Zum Kalender: die Veranstaltung als iCalendar-Datei speichern</translation>
    </message>
    <message>
        <source>The organizers cancelled this event.</source>
        <translation>Die Organisator:innen haben diese Veranstaltung abgesagt.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the calendar file</source>
        <translation>Kalenderdatei öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4</source>
        <translation>%1, %2 – %3, %4</translation>
    </message>
    <message>
        <source>your time (%1)</source>
        <translation>deine Zeit (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Join online</source>
        <translation>Online teilnehmen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Hosted in %1</source>
        <translation>Veranstaltet in %1</translation>
    </message>
    <message>
        <source>This event will not take place</source>
        <translation>Diese Veranstaltung findet nicht statt</translation>
    </message>
    <message>
        <source>You went</source>
        <translation>Du warst dabei</translation>
    </message>
    <message>
        <source>This event has ended</source>
        <translation>Diese Veranstaltung ist vorbei</translation>
    </message>
    <message>
        <source>You are going</source>
        <translation>Du bist dabei</translation>
    </message>
    <message>
        <source>You are #%1 on the waitlist</source>
        <translation>Du bist Nr. %1 auf der Warteliste</translation>
    </message>
    <message>
        <source>You are on the waitlist</source>
        <translation>Du stehst auf der Warteliste</translation>
    </message>
    <message>
        <source>You might go</source>
        <translation>Du kommst vielleicht</translation>
    </message>
    <message>
        <source>You are not going</source>
        <translation>Du kommst nicht</translation>
    </message>
    <message>
        <source>Are you going?</source>
        <translation>Bist du dabei?</translation>
    </message>
    <message>
        <source>Sending your answer…</source>
        <translation>Deine Antwort wird gesendet …</translation>
    </message>
    <message>
        <source>Your answer is saved and will be sent when you are back online.</source>
        <translation>Deine Antwort ist gespeichert und wird gesendet, sobald du wieder online bist.</translation>
    </message>
    <message>
        <source>Every seat is taken. When someone gives up theirs, the next in line gets it, and it shows here.</source>
        <translation>Alle Plätze sind belegt. Wenn jemand seinen Platz freigibt, bekommt ihn die nächste Person in der Reihe, und das siehst du hier.</translation>
    </message>
    <message>
        <source>Your seat is kept. If plans change, say so to let the next person in.</source>
        <translation>Dein Platz ist reserviert. Wenn sich deine Pläne ändern, sag Bescheid, damit die nächste Person nachrücken kann.</translation>
    </message>
    <message>
        <source>See you there.</source>
        <translation>Bis dann!</translation>
    </message>
    <message>
        <source>Every seat is taken and %1 waiting. Going puts you on the waitlist.</source>
        <translation>Alle Plätze sind belegt und %1 auf der Warteliste. Mit einer Zusage kommst du auf die Warteliste.</translation>
    </message>
    <message>
        <source>1 person is</source>
        <translation>1 Person steht</translation>
    </message>
    <message numerus="yes">
        <source>%n people are</source>
        <translation>
            <numerusform>%n Person steht</numerusform>
            <numerusform>%n Personen stehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every seat is taken. Going puts you on the waitlist.</source>
        <translation>Alle Plätze sind belegt. Mit einer Zusage kommst du auf die Warteliste.</translation>
    </message>
    <message>
        <source>Join the waitlist</source>
        <translation>Auf die Warteliste</translation>
    </message>
    <message>
        <source>Going</source>
        <translation>Dabei</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>Leave the waitlist</source>
        <translation>Warteliste verlassen</translation>
    </message>
    <message>
        <source>Give up my seat</source>
        <translation>Platz freigeben</translation>
    </message>
    <message>
        <source>Not going</source>
        <translation>Nicht dabei</translation>
    </message>
    <message>
        <source>Your answer was not accepted: %1</source>
        <translation>Deine Antwort wurde nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Your answer was not accepted by the server.</source>
        <translation>Deine Antwort wurde vom Server nicht angenommen.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send my answer again</source>
        <translation>Meine Antwort erneut senden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard my answer</source>
        <translation>Meine Antwort verwerfen</translation>
    </message>
    <message>
        <source>Full: %1 of %2 seats taken, %3 on the waitlist</source>
        <translation>Voll: %1 von %2 Plätzen belegt, %3 auf der Warteliste</translation>
    </message>
    <message>
        <source>Full: %1 of %2 seats taken</source>
        <translation>Voll: %1 von %2 Plätzen belegt</translation>
    </message>
    <message>
        <source>%1 of %2 seats taken · 1 seat left</source>
        <translation>%1 von %2 Plätzen belegt · 1 Platz frei</translation>
    </message>
    <message>
        <source>%1 of %2 seats taken · %3 seats left</source>
        <translation>%1 von %2 Plätzen belegt · %3 Plätze frei</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>1 going</source>
        <translation>1 Zusage</translation>
    </message>
    <message numerus="yes">
        <source>%n going</source>
        <translation>
            <numerusform>%n Zusage</numerusform>
            <numerusform>%n Zusagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody said they were going.</source>
        <translation>Niemand hat zugesagt.</translation>
    </message>
    <message>
        <source>Nobody has said they are going yet. Be the first.</source>
        <translation>Noch hat niemand zugesagt. Sei die erste Person.</translation>
    </message>
    <message>
        <source>Waitlist, in order</source>
        <translation>Warteliste, der Reihe nach</translation>
    </message>
    <message>
        <source>This event is not saved on this computer</source>
        <translation>Diese Veranstaltung ist nicht auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>It may have been removed, or it belongs to a community you are no longer in.</source>
        <translation>Vielleicht wurde sie entfernt, oder sie gehört zu einer Community, in der du nicht mehr bist.</translation>
    </message>
</context>
<context>
    <name>EventTime</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4</source>
        <translation>%1, %2 – %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>in 1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>happening now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>ended today</source>
        <translation>heute beendet</translation>
    </message>
    <message>
        <source>ended yesterday</source>
        <translation>gestern beendet</translation>
    </message>
    <message numerus="yes">
        <source>ended %n days ago</source>
        <translation>
            <numerusform>vor %n Tag beendet</numerusform>
            <numerusform>vor %n Tagen beendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Your events</source>
        <translation>Deine Veranstaltungen</translation>
    </message>
    <message>
        <source>Events of %1</source>
        <translation>Veranstaltungen von %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Workshops, meetups and sessions across your communities</source>
        <translation>Workshops, Treffen und Sessions in deinen Communitys</translation>
    </message>
    <message>
        <source>Which events</source>
        <translation>Welche Veranstaltungen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Nothing planned this week</source>
        <translation>Diese Woche nichts geplant</translation>
    </message>
    <message>
        <source>1 event this week</source>
        <translation>1 Veranstaltung diese Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n events this week</source>
        <translation>
            <numerusform>%n Veranstaltung diese Woche</numerusform>
            <numerusform>%n Veranstaltungen diese Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · you are going to %2</source>
        <translation>%1 · du bist bei %2 dabei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Veranstaltung</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>No past events</source>
        <translation>Keine vergangenen Veranstaltungen</translation>
    </message>
    <message>
        <source>No upcoming events</source>
        <translation>Keine anstehenden Veranstaltungen</translation>
    </message>
    <message>
        <source>Events that have ended stay here, with who went.</source>
        <translation>Beendete Veranstaltungen bleiben hier, mit allen, die dabei waren.</translation>
    </message>
    <message>
        <source>When organizers plan workshops, meetups or online sessions in your communities, they show up here.</source>
        <translation>Wenn Organisator:innen in deinen Communitys Workshops, Treffen oder Online-Sessions planen, erscheinen sie hier.</translation>
    </message>
    <message>
        <source>When the organizers of %1 plan a workshop, meetup or online session, it shows up here.</source>
        <translation>Wenn die Organisator:innen von %1 einen Workshop, ein Treffen oder eine Online-Session planen, erscheint das hier.</translation>
    </message>
</context>
<context>
    <name>ExternalLink</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <source>Discard this post?</source>
        <translation>Diesen Beitrag verwerfen?</translation>
    </message>
    <message>
        <source>It was not sent and will be removed from this computer. Copy the text first if you want to keep it.</source>
        <translation>Er wurde nicht gesendet und wird von diesem Computer entfernt. Kopiere zuerst den Text, wenn du ihn behalten möchtest.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>%1 feed</source>
        <translation>Beiträge in %1</translation>
    </message>
    <message>
        <source>Request pending</source>
        <translation>Anfrage offen</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Older posts could not be loaded: %1</source>
        <translation>Ältere Beiträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>You have reached the first post of %1.</source>
        <translation>Du bist beim ersten Beitrag von %1 angekommen.</translation>
    </message>
    <message>
        <source>Loading older posts…</source>
        <translation>Ältere Beiträge werden geladen …</translation>
    </message>
    <message>
        <source>Older posts load when you are back online.</source>
        <translation>Ältere Beiträge werden geladen, sobald du wieder online bist.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>Your request to join is waiting</source>
        <translation>Deine Beitrittsanfrage wartet</translation>
    </message>
    <message>
        <source>Loading posts…</source>
        <translation>Beiträge werden geladen …</translation>
    </message>
    <message>
        <source>No posts yet</source>
        <translation>Noch keine Beiträge</translation>
    </message>
    <message>
        <source>An organizer of %1 decides on requests to join. You can read and write here once they accept yours; you will get a notification.</source>
        <translation>Die Organisator:innen von %1 entscheiden über Beitrittsanfragen. Sobald deine angenommen ist, kannst du hier lesen und schreiben; du bekommst eine Benachrichtigung.</translation>
    </message>
    <message>
        <source>Hearth is getting this community&apos;s posts from the server.</source>
        <translation>Hearth holt die Beiträge dieser Community vom Server.</translation>
    </message>
    <message>
        <source>Start the conversation: ask a question, share what you are working on, or point others to something useful.</source>
        <translation>Fang das Gespräch an: Stell eine Frage, zeig, woran du arbeitest, oder weise auf etwas Nützliches hin.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Events of %1</source>
        <translation>Veranstaltungen von %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Only posts about %1</source>
        <translation>Nur Beiträge zu %1</translation>
    </message>
    <message>
        <source>Order of the posts</source>
        <translation>Reihenfolge der Beiträge</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Most active</source>
        <translation>Aktivste</translation>
    </message>
    <message>
        <source>Nothing about %1 yet</source>
        <translation>Noch nichts zu %1</translation>
    </message>
    <message>
        <source>None of the posts on this computer is about %1.</source>
        <translation>Keiner der Beiträge auf diesem Computer handelt von %1.</translation>
    </message>
    <message>
        <source>Show all topics</source>
        <translation>Alle Themen zeigen</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <source>Manage %1</source>
        <translation>%1 verwalten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Strg+Umschalt+M</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation>Noch keine Kommentare</translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation>1 Kommentar</translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>GuidelineTemplates</name>
    <message>
        <source>Makers&apos; collective</source>
        <translation>Kollektiv für Selbermacher:innen</translation>
    </message>
    <message>
        <source>Local artisans sharing work, tools and studio time</source>
        <translation>Lokales Handwerk teilt Arbeiten, Werkzeug und Werkstattzeit</translation>
    </message>
    <message>
        <source>## What we are for
A place for local makers to show their process, swap know-how and share tools and studio time.

## Guidelines
- **Show your process**, not just the finished piece. Failures are welcome.
- Selling is fine in *showcase* posts; no promotion from outside the collective.
- Credit teachers, designs and where your materials come from.
- Give critique only when asked, and be kind about it.
- Shared tools and bookings are arranged here: keep those threads tidy.</source>
        <translation>## Wofür wir da sind
Ein Ort für Macher:innen aus der Gegend, um ihren Arbeitsprozess zu zeigen, Wissen zu tauschen und Werkzeug und Werkstattzeit zu teilen.

## Richtlinien
- **Zeig deinen Prozess**, nicht nur das fertige Stück. Fehlschläge sind willkommen.
- Verkaufen ist in *Vorzeigen*-Beiträgen in Ordnung; keine Werbung von außerhalb des Kollektivs.
- Nenne Lehrer:innen, Entwürfe und die Herkunft deiner Materialien.
- Kritik nur, wenn jemand darum bittet – und dann freundlich.
- Gemeinsames Werkzeug und Buchungen werden hier abgesprochen: Halte diese Unterhaltungen übersichtlich.</translation>
    </message>
    <message>
        <source>Founders&apos; circle</source>
        <translation>Gründer:innen-Kreis</translation>
    </message>
    <message>
        <source>Indie founders helping each other, in confidence</source>
        <translation>Unabhängige Gründer:innen helfen einander, vertraulich</translation>
    </message>
    <message>
        <source>## What we are for
A small circle of independent founders who help each other get unstuck, with honest advice and no pitching.

## Guidelines
- **What is shared here stays here.** Ask before you quote anyone outside.
- Give before you ask: answer one question for every one you post.
- No cold pitches, no recruiting, no affiliate links.
- Numbers are welcome and never judged: pre-revenue is completely fine.
- Disagree with the idea, never with the person.</source>
        <translation>## Wofür wir da sind
Ein kleiner Kreis unabhängiger Gründer:innen, die einander weiterhelfen – mit ehrlichem Rat und ohne Pitches.

## Richtlinien
- **Was hier geteilt wird, bleibt hier.** Frag nach, bevor du jemanden außerhalb zitierst.
- Erst geben, dann fragen: Beantworte eine Frage für jede, die du stellst.
- Keine unaufgeforderten Pitches, kein Recruiting, keine Affiliate-Links.
- Zahlen sind willkommen und werden nie bewertet: Noch kein Umsatz ist völlig in Ordnung.
- Widersprich der Idee, nie der Person.</translation>
    </message>
    <message>
        <source>Running club</source>
        <translation>Laufgruppe</translation>
    </message>
    <message>
        <source>Group runs, routes and race reports</source>
        <translation>Gemeinsame Läufe, Strecken und Wettkampfberichte</translation>
    </message>
    <message>
        <source>## What we are for
Running together: weekly group runs, shared routes, and cheering each other on at races.

## Guidelines
- **All paces are welcome.** Nobody is left behind on a group run.
- Post meeting points and times in the event, not only in a comment.
- Share routes with a map link and a word on the terrain.
- Mind the landowners: close gates, stay on the paths, take your litter home.
- Race reports and gear questions are always on topic.</source>
        <translation>## Wofür wir da sind
Zusammen laufen: wöchentliche Gruppenläufe, geteilte Strecken und gegenseitiges Anfeuern bei Wettkämpfen.

## Richtlinien
- **Jedes Tempo ist willkommen.** Beim Gruppenlauf bleibt niemand zurück.
- Treffpunkte und Zeiten gehören in die Veranstaltung, nicht nur in einen Kommentar.
- Teile Strecken mit einem Kartenlink und ein paar Worten zum Gelände.
- Nimm Rücksicht auf Grundbesitzer:innen: Tore schließen, auf den Wegen bleiben, Müll mitnehmen.
- Wettkampfberichte und Ausrüstungsfragen passen immer.</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Write your own from scratch</source>
        <translation>Schreib deine eigenen von Grund auf</translation>
    </message>
    <message>
        <source>## What we are for


## Guidelines
- </source>
        <translation>## Wofür wir da sind


## Richtlinien
- </translation>
    </message>
</context>
<context>
    <name>GuidelinesAcceptPanel</name>
    <message>
        <source>Updated guidelines of %1</source>
        <translation>Aktualisierte Richtlinien von %1</translation>
    </message>
    <message>
        <source>Accept the updated guidelines to post</source>
        <translation>Nimm die aktualisierten Richtlinien an, um zu posten</translation>
    </message>
    <message>
        <source>The organizers of %1 changed its guidelines and ask every member to read them again. You can read the feed meanwhile; posting and replying wait until you accept.</source>
        <translation>Die Organisator:innen von %1 haben die Richtlinien geändert und bitten alle Mitglieder, sie erneut zu lesen. Die Beiträge kannst du solange lesen; Posten und Antworten warten, bis du sie annimmst.</translation>
    </message>
    <message>
        <source>Accept the guidelines</source>
        <translation>Richtlinien annehmen</translation>
    </message>
    <message>
        <source>Accept the updated guidelines of %1 and post again</source>
        <translation>Die aktualisierten Richtlinien von %1 annehmen und wieder posten</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Getting your communities…</source>
        <translation>Deine Communitys werden geladen …</translation>
    </message>
    <message>
        <source>Welcome to Hearth, %1</source>
        <translation>Willkommen bei Hearth, %1</translation>
    </message>
    <message>
        <source>Hearth is saving your communities on this computer, so you can read them offline later.</source>
        <translation>Hearth speichert deine Communitys auf diesem Computer, damit du sie später auch offline lesen kannst.</translation>
    </message>
    <message>
        <source>Your communities appear here once Hearth reaches the server.</source>
        <translation>Deine Communitys erscheinen hier, sobald Hearth den Server erreicht.</translation>
    </message>
    <message>
        <source>You are offline. Hearth is showing what is saved on this computer.</source>
        <translation>Du bist offline. Hearth zeigt, was auf diesem Computer gespeichert ist.</translation>
    </message>
    <message>
        <source>1 unsent change will be sent when the connection returns.</source>
        <translation>1 nicht gesendete Änderung wird gesendet, sobald die Verbindung zurück ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent changes will be sent when the connection returns.</source>
        <translation>
            <numerusform>%n nicht gesendete Änderung wird gesendet, sobald die Verbindung zurück ist.</numerusform>
            <numerusform>%n nicht gesendete Änderungen werden gesendet, sobald die Verbindung zurück ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>Try to reach the server now</source>
        <translation>Jetzt versuchen, den Server zu erreichen</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Von %1 abmelden?</translation>
    </message>
    <message>
        <source>Your communities stay saved on this computer for the next time you sign in. To remove them too, choose “Sign out and forget”.</source>
        <translation>Deine Communitys bleiben für die nächste Anmeldung auf diesem Computer gespeichert. Um auch sie zu entfernen, wähle „Abmelden und vergessen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes have not reached the server. If you sign out, they stay on this computer and are sent the next time you sign in. “Sign out and forget” deletes them with everything else saved here.</source>
        <translation>
            <numerusform>%n deiner Änderungen hat den Server nicht erreicht. Wenn du dich abmeldest, bleibt sie auf diesem Computer und wird bei der nächsten Anmeldung gesendet. „Abmelden und vergessen“ löscht sie mit allem anderen, was hier gespeichert ist.</numerusform>
            <numerusform>%n deiner Änderungen haben den Server nicht erreicht. Wenn du dich abmeldest, bleiben sie auf diesem Computer und werden bei der nächsten Anmeldung gesendet. „Abmelden und vergessen“ löscht sie mit allem anderen, was hier gespeichert ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out and forget</source>
        <translation>Abmelden und vergessen</translation>
    </message>
    <message numerus="yes">
        <source>Forget and lose %n changes</source>
        <translation>
            <numerusform>Vergessen und %n Änderung verlieren</numerusform>
            <numerusform>Vergessen und %n Änderungen verlieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <source>Leave %1?</source>
        <translation>%1 verlassen?</translation>
    </message>
    <message>
        <source>You are not a member of any community on this server yet. Ask an organizer for an invite, or start one of your own.</source>
        <translation>Du bist noch in keiner Community auf diesem Server. Bitte eine Organisator:in um eine Einladung oder gründe deine eigene.</translation>
    </message>
    <message>
        <source>Start a community</source>
        <translation>Community gründen</translation>
    </message>
    <message>
        <source>Its posts leave this computer, and you stop getting its notifications. You can join again while it has a seat.</source>
        <translation>Ihre Beiträge werden von diesem Computer entfernt, und du bekommst keine Benachrichtigungen mehr von ihr. Du kannst wieder beitreten, solange ein Platz frei ist.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Write something, or delete it instead.</source>
        <translation>Schreib etwas – oder lösche es stattdessen.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over the limit of %1.</source>
        <translation>
            <numerusform>%n Zeichen über der Grenze von %1.</numerusform>
            <numerusform>%n Zeichen über der Grenze von %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Markdown is supported. Ctrl+Enter saves, Escape cancels.</source>
        <translation>Markdown wird unterstützt. Strg+Eingabe speichert, Escape bricht ab.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing (Escape)</source>
        <translation>Bearbeiten abbrechen (Escape)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the change (Ctrl+Enter)</source>
        <translation>Änderung speichern (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>InviteJoinDialog</name>
    <message>
        <source>Join with an invite</source>
        <translation>Mit Einladung beitreten</translation>
    </message>
    <message>
        <source>Paste the code or the hearth://invite link an organizer sent you. An invite lets you into any community, even a hidden one.</source>
        <translation>Füge den Code oder den hearth://invite-Link ein, den dir eine Organisator:in geschickt hat. Mit einer Einladung kommst du in jede Community, auch in versteckte.</translation>
    </message>
    <message>
        <source>hearth://invite/abcd2345wxyz or the code alone</source>
        <translation>hearth://invite/abcd2345wxyz oder nur der Code</translation>
    </message>
    <message>
        <source>Invite code or link</source>
        <translation>Einladungscode oder -link</translation>
    </message>
    <message>
        <source>That is not an invite code. A code is letters and digits, like abcd2345wxyz; a link starts with hearth://invite/.</source>
        <translation>Das ist kein Einladungscode. Ein Code besteht aus Buchstaben und Ziffern, etwa abcd2345wxyz; ein Link beginnt mit hearth://invite/.</translation>
    </message>
    <message>
        <source>I will read and follow the community&apos;s guidelines</source>
        <translation>Ich lese und befolge die Richtlinien der Community</translation>
    </message>
    <message>
        <source>You find them under the community&apos;s name once you are in, and you can leave at any time.</source>
        <translation>Du findest sie unter dem Namen der Community, sobald du drin bist, und du kannst jederzeit austreten.</translation>
    </message>
    <message>
        <source>Not joined: %1</source>
        <translation>Nicht beigetreten: %1</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Wird beigetreten …</translation>
    </message>
    <message>
        <source>You are offline: Hearth joins as soon as it reaches the server. You can close this.</source>
        <translation>Du bist offline: Hearth tritt bei, sobald der Server erreichbar ist. Du kannst das hier schließen.</translation>
    </message>
    <message>
        <source>You are in. It appears on the left as soon as it has synced.</source>
        <translation>Du bist drin. Die Community erscheint links, sobald sie abgeglichen ist.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Ask to join %1</source>
        <translation>Beitritt zu %1 anfragen</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>%1 beitreten</translation>
    </message>
    <message>
        <source>Every member agrees to the community&apos;s guidelines. Read them before you join.</source>
        <translation>Alle Mitglieder stimmen den Richtlinien der Community zu. Lies sie, bevor du beitrittst.</translation>
    </message>
    <message>
        <source>An organizer reads your request and decides. You will get a notification either way.</source>
        <translation>Eine Organisator:in liest deine Anfrage und entscheidet. Du bekommst in jedem Fall eine Benachrichtigung.</translation>
    </message>
    <message>
        <source>You become a member at once and can read and post right away.</source>
        <translation>Du wirst sofort Mitglied und kannst gleich lesen und posten.</translation>
    </message>
    <message>
        <source>Guidelines of %1</source>
        <translation>Richtlinien von %1</translation>
    </message>
    <message>
        <source>I have read these guidelines and accept them</source>
        <translation>Ich habe diese Richtlinien gelesen und nehme sie an</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Tick “I accept” first</source>
        <translation>Setze zuerst das Häkchen bei „Ich nehme sie an“</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>LostWritesBanner</name>
    <message>
        <source>Your new post was not saved</source>
        <translation>Dein neuer Beitrag wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Your edit of a post was not saved</source>
        <translation>Deine Bearbeitung eines Beitrags wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Your reply was not saved</source>
        <translation>Deine Antwort wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Deleting a post was not saved</source>
        <translation>Das Löschen eines Beitrags wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Your reaction was not saved</source>
        <translation>Deine Reaktion wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Your answer to an event was not saved</source>
        <translation>Deine Antwort auf eine Veranstaltung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Your request to join was not saved</source>
        <translation>Deine Beitrittsanfrage wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>A change (%1) was not saved</source>
        <translation>Eine Änderung (%1) wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>A change was not saved</source>
        <translation>Eine Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Hearth could not store it on this computer, so it will not be sent: %1</source>
        <translation>Hearth konnte sie nicht auf diesem Computer speichern, deshalb wird sie nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
</context>
<context>
    <name>ManagePage</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Manage %1</source>
        <translation>%1 verwalten</translation>
    </message>
    <message>
        <source>You are an owner</source>
        <translation>Du bist Inhaber:in</translation>
    </message>
    <message>
        <source>You are a moderator</source>
        <translation>Du bist Moderator:in</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 seats taken, %n left</source>
        <translation>
            <numerusform>%1 von %2 Plätzen belegt, %n frei</numerusform>
            <numerusform>%1 von %2 Plätzen belegt, %n frei</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections of the Manage pane</source>
        <translation>Bereiche der Verwaltung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You no longer manage %1</source>
        <translation>Du verwaltest %1 nicht mehr</translation>
    </message>
    <message>
        <source>Only its owners and moderators can manage a community. If your role changed, an owner can give it back.</source>
        <translation>Nur Inhaber:innen und Moderator:innen können eine Community verwalten. Wenn sich deine Rolle geändert hat, kann eine Inhaber:in sie dir zurückgeben.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Image from %1</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <source>Image: %1 (%2)</source>
        <translation>Bild: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>MemberCapField</name>
    <message>
        <source>Member cap</source>
        <translation>Mitgliedergrenze</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>%1 of %2 in %3</source>
        <translation>%1 von %2 in %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Find a member by name or handle</source>
        <translation>Mitglied nach Name oder Benutzername suchen</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Mitglied suchen</translation>
    </message>
    <message>
        <source>Down moves to the results, Escape clears</source>
        <translation>Pfeil nach unten wechselt zu den Ergebnissen, Escape leert</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber:in</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>Moderator:in</translation>
    </message>
    <message>
        <source>you</source>
        <translation>du</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Inhaber:innen</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Moderator:innen</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(du)</translation>
    </message>
    <message>
        <source>Nobody called “%1” here</source>
        <translation>Niemand namens „%1“ hier</translation>
    </message>
    <message>
        <source>No members saved yet</source>
        <translation>Noch keine Mitglieder gespeichert</translation>
    </message>
    <message>
        <source>Search looks at display names and handles.</source>
        <translation>Die Suche durchsucht Anzeigenamen und Benutzernamen.</translation>
    </message>
    <message>
        <source>The member list arrives with the community&apos;s first sync.</source>
        <translation>Die Mitgliederliste kommt mit dem ersten Abgleich der Community.</translation>
    </message>
</context>
<context>
    <name>MentionPopup</name>
    <message>
        <source>Members to mention</source>
        <translation>Mitglieder zum Erwähnen</translation>
    </message>
    <message>
        <source>%1, @%2</source>
        <translation>%1, @%2</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notifications, 1 unread</source>
        <translation>Benachrichtigungen, 1 ungelesen</translation>
    </message>
    <message numerus="yes">
        <source>Notifications, %n unread</source>
        <translation>
            <numerusform>Benachrichtigungen, %n ungelesen</numerusform>
            <numerusform>Benachrichtigungen, %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationDelegate</name>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 replied to you in %2</source>
        <translation>%1 hat dir in %2 geantwortet</translation>
    </message>
    <message>
        <source>%1 replied to you</source>
        <translation>%1 hat dir geantwortet</translation>
    </message>
    <message>
        <source>%1 mentioned you in %2</source>
        <translation>%1 hat dich in %2 erwähnt</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 hat dich erwähnt</translation>
    </message>
    <message>
        <source>%1 asked to join %2</source>
        <translation>%1 möchte %2 beitreten</translation>
    </message>
    <message>
        <source>Starting soon: %1</source>
        <translation>Beginnt gleich: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Within the next day, in %1</source>
        <translation>Innerhalb des nächsten Tages, in %1</translation>
    </message>
    <message>
        <source>Within the next day</source>
        <translation>Innerhalb des nächsten Tages</translation>
    </message>
    <message>
        <source>Waiting for an organizer&apos;s decision</source>
        <translation>Wartet auf die Entscheidung einer Organisator:in</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>Ungelesen: %1</translation>
    </message>
    <message>
        <source>%1 let you into %2</source>
        <translation>%1 hat dich in %2 aufgenommen</translation>
    </message>
    <message>
        <source>Your request to join %1 was declined</source>
        <translation>Deine Beitrittsanfrage an %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>You are a member now: say hello in its feed</source>
        <translation>Du bist jetzt Mitglied: Sag Hallo in den Beiträgen</translation>
    </message>
    <message>
        <source>Discover has other communities you can join</source>
        <translation>Unter Entdecken gibt es andere Communitys, denen du beitreten kannst</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>That event is no longer here: it was removed, or you left its community.</source>
        <translation>Diese Veranstaltung ist nicht mehr da: Sie wurde entfernt, oder du hast ihre Community verlassen.</translation>
    </message>
    <message>
        <source>That community is no longer here.</source>
        <translation>Diese Community ist nicht mehr da.</translation>
    </message>
    <message>
        <source>That post is no longer here: it was deleted, or you left its community.</source>
        <translation>Dieser Beitrag ist nicht mehr da: Er wurde gelöscht, oder du hast seine Community verlassen.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>You are all caught up</source>
        <translation>Du bist auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>1 unread</source>
        <translation>1 ungelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Which notifications</source>
        <translation>Welche Benachrichtigungen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing unread</source>
        <translation>Nichts ungelesen</translation>
    </message>
    <message>
        <source>No notifications yet</source>
        <translation>Noch keine Benachrichtigungen</translation>
    </message>
    <message>
        <source>You have seen everything. Switch to All to look back.</source>
        <translation>Du hast alles gesehen. Wechsle zu „Alle“, um zurückzublicken.</translation>
    </message>
    <message>
        <source>Replies to your posts and comments, mentions of you, reminders of events you are going to and join requests show up here.</source>
        <translation>Antworten auf deine Beiträge und Kommentare, Erwähnungen, Erinnerungen an Veranstaltungen, bei denen du dabei bist, und Beitrittsanfragen erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <source>Not sent: the post was changed on the server meanwhile. Choose which text to keep.</source>
        <translation>Nicht gesendet: Der Beitrag wurde inzwischen auf dem Server geändert. Wähle, welcher Text bleibt.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: the server refused it.</source>
        <translation>Nicht gesendet: Der Server hat es abgelehnt.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation>Wartet auf die Verbindung</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Escape cancels.</source>
        <translation>Strg+Eingabe speichert, Escape bricht ab.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>Speichern und senden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Compare and choose</source>
        <translation>Vergleichen und wählen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the text of this change</source>
        <translation>Den Text dieser Änderung bearbeiten</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send this change again</source>
        <translation>Diese Änderung erneut senden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard this change</source>
        <translation>Diese Änderung verwerfen</translation>
    </message>
    <message>
        <source>Read the guidelines</source>
        <translation>Richtlinien lesen</translation>
    </message>
    <message>
        <source>Open the community&apos;s updated guidelines to accept them</source>
        <translation>Die aktualisierten Richtlinien der Community öffnen, um sie anzunehmen</translation>
    </message>
    <message>
        <source>Not sent: the comment was changed on the server meanwhile. Choose which text to keep.</source>
        <translation>Nicht gesendet: Der Kommentar wurde inzwischen auf dem Server geändert. Wähle, welcher Text bleibt.</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>a community</source>
        <translation>einer Community</translation>
    </message>
    <message>
        <source>New post in %1</source>
        <translation>Neuer Beitrag in %1</translation>
    </message>
    <message>
        <source>Edit of a post in %1</source>
        <translation>Bearbeitung eines Beitrags in %1</translation>
    </message>
    <message>
        <source>Deleting a post in %1</source>
        <translation>Löschen eines Beitrags in %1</translation>
    </message>
    <message>
        <source>Pinning a post in %1</source>
        <translation>Anheften eines Beitrags in %1</translation>
    </message>
    <message>
        <source>Reply in %1</source>
        <translation>Antwort in %1</translation>
    </message>
    <message>
        <source>Reaction in %1</source>
        <translation>Reaktion in %1</translation>
    </message>
    <message>
        <source>Taking back a reaction in %1</source>
        <translation>Zurücknehmen einer Reaktion in %1</translation>
    </message>
    <message>
        <source>Answer to an event in %1</source>
        <translation>Antwort auf eine Veranstaltung in %1</translation>
    </message>
    <message>
        <source>Request to join %1</source>
        <translation>Beitrittsanfrage an %1</translation>
    </message>
    <message>
        <source>Leaving %1</source>
        <translation>%1 verlassen</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>Neue Community</translation>
    </message>
    <message>
        <source>Marking notifications as read</source>
        <translation>Benachrichtigungen als gelesen markieren</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>Diese Änderung verwerfen?</translation>
    </message>
    <message>
        <source>It has not reached the server and will be removed from this computer. Copy the text first if you want to keep it.</source>
        <translation>Sie hat den Server nicht erreicht und wird von diesem Computer entfernt. Kopiere zuerst den Text, wenn du ihn behalten möchtest.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back (Escape)</source>
        <translation>Zurück (Escape)</translation>
    </message>
    <message>
        <source>Everything you wrote has reached the server.</source>
        <translation>Alles, was du geschrieben hast, ist auf dem Server angekommen.</translation>
    </message>
    <message>
        <source>Offline. Nothing is waiting to be sent.</source>
        <translation>Offline. Nichts wartet darauf, gesendet zu werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation>
            <numerusform>%n wird gesendet</numerusform>
            <numerusform>%n werden gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the connection</source>
        <translation>
            <numerusform>%n wartet auf die Verbindung</numerusform>
            <numerusform>%n warten auf die Verbindung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Alle erneut senden</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>Try to reach the server now</source>
        <translation>Jetzt versuchen, den Server zu erreichen</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nichts wartet</translation>
    </message>
    <message>
        <source>Everything you wrote has reached the server. What you write while offline waits here, in order, until the connection returns.</source>
        <translation>Alles, was du geschrieben hast, ist auf dem Server angekommen. Was du offline schreibst, wartet hier der Reihe nach, bis die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>You are offline. What you write now waits here, in order, and is sent when the connection returns.</source>
        <translation>Du bist offline. Was du jetzt schreibst, wartet hier der Reihe nach und wird gesendet, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>Update of your profile</source>
        <translation>Aktualisierung deines Profils</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Pfeil links)</translation>
    </message>
</context>
<context>
    <name>PersonChip</name>
    <message>
        <source>A member</source>
        <translation>Ein Mitglied</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (du)</translation>
    </message>
    <message>
        <source>%1, %2, open profile</source>
        <translation>%1, %2, Profil öffnen</translation>
    </message>
    <message>
        <source>%1, open profile</source>
        <translation>%1, Profil öffnen</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Waiting for connection</source>
        <translation>Wartet auf Verbindung</translation>
    </message>
    <message>
        <source>%1 · edited</source>
        <translation>%1 · bearbeitet</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Open the thread: %1</source>
        <translation>Unterhaltung öffnen: %1</translation>
    </message>
    <message>
        <source>Replies open once the server has this post.</source>
        <translation>Antworten sind möglich, sobald der Server diesen Beitrag hat.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: the server refused this post.</source>
        <translation>Nicht gesendet: Der Server hat diesen Beitrag abgelehnt.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send this again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard this change</source>
        <translation>Diese Änderung verwerfen</translation>
    </message>
    <message>
        <source>this post</source>
        <translation>diesen Beitrag</translation>
    </message>
</context>
<context>
    <name>PostSummaryRow</name>
    <message>
        <source>%1 in %2, %3</source>
        <translation>%1 in %2, %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ProfileEditorPage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Your name cannot be empty.</source>
        <translation>Dein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 characters too long.</source>
        <translation>%1 Zeichen zu lang.</translation>
    </message>
    <message>
        <source>Add the address this link goes to.</source>
        <translation>Gib die Adresse an, zu der dieser Link führt.</translation>
    </message>
    <message>
        <source>Use a full web address, such as https://example.org</source>
        <translation>Verwende eine vollständige Webadresse, etwa https://example.org</translation>
    </message>
    <message>
        <source>Give it a title.</source>
        <translation>Gib ihm einen Titel.</translation>
    </message>
    <message>
        <source>Edit your profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>What members of your communities see about you</source>
        <translation>Was Mitglieder deiner Communitys über dich sehen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Some fields need a look before saving.</source>
        <translation>Einige Felder brauchen vor dem Speichern einen Blick.</translation>
    </message>
    <message>
        <source>You are offline: Save keeps your profile here and sends it when you are back.</source>
        <translation>Du bist offline: Speichern behält dein Profil hier und sendet es, sobald du zurück bist.</translation>
    </message>
    <message>
        <source>Unsaved changes. Ctrl+S saves.</source>
        <translation>Ungespeicherte Änderungen. Strg+S speichert.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Strg+S</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über dich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shown with your posts and in member lists. Your handle stays @%1.</source>
        <translation>Erscheint bei deinen Beiträgen und in Mitgliederlisten. Dein Benutzername bleibt @%1.</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <source>A few lines about you and what you make</source>
        <translation>Ein paar Zeilen über dich und was du machst</translation>
    </message>
    <message numerus="yes">
        <source>Markdown is fine. Up to %n characters.</source>
        <translation>
            <numerusform>Markdown ist möglich. Bis zu %n Zeichen.</numerusform>
            <numerusform>Markdown ist möglich. Bis zu %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Type an interest and press Enter</source>
        <translation>Interesse eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <source>Enter adds an interest. Members with the same ones find you in the directory.</source>
        <translation>Eingabe fügt ein Interesse hinzu. Mitglieder mit denselben Interessen finden dich im Verzeichnis.</translation>
    </message>
    <message numerus="yes">
        <source>That is the most interests a profile can have (%n).</source>
        <translation>
            <numerusform>Mehr Interessen kann ein Profil nicht haben (%n).</numerusform>
            <numerusform>Mehr Interessen kann ein Profil nicht haben (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove interest %1</source>
        <translation>Interesse %1 entfernen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message numerus="yes">
        <source>Your website, shop or portfolio: up to %n links.</source>
        <translation>
            <numerusform>Deine Website, dein Shop oder dein Portfolio: bis zu %n Link.</numerusform>
            <numerusform>Deine Website, dein Shop oder dein Portfolio: bis zu %n Links.</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove link %1</source>
        <translation>Link %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>Diesen Link entfernen</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>That is the most links a profile can have</source>
        <translation>Mehr Links kann ein Profil nicht haben</translation>
    </message>
    <message>
        <source>Showcase</source>
        <translation>Vorzeigen</translation>
    </message>
    <message>
        <source>What you make, sell or are proud of: a product, a project, a piece of work. Shown at the top of your profile.</source>
        <translation>Was du machst, verkaufst oder worauf du stolz bist: ein Produkt, ein Projekt, eine Arbeit. Erscheint oben in deinem Profil.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Speckled stoneware mugs</source>
        <translation>Gesprenkelte Steinzeugbecher</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What it is, what it is made of, where to find it</source>
        <translation>Was es ist, woraus es besteht, wo man es findet</translation>
    </message>
    <message>
        <source>Description of %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>dieses Stück</translation>
    </message>
    <message>
        <source>Link (optional)</source>
        <translation>Link (optional)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove %1 from your showcase</source>
        <translation>%1 aus deinen Vorzeige-Stücken entfernen</translation>
    </message>
    <message>
        <source>Remove this showcase item</source>
        <translation>Dieses Vorzeige-Stück entfernen</translation>
    </message>
    <message>
        <source>Add a showcase item</source>
        <translation>Vorzeige-Stück hinzufügen</translation>
    </message>
    <message>
        <source>That is the most showcase items a profile can have</source>
        <translation>Mehr Vorzeige-Stücke kann ein Profil nicht haben</translation>
    </message>
    <message>
        <source>Your profile is not on this computer yet</source>
        <translation>Dein Profil ist noch nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Hearth saves it with the first sync after signing in. Try again in a moment.</source>
        <translation>Hearth speichert es beim ersten Abgleich nach der Anmeldung. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Deine Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Your profile stays as it was before you started editing.</source>
        <translation>Dein Profil bleibt, wie es vor dem Bearbeiten war.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your profile</source>
        <translation>Dein Profil</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Profil von %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>This is how other members see you</source>
        <translation>So sehen dich andere Mitglieder</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>You have not written a bio yet.</source>
        <translation>Du hast noch nichts über dich geschrieben.</translation>
    </message>
    <message>
        <source>%1 has not written a bio yet.</source>
        <translation>%1 hat noch nichts über sich geschrieben.</translation>
    </message>
    <message>
        <source>Showcase</source>
        <translation>Vorzeigen</translation>
    </message>
    <message>
        <source>Your communities</source>
        <translation>Deine Communitys</translation>
    </message>
    <message>
        <source>Communities you share</source>
        <translation>Gemeinsame Communitys</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Open %1 (%2 there)</source>
        <translation>%1 öffnen (%2 dort)</translation>
    </message>
    <message>
        <source>Recent posts</source>
        <translation>Neueste Beiträge</translation>
    </message>
    <message>
        <source>You have not posted in your communities yet.</source>
        <translation>Du hast in deinen Communitys noch nichts gepostet.</translation>
    </message>
    <message>
        <source>No posts from %1 in the communities you share, as far as this computer knows.</source>
        <translation>Soweit dieser Computer weiß, keine Beiträge von %1 in euren gemeinsamen Communitys.</translation>
    </message>
    <message>
        <source>This profile is not saved on this computer</source>
        <translation>Dieses Profil ist nicht auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>Hearth keeps the profiles of people who share a community with you. This member may have left the communities you share.</source>
        <translation>Hearth behält die Profile von Leuten, mit denen du eine Community teilst. Dieses Mitglied hat eure gemeinsamen Communitys vielleicht verlassen.</translation>
    </message>
    <message>
        <source>You are offline. Hearth shows the profiles it saved before, and this is not one of them.</source>
        <translation>Du bist offline. Hearth zeigt die Profile, die es vorher gespeichert hat, und dieses gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
</context>
<context>
    <name>ReactionBar</name>
    <message>
        <source>this post</source>
        <translation>diesen Beitrag</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n reaction(s) including yours: take yours back</source>
        <translation>
            <numerusform>%1, %n Reaktion, deine eingeschlossen: deine zurücknehmen</numerusform>
            <numerusform>%1, %n Reaktionen, deine eingeschlossen: deine zurücknehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n reaction(s): add yours</source>
        <translation>
            <numerusform>%1, %n Reaktion: deine hinzufügen</numerusform>
            <numerusform>%1, %n Reaktionen: deine hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>+ React</source>
        <translation>+ Reagieren</translation>
    </message>
    <message>
        <source>React to %1</source>
        <translation>Auf %1 reagieren</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>Mit %1 reagieren</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>ein ehemaliges Mitglied</translation>
    </message>
    <message>
        <source>you</source>
        <translation>du</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reacted with %2</source>
        <translation>Mit %2 reagiert: %1</translation>
    </message>
    <message>
        <source>%1 and %2 reacted with %3</source>
        <translation>Mit %3 reagiert: %1 und %2</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>Said in the audit log, for the other organizers</source>
        <translation>Steht im Protokoll, für die anderen Organisator:innen</translation>
    </message>
    <message>
        <source>Ctrl+Enter confirms</source>
        <translation>Strg+Eingabe bestätigt</translation>
    </message>
    <message>
        <source>%1 characters too long (at most %2)</source>
        <translation>%1 Zeichen zu lang (höchstens %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RoleBadge</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber:in</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator:in</translation>
    </message>
</context>
<context>
    <name>RsvpBadge</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Going</source>
        <translation>Dabei</translation>
    </message>
    <message>
        <source>Waitlist #%1</source>
        <translation>Warteliste Nr. %1</translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation>Auf der Warteliste</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>Not going</source>
        <translation>Nicht dabei</translation>
    </message>
    <message>
        <source>%1, sending</source>
        <translation>%1, wird gesendet</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
</context>
<context>
    <name>ScreenTour</name>
    <message>
        <source>Selling in a discussion thread: the guidelines ask for the monthly market post.</source>
        <translation>Verkaufen in einer Diskussion: Die Richtlinien verweisen auf den monatlichen Marktbeitrag.</translation>
    </message>
    <message>
        <source>## Be kind

Credit the maker when you share their work.

**No selling** in threads: use the monthly market post.</source>
        <translation>## Sei freundlich

Nenne die Macher:in, wenn du ihre Arbeit teilst.

**Kein Verkauf** in Unterhaltungen: Nutze den monatlichen Marktbeitrag.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search results for “%1”</source>
        <translation>Suchergebnisse für „%1“</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>This community only</source>
        <translation>Nur diese Community</translation>
    </message>
    <message>
        <source>Search this community only</source>
        <translation>Nur in dieser Community suchen</translation>
    </message>
    <message>
        <source>You are offline. Results come from what is saved on this computer.</source>
        <translation>Du bist offline. Die Ergebnisse stammen aus dem, was auf diesem Computer gespeichert ist.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Member @%1</source>
        <translation>Mitglied @%1</translation>
    </message>
    <message>
        <source>Comment by %1</source>
        <translation>Kommentar von %1</translation>
    </message>
    <message>
        <source>Post by %1</source>
        <translation>Beitrag von %1</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>Keine Ergebnisse für „%1“</translation>
    </message>
    <message>
        <source>Search covers the posts, comments and members Hearth has saved on this computer.</source>
        <translation>Die Suche umfasst die Beiträge, Kommentare und Mitglieder, die Hearth auf diesem Computer gespeichert hat.</translation>
    </message>
    <message>
        <source>Only what was saved on this computer before going offline can be searched.</source>
        <translation>Durchsuchen lässt sich nur, was vor dem Offline-Gehen auf diesem Computer gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Offline storage</source>
        <translation>Offline-Speicher</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Über Hearth</translation>
    </message>
    <message>
        <source>Clear what is saved on this computer?</source>
        <translation>Löschen, was auf diesem Computer gespeichert ist?</translation>
    </message>
    <message numerus="yes">
        <source>Hearth removes the posts, comments and events saved here and downloads your communities again. Your %n unsent changes are kept and still sent.</source>
        <translation>
            <numerusform>Hearth entfernt die hier gespeicherten Beiträge, Kommentare und Veranstaltungen und lädt deine Communitys neu. Deine %n nicht gesendete Änderung bleibt erhalten und wird trotzdem gesendet.</numerusform>
            <numerusform>Hearth entfernt die hier gespeicherten Beiträge, Kommentare und Veranstaltungen und lädt deine Communitys neu. Deine %n nicht gesendeten Änderungen bleiben erhalten und werden trotzdem gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hearth removes the posts, comments and events saved here and downloads your communities again.</source>
        <translation>Hearth entfernt die hier gespeicherten Beiträge, Kommentare und Veranstaltungen und lädt deine Communitys neu.</translation>
    </message>
    <message>
        <source>You are offline: your communities stay empty until the connection returns.</source>
        <translation>Du bist offline: Deine Communitys bleiben leer, bis die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Close the settings (Escape)</source>
        <translation>Einstellungen schließen (Escape)</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Ines</source>
        <translation>Ines</translation>
    </message>
    <message>
        <source>Indigo scarves, first batch</source>
        <translation>Indigo-Schals, die erste Ladung</translation>
    </message>
    <message>
        <source>This is how posts read with the theme and text size you chose.</source>
        <translation>So lesen sich Beiträge mit dem gewählten Farbschema und der gewählten Schriftgröße.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Show desktop alerts for mentions, replies and event reminders</source>
        <translation>Desktop-Hinweise für Erwähnungen, Antworten und Erinnerungen an Veranstaltungen zeigen</translation>
    </message>
    <message>
        <source>Alerts appear while Hearth is open but you are working in another window. Notifications always collect in Hearth, whatever you choose here.</source>
        <translation>Hinweise erscheinen, während Hearth offen ist, du aber in einem anderen Fenster arbeitest. Benachrichtigungen sammeln sich immer in Hearth, egal was du hier wählst.</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>%1 in all. Everything you have seen stays readable and searchable offline.</source>
        <translation>Insgesamt %1. Alles, was du gesehen hast, bleibt offline lesbar und durchsuchbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>the whole history</source>
        <translation>der ganze Verlauf</translation>
    </message>
    <message>
        <source>getting the whole history…</source>
        <translation>der ganze Verlauf wird geladen …</translation>
    </message>
    <message>
        <source>recent posts and what you opened</source>
        <translation>neuere Beiträge und was du geöffnet hast</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Offline verfügbar</translation>
    </message>
    <message>
        <source>Keep all of %1 offline</source>
        <translation>Ganz %1 offline verfügbar halten</translation>
    </message>
    <message>
        <source>“Keep offline” saves a community&apos;s whole history here, not only what you have scrolled through.</source>
        <translation>„Offline verfügbar“ speichert den ganzen Verlauf einer Community hier, nicht nur das, was du durchgeblättert hast.</translation>
    </message>
    <message>
        <source>Clear saved content…</source>
        <translation>Gespeicherte Inhalte löschen …</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Abmelden …</translation>
    </message>
    <message>
        <source>Other accounts on this computer</source>
        <translation>Weitere Konten auf diesem Computer</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Switch to %1 on %2</source>
        <translation>Zu %1 auf %2 wechseln</translation>
    </message>
    <message>
        <source>Add an account on another server…</source>
        <translation>Konto auf einem anderen Server hinzufügen …</translation>
    </message>
    <message>
        <source>Each account keeps its own saved communities and outbox on this computer. Switching keeps you signed in to the others.</source>
        <translation>Jedes Konto hat auf diesem Computer eigene gespeicherte Communitys und einen eigenen Postausgang. Beim Wechseln bleibst du bei den anderen angemeldet.</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>A desktop home for micro communities</source>
        <translation>Ein Zuhause auf dem Desktop für kleine Communitys</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Sync protocol</source>
        <translation>Abgleichsprotokoll</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>On every computer</source>
        <translation>Auf jedem Computer</translation>
    </message>
    <message>
        <source>One daily summary at 9:00 instead of an alert for each</source>
        <translation>Eine tägliche Zusammenfassung um 9:00 statt einer Meldung für jede</translation>
    </message>
    <message>
        <source>Alerts from %1</source>
        <translation>Meldungen aus %1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Mentions and replies</source>
        <translation>Erwähnungen und Antworten</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Once you join a community, choose here how much of it alerts you.</source>
        <translation>Sobald du einer Community beitrittst, wählst du hier, wie viel davon dich benachrichtigt.</translation>
    </message>
    <message>
        <source>Kept on your server, so Hearth alerts you the same way on another computer. “Mentions and replies” also lets through the answer to your join request.</source>
        <translation>Auf deinem Server gespeichert, damit Hearth dich auch auf einem anderen Computer genauso benachrichtigt. „Erwähnungen und Antworten“ lässt auch die Antwort auf deine Beitrittsanfrage durch.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Search everything saved on this computer</source>
        <translation>Alles durchsuchen, was auf diesem Computer gespeichert ist</translation>
    </message>
    <message>
        <source>Write a new post in this community</source>
        <translation>Einen neuen Beitrag in dieser Community schreiben</translation>
    </message>
    <message>
        <source>Go to the first nine communities</source>
        <translation>Zu den ersten neun Communitys</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Outbox: what has not been sent</source>
        <translation>Postausgang: was noch nicht gesendet ist</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Diese Liste der Tastenkürzel</translation>
    </message>
    <message>
        <source>Close or go back</source>
        <translation>Schließen oder zurück</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Move between the rail, the composer and the posts</source>
        <translation>Zwischen Seitenleiste, Eingabefeld und Beiträgen wechseln</translation>
    </message>
    <message>
        <source>Previous or next post, community or result</source>
        <translation>Vorheriger oder nächster Beitrag, Community oder Treffer</translation>
    </message>
    <message>
        <source>Open the post or result</source>
        <translation>Beitrag oder Treffer öffnen</translation>
    </message>
    <message>
        <source>Its actions: open, retry, discard</source>
        <translation>Seine Aktionen: öffnen, erneut senden, verwerfen</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Preview the post</source>
        <translation>Vorschau des Beitrags</translation>
    </message>
    <message>
        <source>Leave the text (an empty draft folds away)</source>
        <translation>Den Text verlassen (ein leerer Entwurf klappt zu)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Your events, across your communities</source>
        <translation>Deine Veranstaltungen in allen deinen Communitys</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Dein Profil</translation>
    </message>
    <message>
        <source>Discover communities to join</source>
        <translation>Communitys zum Beitreten entdecken</translation>
    </message>
    <message>
        <source>Join with an invite code or link</source>
        <translation>Mit Einladungscode oder -link beitreten</translation>
    </message>
    <message>
        <source>Start a community</source>
        <translation>Community gründen</translation>
    </message>
    <message>
        <source>Manage this community (owners and moderators)</source>
        <translation>Diese Community verwalten (Inhaber:innen und Moderator:innen)</translation>
    </message>
    <message>
        <source>The community&apos;s menu (keep offline, leave)</source>
        <translation>Das Menü der Community (offline verfügbar, verlassen)</translation>
    </message>
    <message>
        <source>Post or send the reply; next step when starting a community</source>
        <translation>Beitrag oder Antwort senden; nächster Schritt beim Gründen einer Community</translation>
    </message>
</context>
<context>
    <name>ShowcaseCard</name>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Enter the address of your community&apos;s server.</source>
        <translation>Gib die Adresse des Servers deiner Community ein.</translation>
    </message>
    <message>
        <source>That does not look like a server address, e.g. hearth.example.org or http://127.0.0.1:8080</source>
        <translation>Das sieht nicht wie eine Serveradresse aus, z. B. hearth.example.org oder http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Enter your handle.</source>
        <translation>Gib deinen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>A handle has no spaces.</source>
        <translation>Ein Benutzername enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Use 2 to 32 lowercase letters, digits, dots, dashes or underscores.</source>
        <translation>Verwende 2 bis 32 Kleinbuchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Verwende mindestens %n Zeichen.</numerusform>
            <numerusform>Verwende mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create your Hearth account</source>
        <translation>Erstelle dein Hearth-Konto</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>Sign in to Hearth</source>
        <translation>Bei Hearth anmelden</translation>
    </message>
    <message>
        <source>Join the server your community runs. You can join communities once you are in.</source>
        <translation>Tritt dem Server bei, den deine Community betreibt. Communitys kannst du beitreten, sobald du drin bist.</translation>
    </message>
    <message>
        <source>Sign in to the server your community runs.</source>
        <translation>Melde dich bei dem Server an, den deine Community betreibt.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Continue as %1 on %2</source>
        <translation>Weiter als %1 auf %2</translation>
    </message>
    <message>
        <source>Or sign in to another account:</source>
        <translation>Oder bei einem anderen Konto anmelden:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://hearth.example.org</source>
        <translation>https://hearth.example.org</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>your-handle</source>
        <translation>dein-name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>How others see you</source>
        <translation>Wie andere dich sehen</translation>
    </message>
    <message>
        <source>Optional. Your handle is used when this is empty.</source>
        <translation>Optional. Ohne Anzeigenamen wird dein Benutzername verwendet.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen.</numerusform>
            <numerusform>Mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Already have an account?</source>
        <translation>Schon ein Konto?</translation>
    </message>
    <message>
        <source>New to this server?</source>
        <translation>Neu auf diesem Server?</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
</context>
<context>
    <name>StartCommunityPage</name>
    <message>
        <source>Welcome to %1! Introduce yourself in a comment: who you are and what brought you here.</source>
        <translation>Willkommen bei %1! Stell dich in einem Kommentar vor: wer du bist und was dich hergeführt hat.</translation>
    </message>
    <message>
        <source>our community</source>
        <translation>unserer Community</translation>
    </message>
    <message>
        <source>Give your community a name.</source>
        <translation>Gib deiner Community einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is already taken on this server. Try another address.</source>
        <translation>„%1“ ist auf diesem Server schon vergeben. Versuch eine andere Adresse.</translation>
    </message>
    <message>
        <source>Choose an address for your community.</source>
        <translation>Wähle eine Adresse für deine Community.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Verwende mindestens %n Zeichen.</numerusform>
            <numerusform>Verwende mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Verwende höchstens %n Zeichen.</numerusform>
            <numerusform>Verwende höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use only lower-case letters a–z, digits and hyphens, with no hyphen at the start or end.</source>
        <translation>Verwende nur Kleinbuchstaben a–z, Ziffern und Bindestriche, ohne Bindestrich am Anfang oder Ende.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten this to %n characters.</source>
        <translation>
            <numerusform>Kürze das auf %n Zeichen.</numerusform>
            <numerusform>Kürze das auf %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the guidelines to %n characters.</source>
        <translation>
            <numerusform>Kürze die Richtlinien auf %n Zeichen.</numerusform>
            <numerusform>Kürze die Richtlinien auf %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the welcome message to %n characters.</source>
        <translation>
            <numerusform>Kürze die Willkommensnachricht auf %n Zeichen.</numerusform>
            <numerusform>Kürze die Willkommensnachricht auf %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>Niche</source>
        <translation>Nische</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Your community is ready</source>
        <translation>Deine Community ist bereit</translation>
    </message>
    <message>
        <source>Start a community</source>
        <translation>Community gründen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>What is your community called? The address is how members find and link to it.</source>
        <translation>Wie heißt deine Community? Über die Adresse finden Mitglieder sie und verlinken auf sie.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Hollin Valley Potters</source>
        <translation>z. B. Töpferei Hollin-Tal</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n characters.</source>
        <translation>
            <numerusform>Bis zu %n Zeichen.</numerusform>
            <numerusform>Bis zu %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>e.g. hollin-potters</source>
        <translation>z. B. hollin-toepferei</translation>
    </message>
    <message>
        <source>No community on this server uses this address yet.</source>
        <translation>Keine Community auf diesem Server nutzt diese Adresse bisher.</translation>
    </message>
    <message>
        <source>Made from the name; you can change it.</source>
        <translation>Aus dem Namen gebildet; du kannst sie ändern.</translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>e.g. Wheel, kiln and glaze nights in the valley</source>
        <translation>z. B. Drehscheibe, Brennofen und Glasurabende im Tal</translation>
    </message>
    <message numerus="yes">
        <source>One line under the name, up to %n characters.</source>
        <translation>
            <numerusform>Eine Zeile unter dem Namen, bis zu %n Zeichen.</numerusform>
            <numerusform>Eine Zeile unter dem Namen, bis zu %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>What is this community for, and who is it for?</source>
        <translation>Wofür ist diese Community da, und für wen?</translation>
    </message>
    <message>
        <source>Markdown is fine. Shown to people deciding whether to join.</source>
        <translation>Markdown ist möglich. Sichtbar für alle, die überlegen beizutreten.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Wer beitreten darf</translation>
    </message>
    <message>
        <source>By request</source>
        <translation>Auf Anfrage</translation>
    </message>
    <message>
        <source>Invite only</source>
        <translation>Nur mit Einladung</translation>
    </message>
    <message>
        <source>Member cap</source>
        <translation>Mitgliedergrenze</translation>
    </message>
    <message>
        <source>From %1 to %2. %3 keeps it small enough that everyone can know everyone; you can raise it later.</source>
        <translation>Von %1 bis %2. Bei %3 bleibt sie klein genug, dass sich alle kennen können; du kannst sie später anheben.</translation>
    </message>
    <message>
        <source>Start from a template and make it yours. Members accept these when they join.</source>
        <translation>Fang mit einer Vorlage an und mach sie zu deiner. Mitglieder nehmen sie beim Beitritt an.</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, - lists, ## headings.</source>
        <translation>Markdown: **fett**, *kursiv*, - Listen, ## Überschriften.</translation>
    </message>
    <message>
        <source>Your first post, pinned at the top of the feed: what a new member reads first.</source>
        <translation>Dein erster Beitrag, oben in den Beiträgen angeheftet: das, was neue Mitglieder zuerst lesen.</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Willkommensnachricht</translation>
    </message>
    <message>
        <source>Leave it empty for no welcome post.</source>
        <translation>Leer lassen für keinen Willkommensbeitrag.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Anyone (public)</source>
        <translation>Alle (öffentlich)</translation>
    </message>
    <message>
        <source>Welcome post</source>
        <translation>Willkommensbeitrag</translation>
    </message>
    <message>
        <source>Pinned at the top of the feed</source>
        <translation>Oben in den Beiträgen angeheftet</translation>
    </message>
    <message>
        <source>Creating a community needs a connection to the server. Everything you typed stays here: Create works as soon as Hearth is back online.</source>
        <translation>Zum Gründen einer Community braucht es eine Verbindung zum Server. Alles, was du eingegeben hast, bleibt hier: Erstellen klappt, sobald Hearth wieder online ist.</translation>
    </message>
    <message>
        <source>The server did not create the community: %1</source>
        <translation>Der Server hat die Community nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Making an invite link…</source>
        <translation>Einladungslink wird erstellt …</translation>
    </message>
    <message>
        <source>Creating your community on the server…</source>
        <translation>Deine Community wird auf dem Server erstellt …</translation>
    </message>
    <message>
        <source>%1 is live. Your welcome message is pinned at the top of its feed.</source>
        <translation>%1 ist gestartet. Deine Willkommensnachricht ist oben in den Beiträgen angeheftet.</translation>
    </message>
    <message>
        <source>Share this invite link with the first people you want in: it lets them join straight away, even when the community is invite only or by request.</source>
        <translation>Teile diesen Einladungslink mit den ersten Leuten, die dabei sein sollen: Damit treten sie sofort bei, auch wenn die Community nur mit Einladung oder auf Anfrage offen ist.</translation>
    </message>
    <message>
        <source>Hearth could not make an invite link: %1. You can make one later from the community&apos;s settings.</source>
        <translation>Hearth konnte keinen Einladungslink erstellen: %1. Du kannst später einen in den Einstellungen der Community erstellen.</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Einladungslink</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the invite link</source>
        <translation>Einladungslink kopieren</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt …</translation>
    </message>
    <message>
        <source>Create community</source>
        <translation>Community erstellen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Stop starting this community?</source>
        <translation>Gründen dieser Community abbrechen?</translation>
    </message>
    <message>
        <source>What you typed here will be lost.</source>
        <translation>Was du hier eingegeben hast, geht verloren.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Replace your guidelines?</source>
        <translation>Deine Richtlinien ersetzen?</translation>
    </message>
    <message>
        <source>The template replaces what you wrote.</source>
        <translation>Die Vorlage ersetzt, was du geschrieben hast.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>SyncStatusPill</name>
    <message numerus="yes">
        <source>Online — sending %n</source>
        <translation>
            <numerusform>Online — %n wird gesendet</numerusform>
            <numerusform>Online — %n werden gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>First sync — %1</source>
        <translation>Erster Abgleich — %1</translation>
    </message>
    <message>
        <source>First sync…</source>
        <translation>Erster Abgleich …</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft …</translation>
    </message>
    <message numerus="yes">
        <source>Connecting… — %n unsent</source>
        <translation>
            <numerusform>Verbindung wird aufgebaut … — %n nicht gesendet</numerusform>
            <numerusform>Verbindung wird aufgebaut … — %n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut …</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n unsent</source>
        <translation>
            <numerusform>Offline — %n nicht gesendet</numerusform>
            <numerusform>Offline — %n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Open the outbox</source>
        <translation>%1. Postausgang öffnen</translation>
    </message>
</context>
<context>
    <name>SystemTray</name>
    <message>
        <source>This display has no system tray, so Hearth cannot show desktop notifications. New notifications wait under the bell.</source>
        <translation>Diese Anzeige hat keinen Systembereich, daher kann Hearth keine Desktop-Benachrichtigungen zeigen. Neue Benachrichtigungen warten unter der Glocke.</translation>
    </message>
    <message>
        <source>There is no desktop session bus, so Hearth cannot show desktop notifications. New notifications wait under the bell.</source>
        <translation>Es gibt keinen Sitzungsbus des Desktops, daher kann Hearth keine Desktop-Benachrichtigungen zeigen. Neue Benachrichtigungen warten unter der Glocke.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Hearth cannot show desktop notifications. Its taskbar entry is highlighted instead when something new arrives, and new notifications wait under the bell. (On GNOME, the AppIndicator extension adds a tray.)</source>
        <translation>Dieser Desktop hat keinen Systembereich, daher kann Hearth keine Desktop-Benachrichtigungen zeigen. Stattdessen wird sein Eintrag in der Taskleiste hervorgehoben, wenn etwas Neues ankommt, und neue Benachrichtigungen warten unter der Glocke. (Unter GNOME fügt die Erweiterung AppIndicator einen Systembereich hinzu.)</translation>
    </message>
    <message>
        <source>Hearth was built without D-Bus, so it cannot find this desktop&apos;s system tray. New notifications wait under the bell.</source>
        <translation>Hearth wurde ohne D-Bus gebaut und findet daher den Systembereich dieses Desktops nicht. Neue Benachrichtigungen warten unter der Glocke.</translation>
    </message>
</context>
<context>
    <name>TagInput</name>
    <message>
        <source>Enter adds it.</source>
        <translation>Eingabe fügt es hinzu.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Showcase</source>
        <translation>Vorzeigen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Fundstück</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
</context>
<context>
    <name>ThreadPage</name>
    <message>
        <source>Thread: %1</source>
        <translation>Unterhaltung: %1</translation>
    </message>
    <message>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <source>Back to %1 (Escape)</source>
        <translation>Zurück zu %1 (Escape)</translation>
    </message>
    <message>
        <source>This post is not on this computer</source>
        <translation>Dieser Beitrag ist nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>It may have been deleted, or it belongs to a community you have left.</source>
        <translation>Vielleicht wurde er gelöscht, oder er gehört zu einer Community, die du verlassen hast.</translation>
    </message>
    <message>
        <source>This post has not reached the server yet. Replies open once it is sent.</source>
        <translation>Dieser Beitrag hat den Server noch nicht erreicht. Antworten sind möglich, sobald er gesendet ist.</translation>
    </message>
    <message>
        <source>This thread is locked: no new replies.</source>
        <translation>Diese Unterhaltung ist gesperrt: keine neuen Antworten.</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <source>Reply to the post instead</source>
        <translation>Stattdessen auf den Beitrag antworten</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>Antwort an %1 …</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Antwort schreiben …</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Text der Antwort</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send.</source>
        <translation>Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>No replies yet. Start the conversation below.</source>
        <translation>Noch keine Antworten. Fang unten das Gespräch an.</translation>
    </message>
    <message>
        <source>Delete this post?</source>
        <translation>Diesen Beitrag löschen?</translation>
    </message>
    <message>
        <source>It is removed for everyone in %1, with its replies. This cannot be undone.</source>
        <translation>Er wird für alle in %1 entfernt, mit seinen Antworten. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete this comment?</source>
        <translation>Diesen Kommentar löschen?</translation>
    </message>
    <message>
        <source>It is removed for everyone. Replies to it stay. This cannot be undone.</source>
        <translation>Er wird für alle entfernt. Antworten darauf bleiben. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Text des Beitrags</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Deinen Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <source>Delete your post</source>
        <translation>Deinen Beitrag löschen</translation>
    </message>
    <message>
        <source>Report %1&apos;s comment?</source>
        <translation>Kommentar von %1 melden?</translation>
    </message>
    <message>
        <source>Report this post?</source>
        <translation>Diesen Beitrag melden?</translation>
    </message>
    <message>
        <source>Only the organizers of %1 see your report and your reason. %2 is not told who reported it.</source>
        <translation>Nur die Organisator:innen von %1 sehen deine Meldung und deinen Grund. %2 erfährt nicht, wer gemeldet hat.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>What is wrong with it?</source>
        <translation>Was stimmt damit nicht?</translation>
    </message>
    <message>
        <source>Spam, harassment, off-topic, something unsafe… A sentence helps the organizers decide.</source>
        <translation>Spam, Belästigung, Themenverfehlung, etwas Gefährliches … Ein Satz hilft den Organisator:innen bei der Entscheidung.</translation>
    </message>
    <message>
        <source>Reported. The organizers of %1 will look at it.</source>
        <translation>Gemeldet. Die Organisator:innen von %1 sehen es sich an.</translation>
    </message>
    <message>
        <source>Your report waits to be sent: it goes to the organizers of %1 when you are back online.</source>
        <translation>Deine Meldung wartet auf das Senden: Sie geht an die Organisator:innen von %1, sobald du wieder online bist.</translation>
    </message>
    <message>
        <source>Report post…</source>
        <translation>Beitrag melden …</translation>
    </message>
    <message>
        <source>Report this post to the organizers</source>
        <translation>Diesen Beitrag den Organisator:innen melden</translation>
    </message>
    <message>
        <source>Accept the updated guidelines to reply.</source>
        <translation>Nimm die aktualisierten Richtlinien an, um zu antworten.</translation>
    </message>
    <message>
        <source>Read them in the feed</source>
        <translation>In den Beiträgen lesen</translation>
    </message>
</context>
<context>
    <name>TopicsInput</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Type a topic and press Enter</source>
        <translation>Thema eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <source>Enter adds a topic; Enter in an empty field goes on.</source>
        <translation>Eingabe fügt ein Thema hinzu; Eingabe in einem leeren Feld geht weiter.</translation>
    </message>
    <message numerus="yes">
        <source>That is the most topics a community can have (%n).</source>
        <translation>
            <numerusform>Mehr Themen kann eine Community nicht haben (%n).</numerusform>
            <numerusform>Mehr Themen kann eine Community nicht haben (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove topic %1</source>
        <translation>Thema %1 entfernen</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Hearth: 1 unread notification</source>
        <translation>Hearth: 1 ungelesene Benachrichtigung</translation>
    </message>
    <message numerus="yes">
        <source>Hearth: %n unread notifications</source>
        <translation>
            <numerusform>Hearth: %n ungelesene Benachrichtigung</numerusform>
            <numerusform>Hearth: %n ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisibilityChoice</name>
    <message>
        <source>Who may join</source>
        <translation>Wer beitreten darf</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>By request</source>
        <translation>Auf Anfrage</translation>
    </message>
    <message>
        <source>Invite only</source>
        <translation>Nur mit Einladung</translation>
    </message>
    <message>
        <source>Listed on the server; anyone can join at once.</source>
        <translation>Auf dem Server gelistet; alle können sofort beitreten.</translation>
    </message>
    <message>
        <source>Listed on the server; people ask to join and an organizer approves each one.</source>
        <translation>Auf dem Server gelistet; Leute fragen an, und eine Organisator:in nimmt jede Anfrage an.</translation>
    </message>
    <message>
        <source>Hidden from everyone else; people join only with an invite link from you.</source>
        <translation>Für alle anderen versteckt; beitreten geht nur mit einem Einladungslink von dir.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
</context>
<context>
    <name>hearth</name>
    <message>
        <source>Hearth: a desktop home for micro communities.

Development options:
  --auto-sign-in signs in with --server, --handle and the password in the
  environment variable HEARTH_PASSWORD (used by `./dev run` for the demo account).
  HEARTH_PASSWORD is ignored without --auto-sign-in. An account that is already
  signed in (token in the keychain) is restored instead.</source>
        <translation>Hearth: ein Zuhause auf dem Desktop für kleine Communitys.

Optionen für die Entwicklung:
  --auto-sign-in meldet mit --server, --handle und dem Passwort in der
  Umgebungsvariable HEARTH_PASSWORD an (so nutzt `./dev run` das Demokonto).
  Ohne --auto-sign-in wird HEARTH_PASSWORD ignoriert. Ein bereits angemeldetes
  Konto (Token im Schlüsselbund) wird stattdessen wiederhergestellt.</translation>
    </message>
    <message>
        <source>Pre-fill the sign-in form with this server address.</source>
        <translation>Das Anmeldeformular mit dieser Serveradresse vorbelegen.</translation>
    </message>
    <message>
        <source>Pre-fill the sign-in form with this handle.</source>
        <translation>Das Anmeldeformular mit diesem Benutzernamen vorbelegen.</translation>
    </message>
    <message>
        <source>Sign in at start with --server, --handle and the password in HEARTH_PASSWORD (development and demos).</source>
        <translation>Beim Start mit --server, --handle und dem Passwort in HEARTH_PASSWORD anmelden (Entwicklung und Vorführungen).</translation>
    </message>
    <message>
        <source>Once the window has loaded its content, save it as an image to FILE (PNG) and exit.</source>
        <translation>Sobald das Fenster seinen Inhalt geladen hat, es als Bild in DATEI (PNG) speichern und beenden.</translation>
    </message>
    <message>
        <source>Photograph every main screen, in the light and the dark theme, into DIR (PNG files), then exit. For the demo server.</source>
        <translation>Jede Hauptansicht im hellen und im dunklen Farbschema nach ORDNER fotografieren (PNG-Dateien), dann beenden. Für den Demoserver.</translation>
    </message>
    <message>
        <source>With --screens: only these screens (comma-separated names).</source>
        <translation>Mit --screens: nur diese Ansichten (durch Kommas getrennte Namen).</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--server needs a server address such as http://127.0.0.1:8787, not &quot;%1&quot;.</source>
        <translation>--server braucht eine Serveradresse wie http://127.0.0.1:8787, nicht „%1“.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--screens needs a folder.</source>
        <translation>--screens braucht einen Ordner.</translation>
    </message>
    <message>
        <source>--screen-list needs --screens.</source>
        <translation>--screen-list braucht --screens.</translation>
    </message>
    <message>
        <source>--auto-sign-in needs --server, --handle and the environment variable HEARTH_PASSWORD.</source>
        <translation>--auto-sign-in braucht --server, --handle und die Umgebungsvariable HEARTH_PASSWORD.</translation>
    </message>
    <message>
        <source>A hearth://invite/CODE link to join with (a running Hearth takes it over).</source>
        <translation>Ein hearth://invite/CODE-Link zum Beitreten (ein laufendes Hearth übernimmt ihn).</translation>
    </message>
</context>
<context>
    <name>hearth::app::AppContext</name>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Deine Anmeldung ist abgelaufen oder wurde widerrufen. Melde dich erneut an.</translation>
    </message>
    <message>
        <source>This account&apos;s cache is damaged (%1). Restart Hearth to rebuild it from the server; your unsent changes are kept.</source>
        <translation>Der Cache dieses Kontos ist beschädigt (%1). Starte Hearth neu, um ihn vom Server neu aufzubauen; deine nicht gesendeten Änderungen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>hearth::models::AuditLogModel</name>
    <message>
        <source>You are offline.</source>
        <translation>Du bist offline.</translation>
    </message>
    <message>
        <source>Requests approved</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Requests declined</source>
        <translation>Anfragen abgelehnt</translation>
    </message>
    <message>
        <source>Removals</source>
        <translation>Entfernungen</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Bans lifted</source>
        <translation>Sperren aufgehoben</translation>
    </message>
    <message>
        <source>Role changes</source>
        <translation>Rollenwechsel</translation>
    </message>
    <message>
        <source>Posts removed</source>
        <translation>Beiträge entfernt</translation>
    </message>
    <message>
        <source>Comments removed</source>
        <translation>Kommentare entfernt</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Gesperrte Threads</translation>
    </message>
    <message>
        <source>Events scheduled</source>
        <translation>Termine angelegt</translation>
    </message>
    <message>
        <source>Events changed</source>
        <translation>Termine geändert</translation>
    </message>
    <message>
        <source>Events cancelled</source>
        <translation>Termine abgesagt</translation>
    </message>
    <message>
        <source>Invites made</source>
        <translation>Einladungen erstellt</translation>
    </message>
    <message>
        <source>Invites revoked</source>
        <translation>Einladungen widerrufen</translation>
    </message>
    <message>
        <source>Reports decided</source>
        <translation>Meldungen entschieden</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>ein Mitglied</translation>
    </message>
    <message>
        <source>%1 let %2 in</source>
        <translation>%1 hat %2 aufgenommen</translation>
    </message>
    <message>
        <source>%1 declined the request of %2</source>
        <translation>%1 hat die Anfrage von %2 abgelehnt</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1 hat %2 entfernt</translation>
    </message>
    <message>
        <source>%1 banned %2</source>
        <translation>%1 hat %2 gesperrt</translation>
    </message>
    <message>
        <source>%1 lifted the ban on %2</source>
        <translation>%1 hat die Sperre von %2 aufgehoben</translation>
    </message>
    <message>
        <source>%1 made %2 an owner</source>
        <translation>%1 hat %2 zur Inhaber:in gemacht</translation>
    </message>
    <message>
        <source>%1 made %2 a moderator</source>
        <translation>%1 hat %2 zur Moderator:in gemacht</translation>
    </message>
    <message>
        <source>%1 made %2 a member</source>
        <translation>%1 hat %2 zum Mitglied gemacht</translation>
    </message>
    <message>
        <source>%1 removed the post “%2”</source>
        <translation>%1 hat den Beitrag „%2“ entfernt</translation>
    </message>
    <message>
        <source>%1 removed a post</source>
        <translation>%1 hat einen Beitrag entfernt</translation>
    </message>
    <message>
        <source>%1 removed a comment</source>
        <translation>%1 hat einen Kommentar entfernt</translation>
    </message>
    <message>
        <source>%1 pinned “%2”</source>
        <translation>%1 hat „%2“ angeheftet</translation>
    </message>
    <message>
        <source>%1 pinned a post</source>
        <translation>%1 hat einen Beitrag angeheftet</translation>
    </message>
    <message>
        <source>%1 unpinned “%2”</source>
        <translation>%1 hat „%2“ gelöst</translation>
    </message>
    <message>
        <source>%1 unpinned a post</source>
        <translation>%1 hat einen Beitrag gelöst</translation>
    </message>
    <message>
        <source>%1 locked “%2”</source>
        <translation>%1 hat „%2“ gesperrt</translation>
    </message>
    <message>
        <source>%1 locked a thread</source>
        <translation>%1 hat einen Thread gesperrt</translation>
    </message>
    <message>
        <source>%1 unlocked “%2”</source>
        <translation>%1 hat „%2“ entsperrt</translation>
    </message>
    <message>
        <source>%1 unlocked a thread</source>
        <translation>%1 hat einen Thread entsperrt</translation>
    </message>
    <message>
        <source>%1 scheduled “%2”</source>
        <translation>%1 hat „%2“ angelegt</translation>
    </message>
    <message>
        <source>%1 scheduled an event</source>
        <translation>%1 hat einen Termin angelegt</translation>
    </message>
    <message>
        <source>%1 changed “%2”</source>
        <translation>%1 hat „%2“ geändert</translation>
    </message>
    <message>
        <source>%1 changed an event</source>
        <translation>%1 hat einen Termin geändert</translation>
    </message>
    <message>
        <source>%1 cancelled “%2”</source>
        <translation>%1 hat „%2“ abgesagt</translation>
    </message>
    <message>
        <source>%1 cancelled an event</source>
        <translation>%1 hat einen Termin abgesagt</translation>
    </message>
    <message>
        <source>%1 made an invite</source>
        <translation>%1 hat eine Einladung erstellt</translation>
    </message>
    <message>
        <source>%1 revoked an invite</source>
        <translation>%1 hat eine Einladung widerrufen</translation>
    </message>
    <message>
        <source>%1 decided on a report</source>
        <translation>%1 hat über eine Meldung entschieden</translation>
    </message>
    <message>
        <source>%1 changed the community&apos;s settings</source>
        <translation>%1 hat die Einstellungen der Community geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hearth::models::DesktopAlerts</name>
    <message numerus="yes">
        <source>%n new notifications</source>
        <translation>
            <numerusform>%n neue Benachrichtigung</numerusform>
            <numerusform>%n neue Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 replied to you</source>
        <translation>%1 hat dir geantwortet</translation>
    </message>
    <message>
        <source>%1 replied in %2</source>
        <translation>%1 hat in %2 geantwortet</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 hat dich erwähnt</translation>
    </message>
    <message>
        <source>%1 mentioned you in %2</source>
        <translation>%1 hat dich in %2 erwähnt</translation>
    </message>
    <message>
        <source>%1 asked to join %2</source>
        <translation>%1 möchte %2 beitreten</translation>
    </message>
    <message>
        <source>Starting soon: %1</source>
        <translation>Beginnt gleich: %1</translation>
    </message>
    <message>
        <source>New notification</source>
        <translation>Neue Benachrichtigung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You are in: %1</source>
        <translation>Du bist drin: %1</translation>
    </message>
    <message>
        <source>Your request to join %1 was declined</source>
        <translation>Deine Beitrittsanfrage an %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>Your daily digest</source>
        <translation>Deine tägliche Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>notifications</comment>
        <translation>
            <numerusform>%n neue</numerusform>
            <numerusform>%n neue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new in %1</source>
        <comment>notifications</comment>
        <translation>
            <numerusform>%n neue in %1</numerusform>
            <numerusform>%n neue in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::models::EngagementFigures</name>
    <message>
        <source>You are offline.</source>
        <translation>Du bist offline.</translation>
    </message>
    <message>
        <source>A big thank you to %1 for everything they shared here lately: posts, answers and the care in them. This place is better for it!</source>
        <translation>Ein großes Dankeschön an %1 für alles, was in letzter Zeit hier geteilt wurde: Beiträge, Antworten und die Sorgfalt darin. Dieser Ort ist dadurch besser!</translation>
    </message>
    <message>
        <source>Hello %1! We have not seen you here for a while and miss you. What are you working on these days?</source>
        <translation>Hallo %1! Wir haben dich eine Weile nicht gesehen und vermissen dich. Woran arbeitest du gerade?</translation>
    </message>
</context>
<context>
    <name>hearth::models::EventDetails</name>
    <message>
        <source>From %1 on Hearth</source>
        <translation>Von %1 auf Hearth</translation>
    </message>
    <message>
        <source>This event is not saved on this computer.</source>
        <translation>Diese Veranstaltung ist nicht auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Wähle eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
</TS>
