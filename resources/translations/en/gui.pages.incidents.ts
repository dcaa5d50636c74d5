<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Journal des incidents et violations de données</source>
        <translation>Incident and data breach log</translation>
    </message>
    <message>
        <source>Tout incident est consigné ici, violation ou non (article 33(5) du RGPD).</source>
        <translation>Every incident is recorded here, breach or not (GDPR article 33(5)).</translation>
    </message>
    <message>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Ouverts</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Clos</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>⚠ &amp;Signaler un incident</source>
        <translation>⚠ &amp;Report an incident</translation>
    </message>
    <message>
        <source>Rechercher : n° ou mots du titre</source>
        <translation>Search: number or words of the title</translation>
    </message>
    <message>
        <source>Rechercher un incident</source>
        <translation>Search for an incident</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>&amp;Réévaluer…</source>
        <translation>&amp;Reassess…</translation>
    </message>
    <message>
        <source>&amp;Ajouter au journal…</source>
        <translation>&amp;Add to the log…</translation>
    </message>
    <message>
        <source>&amp;Notification CNIL…</source>
        <translation>CNIL &amp;notification…</translation>
    </message>
    <message>
        <source>Personnes &amp;informées…</source>
        <translation>Persons &amp;informed…</translation>
    </message>
    <message>
        <source>&amp;Dossier CNIL (PDF)…</source>
        <translation>CNIL &amp;file (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Lettre aux patients…</source>
        <translation>&amp;Letter to patients…</translation>
    </message>
    <message>
        <source>E&amp;xtrait du journal…</source>
        <translation>Log e&amp;xtract…</translation>
    </message>
    <message>
        <source>&amp;Clore l&apos;incident…</source>
        <translation>&amp;Close the incident…</translation>
    </message>
    <message>
        <source>Corriger la &amp;prise de connaissance…</source>
        <translation>Correct the a&amp;wareness time…</translation>
    </message>
    <message>
        <source>Chronologie</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Prochaines étapes</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Communication p&amp;ublique…</source>
        <translation>P&amp;ublic communication…</translation>
    </message>
    <message>
        <source>Prochaines étapes (cochez ce qui est fait)</source>
        <translation>Next steps (tick what is done)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Aucun incident consigné pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ce journal garde la trace de chaque incident touchant les données du cabinet : ordinateur volé ou perdu, rançongiciel, courrier ou e-mail envoyé au mauvais patient, accès indu au dossier… Le RGPD demande de tous les consigner, même ceux qui ne sont pas notifiés à la CNIL (article 33(5)).&lt;/p&gt;&lt;p&gt;Quand un incident arrive, cliquez sur &lt;b&gt;Signaler un incident&lt;/b&gt; : Vigie vous guide, décide avec vous s&apos;il faut notifier la CNIL (sous 72 heures) et informer les patients, et prépare les documents.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No incident recorded yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This journal keeps a record of every incident affecting the practice&apos;s data: a stolen or lost computer, ransomware, a letter or e-mail sent to the wrong patient, undue access to a record… The GDPR requires all of them to be recorded, even those not notified to the CNIL (article 33(5)).&lt;/p&gt;&lt;p&gt;When an incident happens, click &lt;b&gt;Report an incident&lt;/b&gt;: Vigie guides you, decides with you whether to notify the CNIL (within 72 hours) and inform patients, and prepares the documents.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>⚠ Signaler un incident maintenant</source>
        <translation>⚠ Report an incident now</translation>
    </message>
    <message>
        <source>Toutes les années</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Sélectionnez un incident, ou signalez-en un nouveau.</source>
        <translation>Select an incident, or report a new one.</translation>
    </message>
    <message>
        <source>n° %1 — %2</source>
        <translation>No. %1 — %2</translation>
    </message>
    <message>
        <source>Prise de connaissance : %1</source>
        <translation>Became aware: %1</translation>
    </message>
    <message>
        <source>Pas encore évalué : utilisez « Réévaluer… ».</source>
        <translation>Not assessed yet: use &quot;Reassess…&quot;.</translation>
    </message>
    <message>
        <source>%1 ; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Notifier la CNIL</source>
        <translation>Notify the CNIL</translation>
    </message>
    <message>
        <source>Pas de notification à la CNIL</source>
        <translation>No notification to the CNIL</translation>
    </message>
    <message>
        <source>informer les personnes</source>
        <translation>inform the persons</translation>
    </message>
    <message>
        <source>pas d&apos;information des personnes</source>
        <translation>no information of the persons</translation>
    </message>
    <message>
        <source>(décision justifiée, différente de la conclusion de Vigie)</source>
        <translation>(justified decision, different from Vigie&apos;s conclusion)</translation>
    </message>
    <message>
        <source>Les personnes ne peuvent pas être jointes une par une : informez-les par une « Communication publique » (affiche, site du cabinet).</source>
        <translation>The persons cannot be reached one by one: inform them with a “Public communication” (poster, practice website).</translation>
    </message>
    <message>
        <source>Délai de 72 heures dépassé de %1 h %2 : notifiez et motivez le retard.</source>
        <translation>72-hour deadline passed by %1 h %2: notify and explain the delay.</translation>
    </message>
    <message>
        <source>Il reste %1 h %2 pour notifier la CNIL (avant le %3).</source>
        <translation>%1 h %2 left to notify the CNIL (before %3).</translation>
    </message>
    <message>
        <source>CNIL notifiée le %1 (n° %2).</source>
        <translation>CNIL notified on %1 (no. %2).</translation>
    </message>
    <message>
        <source>CNIL notifiée le %1 (numéro de notification à compléter).</source>
        <translation>CNIL notified on %1 (notification number still to be entered).</translation>
    </message>
    <message>
        <source>Personnes informées le %1.</source>
        <translation>Persons informed on %1.</translation>
    </message>
    <message>
        <source>Information des personnes préparée : une fois l&apos;envoi fait, enregistrez-le (« Personnes informées… »).</source>
        <translation>Information of persons prepared: once it is sent, record it (“Persons informed…”).</translation>
    </message>
    <message>
        <source>n° %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>numéro de notification à compléter</source>
        <translation>notification number still to be entered</translation>
    </message>
    <message>
        <source> : %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>(recommandé)</source>
        <translation>(recommended)</translation>
    </message>
    <message>
        <source>Enregistrer la pièce jointe</source>
        <translation>Save the attachment</translation>
    </message>
    <message>
        <source>Clore l&apos;incident</source>
        <translation>Close the incident</translation>
    </message>
    <message>
        <source>Comment l&apos;incident s&apos;est-il terminé ?</source>
        <translation>How did the incident end?</translation>
    </message>
    <message>
        <source>Dossier de notification CNIL</source>
        <translation>CNIL notification file</translation>
    </message>
    <message>
        <source>Extrait du journal</source>
        <translation>Log extract</translation>
    </message>
    <message>
        <source>Lettre aux patients</source>
        <translation>Letter to patients</translation>
    </message>
    <message>
        <source>Communication publique</source>
        <translation>Public communication</translation>
    </message>
</context>
</TS>
