<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ExposureFindingsModel</name>
    <message>
        <source>Gravité</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Critique</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>À vérifier</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>toutes les connexions (%1)</source>
        <translation>all connections (%1)</translation>
    </message>
</context>
</TS>
