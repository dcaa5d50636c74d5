<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActionsTab</name>
    <message>
        <source>Plan d&apos;actions</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Masquer les actions &amp;terminées ou abandonnées</source>
        <translation>Hide &amp;done or dropped actions</translation>
    </message>
    <message>
        <source>par exemple : 120 € (disque externe)</source>
        <translation>for example: €120 (external disk)</translation>
    </message>
    <message>
        <source>&amp;Enregistrer l&apos;action</source>
        <translation>&amp;Save the action</translation>
    </message>
    <message>
        <source>&amp;Intitulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Responsable</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>É&amp;chéance</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <source>&amp;Statut</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>C&amp;oût</source>
        <translation>C&amp;ost</translation>
    </message>
    <message>
        <source>E&amp;ffort</source>
        <translation>E&amp;ffort</translation>
    </message>
    <message>
        <source>Action enregistrée.</source>
        <translation>Action saved.</translation>
    </message>
</context>
</TS>
