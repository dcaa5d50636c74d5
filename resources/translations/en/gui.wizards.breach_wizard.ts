<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>BreachWizard</name>
    <message>
        <source>Signaler un incident</source>
        <translation>Report an incident</translation>
    </message>
    <message>
        <source>&lt; &amp;Retour</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Fermer sans évaluer</source>
        <translation>Close without assessing</translation>
    </message>
    <message>
        <source>L&apos;incident reste au journal avec son heure de prise de connaissance.</source>
        <translation>The incident stays in the log with its awareness time.</translation>
    </message>
    <message>
        <source>1. Quand l&apos;avez-vous appris ?</source>
        <translation>1. When did you learn of it?</translation>
    </message>
    <message>
        <source>2. Que s&apos;est-il passé ?</source>
        <translation>2. What happened?</translation>
    </message>
    <message>
        <source>3. Des données personnelles sont-elles touchées ?</source>
        <translation>3. Are personal data affected?</translation>
    </message>
    <message>
        <source>4. Quelles données, quelles personnes ?</source>
        <translation>4. Which data, which persons?</translation>
    </message>
    <message>
        <source>5. Protections et circonstances</source>
        <translation>5. Protections and circumstances</translation>
    </message>
    <message>
        <source>6. Conclusion</source>
        <translation>6. Conclusion</translation>
    </message>
    <message>
        <source>7. Prochaines étapes</source>
        <translation>7. Next steps</translation>
    </message>
    <message>
        <source>Nouvel incident : il sera enregistré au journal dès cette première question.</source>
        <translation>New incident: it is recorded in the journal as soon as this first question is answered.</translation>
    </message>
    <message>
        <source>Rien n&apos;est encore enregistré.</source>
        <translation>Nothing is recorded yet.</translation>
    </message>
    <message>
        <source>Incident n° %1 — prise de connaissance le %2 (heure de Paris) : notifier la CNIL, s&apos;il le faut, avant le %3.</source>
        <translation>Incident no. %1 — aware since %2 (Paris time): notify the CNIL, if needed, before %3.</translation>
    </message>
    <message>
        <source>Assistant « Signaler un incident »</source>
        <translation>&quot;Report an incident&quot; wizard</translation>
    </message>
</context>
</TS>
