<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>SecurityPage</name>
    <message numerus="yes">
        <source>En cours : %n question(s) sans réponse</source>
        <translation>
            <numerusform>En cours : %n question sans réponse</numerusform>
            <numerusform>En cours : %n questions sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n réponse(s) à confirmer.</source>
        <translation>
            <numerusform>, %n réponse à confirmer.</numerusform>
            <numerusform>, %n réponses à confirmer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Score global pondéré : %n réponse(s) comptée(s)</source>
        <translation>
            <numerusform>Score global pondéré : %n réponse comptée</numerusform>
            <numerusform>Score global pondéré : %n réponses comptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sans objet (exclue(s))</source>
        <translation>
            <numerusform>, %n sans objet (exclue)</numerusform>
            <numerusform>, %n sans objet (exclues)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sans réponse.</source>
        <translation>
            <numerusform>, %n sans réponse.</numerusform>
            <numerusform>, %n sans réponse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) ajoutée(s) au plan.</source>
        <translation>
            <numerusform>%n action ajoutée au plan.</numerusform>
            <numerusform>%n actions ajoutées au plan.</numerusform>
        </translation>
    </message>
</context>
</TS>