<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>OptionalDate</name>
    <message>
        <source>non renseignée</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>ProcessorEditor</name>
    <message>
        <source>Prestataire %1</source>
        <translation>Provider %1</translation>
    </message>
    <message>
        <source>Nouveau prestataire</source>
        <translation>New provider</translation>
    </message>
    <message>
        <source>Clauses de l&apos;article 28 vérifiées dans le contrat</source>
        <translation>Article 28 clauses checked in the contract</translation>
    </message>
    <message>
        <source>Ce prestataire &amp;héberge des données de santé</source>
        <translation>This provider &amp;hosts health data</translation>
    </message>
    <message>
        <source>Certificat HDS (hébergeur de données de santé)</source>
        <translation>HDS certificate (health data hosting)</translation>
    </message>
    <message>
        <source>Référence du &amp;certificat</source>
        <translation>&amp;Certificate reference</translation>
    </message>
    <message>
        <source>&amp;Échéance</source>
        <translation>&amp;Expiry</translation>
    </message>
    <message>
        <source>Activités qui font appel à ce prestataire</source>
        <translation>Activities that use this provider</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Rôle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Services rendus</source>
        <translation>&amp;Services provided</translation>
    </message>
    <message>
        <source>Contact en cas d&apos;&amp;incident</source>
        <translation>&amp;Incident contact</translation>
    </message>
    <message>
        <source>Date du c&amp;ontrat</source>
        <translation>C&amp;ontract date</translation>
    </message>
    <message>
        <source>&amp;Localisation des données</source>
        <translation>Data &amp;location</translation>
    </message>
    <message>
        <source>&amp;Transferts hors UE</source>
        <translation>&amp;Transfers outside the EU</translation>
    </message>
    <message>
        <source>Activités &amp;concernées</source>
        <translation>&amp;Activities concerned</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Responsable de traitement distinct (par exemple un expert-comptable selon sa lettre de mission) : il décide lui-même de l&apos;usage des données, l&apos;article 28 et ses clauses ne s&apos;appliquent pas.</source>
        <translation>Separate controller (for instance an accountant, depending on the engagement letter): they decide how the data are used themselves; article 28 and its clauses do not apply.</translation>
    </message>
    <message>
        <source>Responsable conjoint : l&apos;article 26 demande un accord qui répartit vos obligations respectives (information des personnes, exercice des droits) ; l&apos;article 28 ne s&apos;applique pas.</source>
        <translation>Joint controller: article 26 requires an arrangement sharing out your respective obligations (informing people, handling their rights); article 28 does not apply.</translation>
    </message>
</context>
</TS>
