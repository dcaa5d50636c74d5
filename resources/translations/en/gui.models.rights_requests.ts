<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Accès au dossier médical (CSP)</source>
        <translation>Medical record access (public-health code)</translation>
    </message>
    <message>
        <source>Droit d&apos;accès (RGPD)</source>
        <translation>Right of access (GDPR)</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Effacement</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Portabilité</source>
        <translation>Portability</translation>
    </message>
    <message>
        <source>Opposition au partage hors équipe de soins</source>
        <translation>Objection to sharing outside the care team</translation>
    </message>
    <message>
        <source>Le patient</source>
        <translation>The patient</translation>
    </message>
    <message>
        <source>Titulaire de l&apos;autorité parentale</source>
        <translation>Holder of parental authority</translation>
    </message>
    <message>
        <source>Tuteur ou personne chargée d&apos;une mesure de protection</source>
        <translation>Guardian or person in charge of a protective measure</translation>
    </message>
    <message>
        <source>Ayant droit d&apos;un patient décédé</source>
        <translation>Heir of a deceased patient</translation>
    </message>
    <message>
        <source>Médecin désigné comme intermédiaire</source>
        <translation>Physician designated as intermediary</translation>
    </message>
    <message>
        <source>À traiter</source>
        <translation>To handle</translation>
    </message>
    <message>
        <source>Délai prolongé</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <source>Répondue</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Refusée (motivée)</source>
        <translation>Refused (with reasons)</translation>
    </message>
    <message>
        <source>Retirée</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Jours restants</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>En retard de %1 j</source>
        <translation>%1 d overdue</translation>
    </message>
    <message>
        <source>Délai légal dépassé : répondez sans attendre.</source>
        <translation>Legal deadline passed: answer without delay.</translation>
    </message>
</context>
</TS>
