<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>CheckList</name>
    <message>
        <source>Précisions</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Précisions : %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <source>Unité : %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
</context>
</TS>
