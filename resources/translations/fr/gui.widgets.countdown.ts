<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>CountdownWidget</name>
    <message numerus="yes">
        <source> (+%n autre(s))</source>
        <translation>
            <numerusform> (+%n autre)</numerusform>
            <numerusform> (+%n autres)</numerusform>
        </translation>
    </message>
</context>
</TS>