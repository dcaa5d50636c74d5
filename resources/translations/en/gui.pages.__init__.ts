<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>sections</name>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Registre</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Sous-traitants</source>
        <translation>Processors</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Vérifier l&apos;exposition</source>
        <translation>Check exposure</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Demandes des patients</source>
        <translation>Patients&apos; requests</translation>
    </message>
    <message>
        <source>Documents à imprimer</source>
        <translation>Documents to print</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
</context>
</TS>
