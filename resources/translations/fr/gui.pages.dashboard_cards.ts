<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>dashboard</name>
    <message numerus="yes">
        <source>Le délai légal est dépassé : répondez sans attendre. %n demande(s) en cours.</source>
        <translation>
            <numerusform>Le délai légal est dépassé : répondez sans attendre. %n demande en cours.</numerusform>
            <numerusform>Le délai légal est dépassé : répondez sans attendre. %n demandes en cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prochaine échéance le %1 (dans %n jour(s)).</source>
        <translation>
            <numerusform>Prochaine échéance le %1 (dans %n jour).</numerusform>
            <numerusform>Prochaine échéance le %1 (dans %n jours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n information(s) manquante(s)</source>
        <translation>
            <numerusform>%n information manquante</numerusform>
            <numerusform>%n informations manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n traitement(s)</source>
        <translation>
            <numerusform>%n traitement</numerusform>
            <numerusform>%n traitements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) complète(s) ; complétude moyenne %2 %.</source>
        <translation>
            <numerusform>%n fiche complète ; complétude moyenne %2 %.</numerusform>
            <numerusform>%n fiches complètes ; complétude moyenne %2 %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>À compléter : « %1 » (%n élément(s) manquant(s)).</source>
        <translation>
            <numerusform>À compléter : « %1 » (%n élément manquant).</numerusform>
            <numerusform>À compléter : « %1 » (%n éléments manquants).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problème(s) critique(s)</source>
        <translation>
            <numerusform>%n problème critique</numerusform>
            <numerusform>%n problèmes critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) à surveiller</source>
        <translation>
            <numerusform>%n point à surveiller</numerusform>
            <numerusform>%n points à surveiller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) rouge(s).</source>
        <translation>
            <numerusform>%n point rouge.</numerusform>
            <numerusform>%n points rouges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n autre(s) incident(s) à notifier.</source>
        <translation>
            <numerusform>%n autre incident à notifier.</numerusform>
            <numerusform>%n autres incidents à notifier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ouvert(s)</source>
        <translation>
            <numerusform>%n ouvert</numerusform>
            <numerusform>%n ouverts</numerusform>
        </translation>
    </message>
</context>
</TS>