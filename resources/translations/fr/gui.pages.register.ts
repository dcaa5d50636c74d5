<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>RegisterPage</name>
    <message numerus="yes">
        <source>%n activité(s)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, dont %n fiche(s) complète(s).</source>
        <translation>
            <numerusform>, dont %n fiche complète.</numerusform>
            <numerusform>, dont %n fiches complètes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activité(s) ajoutée(s) au registre. Complétez-les puis passez-les à l'état « Complète ».</source>
        <translation>
            <numerusform>%n activité ajoutée au registre. Complétez-les puis passez-les à l'état « Complète ».</numerusform>
            <numerusform>%n activités ajoutées au registre. Complétez-les puis passez-les à l'état « Complète ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registre importé : %n activité(s)</source>
        <translation>
            <numerusform>Registre importé : %n activité</numerusform>
            <numerusform>Registre importé : %n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n prestataire(s).</source>
        <translation>
            <numerusform>, %n prestataire.</numerusform>
            <numerusform>, %n prestataires.</numerusform>
        </translation>
    </message>
</context>
</TS>