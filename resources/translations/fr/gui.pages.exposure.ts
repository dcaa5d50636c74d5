<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>ExposurePage</name>
    <message numerus="yes">
        <source>%1 — %n critique(s)</source>
        <translation>
            <numerusform>%1 — %n critique</numerusform>
            <numerusform>%1 — %n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n à vérifier</source>
        <translation>
            <numerusform>, %n à vérifier</numerusform>
            <numerusform>, %n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problème(s) critique(s) : des éléments du cabinet sont, ou peuvent être, accessibles depuis Internet. Corrigez-les en priorité (voir le conseil de chaque ligne), puis relancez la vérification.</source>
        <translation>
            <numerusform>%n problème critique : des éléments du cabinet sont, ou peuvent être, accessibles depuis Internet. Corrigez-les en priorité (voir le conseil de chaque ligne), puis relancez la vérification.</numerusform>
            <numerusform>%n problèmes critiques : des éléments du cabinet sont, ou peuvent être, accessibles depuis Internet. Corrigez-les en priorité (voir le conseil de chaque ligne), puis relancez la vérification.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rien d'accessible depuis Internet n'a été trouvé, mais %n point(s) à vérifier avec votre prestataire.</source>
        <translation>
            <numerusform>Rien d'accessible depuis Internet n'a été trouvé, mais %n point à vérifier avec votre prestataire.</numerusform>
            <numerusform>Rien d'accessible depuis Internet n'a été trouvé, mais %n points à vérifier avec votre prestataire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cette vérification propose %n réponse(s) de l'auto-évaluation %2 (%3) : appliquez-les depuis chaque question de la section Sécurité.</source>
        <translation>
            <numerusform>Cette vérification propose %n réponse de l'auto-évaluation %2 (%3) : appliquez-les depuis chaque question de la section Sécurité.</numerusform>
            <numerusform>Cette vérification propose %n réponses de l'auto-évaluation %2 (%3) : appliquez-les depuis chaque question de la section Sécurité.</numerusform>
        </translation>
    </message>
</context>
</TS>