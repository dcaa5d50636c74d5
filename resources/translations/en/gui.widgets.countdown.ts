<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>CountdownWidget</name>
    <message>
        <source>n° %1 — %2 : %3</source>
        <translation>No. %1 — %2: %3</translation>
    </message>
    <message>
        <source>Notification CNIL à faire</source>
        <translation>CNIL notification due</translation>
    </message>
    <message>
        <source>Incident n° %1 : %2</source>
        <translation>Incident no. %1: %2</translation>
    </message>
    <message>
        <source>délai dépassé de %1 h %2</source>
        <translation>deadline passed by %1 h %2</translation>
    </message>
    <message>
        <source>%1 h %2 restantes, avant le %3</source>
        <translation>%1 h %2 left, before %3</translation>
    </message>
    <message>
        <source>CNIL : délai dépassé de %1 h %2</source>
        <translation>CNIL: deadline passed by %1 h %2</translation>
    </message>
    <message>
        <source>CNIL : %1 h %2 restantes</source>
        <translation>CNIL: %1 h %2 left</translation>
    </message>
    <message numerus="yes">
        <source> (+%n autre(s))</source>
        <translation>
            <numerusform> (+%n other)</numerusform>
            <numerusform> (+%n others)</numerusform>
        </translation>
    </message>
</context>
</TS>
