<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>IncidentEventDialog</name>
    <message>
        <source>Ajouter au journal de l&apos;incident n° %1</source>
        <translation>Add to the log of incident no. %1</translation>
    </message>
    <message>
        <source>Notification à la CNIL</source>
        <translation>Notification to the CNIL</translation>
    </message>
    <message>
        <source>Personnes informées</source>
        <translation>Persons informed</translation>
    </message>
    <message>
        <source>Incident maîtrisé (mesure prise)</source>
        <translation>Incident contained (action taken)</translation>
    </message>
    <message>
        <source>Plainte déposée</source>
        <translation>Police complaint filed</translation>
    </message>
    <message>
        <source>Assureur informé</source>
        <translation>Insurer informed</translation>
    </message>
    <message>
        <source>Sous-traitant ou éditeur informé</source>
        <translation>Processor or software vendor informed</translation>
    </message>
    <message>
        <source>Note libre (appel, e-mail…)</source>
        <translation>Free note (call, e-mail…)</translation>
    </message>
    <message>
        <source>Notification complémentaire (complète la notification initiale)</source>
        <translation>Complementary notification (completes the initial one)</translation>
    </message>
    <message>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Au cabinet</source>
        <translation>At the practice</translation>
    </message>
    <message>
        <source>Communication publique</source>
        <translation>Public communication</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Non connu</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Aucune pièce jointe</source>
        <translation>No attachment</translation>
    </message>
    <message>
        <source>&amp;Joindre un fichier…</source>
        <translation>&amp;Attach a file…</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Date et heure (Paris)</source>
        <translation>&amp;Date and time (Paris)</translation>
    </message>
    <message>
        <source>N° de &amp;notification CNIL</source>
        <translation>CNIL &amp;notification number</translation>
    </message>
    <message>
        <source>Motifs du &amp;retard</source>
        <translation>&amp;Reasons for the delay</translation>
    </message>
    <message>
        <source>À enregistrer une fois l&apos;information faite : lettres postées, e-mails envoyés, avis affiché. Imprimer les lettres ne suffit pas.</source>
        <translation>Record this once the persons have been informed: letters posted, e-mails sent, notice put up. Printing the letters is not enough.</translation>
    </message>
    <message>
        <source>&amp;Moyen</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>Nombre de &amp;personnes</source>
        <translation>Number of &amp;persons</translation>
    </message>
    <message>
        <source>&amp;Commentaire</source>
        <translation>C&amp;omment</translation>
    </message>
    <message>
        <source>Preuves</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Échéance du %1 dépassée : indiquez les motifs du retard.</source>
        <translation>Deadline of %1 passed: give the reasons for the delay.</translation>
    </message>
    <message>
        <source>Pièces jointes (preuves)</source>
        <translation>Attachments (evidence)</translation>
    </message>
</context>
</TS>
