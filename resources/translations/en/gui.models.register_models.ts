<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Réf.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Base légale</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Données sensibles</source>
        <translation>Sensitive data</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Complétude</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Mise à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Fiche complète</source>
        <translation>Record complete</translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message>
        <source>Réf.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Prestataire</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Données de santé</source>
        <translation>Health data</translation>
    </message>
    <message>
        <source>Échéance HDS</source>
        <translation>HDS expiry</translation>
    </message>
    <message>
        <source>Alerte</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>hds</name>
    <message>
        <source>héberge des données de santé sans certificat HDS renseigné (référence et échéance)</source>
        <translation>hosts health data without an HDS certificate recorded (reference and expiry)</translation>
    </message>
    <message>
        <source>certificat HDS expiré depuis le %1</source>
        <translation>HDS certificate expired since %1</translation>
    </message>
    <message numerus="yes">
        <source>certificat HDS expirant le %1 (dans %n jour(s))</source>
        <translation>
            <numerusform>HDS certificate expiring on %1 (in %n day)</numerusform>
            <numerusform>HDS certificate expiring on %1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
</TS>
