<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>messages</name>
    <message numerus="yes">
        <source>Impossible de clôturer : %n question(s) sans réponse</source>
        <translation>
            <numerusform>Impossible de clôturer : %n question sans réponse</numerusform>
            <numerusform>Impossible de clôturer : %n questions sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> et %n réponse(s) reprise(s) de l'an dernier à confirmer.</source>
        <translation>
            <numerusform> et %n réponse reprise de l'an dernier à confirmer.</numerusform>
            <numerusform> et %n réponses reprises de l'an dernier à confirmer.</numerusform>
        </translation>
    </message>
</context>
</TS>