<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>ProcessorsPage</name>
    <message numerus="yes">
        <source>%n prestataire(s) hébergeant des données de santé sans certificat HDS renseigné (référence et échéance, à vérifier sur la liste des hébergeurs certifiés de l'ANS) : %1.</source>
        <translation>
            <numerusform>%n prestataire hébergeant des données de santé sans certificat HDS renseigné (référence et échéance, à vérifier sur la liste des hébergeurs certifiés de l'ANS) : %1.</numerusform>
            <numerusform>%n prestataires hébergeant des données de santé sans certificat HDS renseigné (référence et échéance, à vérifier sur la liste des hébergeurs certifiés de l'ANS) : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificat(s) HDS expiré(s) : %1. Demandez le certificat renouvelé au prestataire.</source>
        <translation>
            <numerusform>%n certificat HDS expiré : %1. Demandez le certificat renouvelé au prestataire.</numerusform>
            <numerusform>%n certificats HDS expirés : %1. Demandez le certificat renouvelé au prestataire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificat(s) HDS à renouveler dans les 90 jours : %1.</source>
        <translation>
            <numerusform>%n certificat HDS à renouveler dans les 90 jours : %1.</numerusform>
            <numerusform>%n certificats HDS à renouveler dans les 90 jours : %1.</numerusform>
        </translation>
    </message>
</context>
</TS>