<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ProcessorsPage</name>
    <message>
        <source>Sous-traitants et prestataires</source>
        <translation>Processors and providers</translation>
    </message>
    <message>
        <source>&amp;Nouveau prestataire</source>
        <translation>&amp;New provider</translation>
    </message>
    <message>
        <source>Prestataire &amp;courant…</source>
        <translation>&amp;Common provider…</translation>
    </message>
    <message>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Filtrer (nom, rôle, alerte…)</source>
        <translation>Filter (name, role, warning…)</translation>
    </message>
    <message>
        <source>Filtrer les prestataires</source>
        <translation>Filter the providers</translation>
    </message>
    <message>
        <source>Prestataires</source>
        <translation>Providers</translation>
    </message>
    <message numerus="yes">
        <source>%n prestataire(s) hébergeant des données de santé sans certificat HDS renseigné (référence et échéance, à vérifier sur la liste des hébergeurs certifiés de l&apos;ANS) : %1.</source>
        <translation>
            <numerusform>%n provider hosting health data without an HDS certificate recorded (reference and expiry, to check on the ANS list of certified hosts): %1.</numerusform>
            <numerusform>%n providers hosting health data without an HDS certificate recorded (reference and expiry, to check on the ANS list of certified hosts): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificat(s) HDS expiré(s) : %1. Demandez le certificat renouvelé au prestataire.</source>
        <translation>
            <numerusform>%n expired HDS certificate: %1. Ask the provider for the renewed certificate.</numerusform>
            <numerusform>%n expired HDS certificates: %1. Ask the providers for the renewed certificates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificat(s) HDS à renouveler dans les 90 jours : %1.</source>
        <translation>
            <numerusform>%n HDS certificate to renew within 90 days: %1.</numerusform>
            <numerusform>%n HDS certificates to renew within 90 days: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supprimer le prestataire</source>
        <translation>Delete the provider</translation>
    </message>
    <message>
        <source>Supprimer %1 « %2 » ? Il sera retiré des activités qui l&apos;utilisent.</source>
        <translation>Delete %1 “%2”? It will be removed from the activities that use it.</translation>
    </message>
</context>
</TS>
