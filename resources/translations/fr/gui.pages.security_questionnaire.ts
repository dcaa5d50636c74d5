<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>QuestionnaireTab</name>
    <message numerus="yes">
        <source>%n question(s) traitée(s)</source>
        <translation>
            <numerusform>%n question traitée</numerusform>
            <numerusform>%n questions traitées</numerusform>
        </translation>
    </message>
</context>
</TS>