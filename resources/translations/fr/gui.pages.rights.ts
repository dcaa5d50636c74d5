<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>RightsPage</name>
    <message numerus="yes">
        <source>À traiter au plus tard le %1 (%n jour(s)).</source>
        <translation>
            <numerusform>À traiter au plus tard le %1 (%n jour).</numerusform>
            <numerusform>À traiter au plus tard le %1 (%n jours).</numerusform>
        </translation>
    </message>
</context>
</TS>