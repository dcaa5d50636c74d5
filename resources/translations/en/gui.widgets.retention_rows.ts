<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>RetentionRow</name>
    <message>
        <source>Durée en base active</source>
        <translation>Period in active use</translation>
    </message>
    <message>
        <source>Durée en archives</source>
        <translation>Period in archives</translation>
    </message>
    <message>
        <source>— non précisé —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <source>Obligatoire si vous vous écartez de la durée recommandée</source>
        <translation>Required if you depart from the recommended period</translation>
    </message>
    <message>
        <source>Supprimer cette durée</source>
        <translation>Remove this period</translation>
    </message>
    <message>
        <source>&amp;Catégorie de données</source>
        <translation>Data &amp;category</translation>
    </message>
    <message>
        <source>Base &amp;active</source>
        <translation>&amp;Active use</translation>
    </message>
    <message>
        <source>A&amp;rchives</source>
        <translation>A&amp;rchives</translation>
    </message>
    <message>
        <source>&amp;Point de départ</source>
        <translation>&amp;Starting point</translation>
    </message>
    <message>
        <source>&amp;Sort final</source>
        <translation>&amp;End of life</translation>
    </message>
    <message>
        <source>Critère (si pas de durée chiffrée)</source>
        <translation>Criterion (if no figure can be given)</translation>
    </message>
    <message>
        <source>selon le critère</source>
        <translation>according to the criterion</translation>
    </message>
    <message>
        <source>Durée recommandée</source>
        <translation>Recommended period</translation>
    </message>
    <message>
        <source>&amp;Justification de l&apos;écart</source>
        <translation>&amp;Justification of the departure</translation>
    </message>
</context>
<context>
    <name>RetentionRows</name>
    <message>
        <source>&amp;Ajouter une durée de conservation</source>
        <translation>&amp;Add a retention period</translation>
    </message>
    <message>
        <source>Durée n° %1</source>
        <translation>Period no. %1</translation>
    </message>
</context>
<context>
    <name>TransferRow</name>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Pays de destination</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <source>— garantie à préciser —</source>
        <translation>— safeguard to specify —</translation>
    </message>
    <message>
        <source>Garantie encadrant le transfert</source>
        <translation>Safeguard for the transfer</translation>
    </message>
    <message>
        <source>Précisions</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Précisions sur le transfert</source>
        <translation>Details of the transfer</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>TransferRows</name>
    <message>
        <source>Ajouter un &amp;pays</source>
        <translation>Add a &amp;country</translation>
    </message>
</context>
</TS>
