<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>IntroPage</name>
    <message>
        <source>Cette section sera disponible dans une prochaine version de Vigie.</source>
        <translation>This section will be available in a future version of Vigie.</translation>
    </message>
</context>
<context>
    <name>intro</name>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Ce qui est à faire, sur un seul écran : incidents ouverts et délai de 72 heures, demandes de patients à traiter, complétude du registre, score de sécurité et actions dues, certificats HDS qui expirent, dernière sauvegarde.</source>
        <translation>Everything to do, on a single screen: open incidents and the 72-hour deadline, patient requests to handle, completeness of the record, security score and actions due, expiring HDS certificates, latest backup.</translation>
    </message>
    <message>
        <source>Registre des traitements</source>
        <translation>Record of processing activities</translation>
    </message>
    <message>
        <source>Le registre exigé par l&apos;article 30 du RGPD, pré-rempli pour votre profession : dossier patient, rendez-vous, facturation SESAM-Vitale, messagerie sécurisée… imprimable pour la CNIL en un clic.</source>
        <translation>The record required by Article 30 of the GDPR, pre-filled for your profession: patient records, appointments, SESAM-Vitale billing, secure messaging… printable for the CNIL in one click.</translation>
    </message>
    <message>
        <source>Sous-traitants</source>
        <translation>Processors</translation>
    </message>
    <message>
        <source>Vos prestataires (éditeur du logiciel, hébergeur HDS, prise de rendez-vous, maintenance…), leurs contrats article 28 et la validité de leurs certificats HDS.</source>
        <translation>Your service providers (software vendor, HDS-certified hosting, appointment booking, IT maintenance…), their Article 28 contracts and the validity of their HDS certificates.</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>La liste de contrôle annuelle : postes, box internet, sauvegardes, messagerie, imagerie… notée par thème, avec un plan d&apos;action et l&apos;historique d&apos;une année sur l&apos;autre.</source>
        <translation>The annual checklist: computers, internet router, backups, email, imaging… scored by topic, with an action plan and year-on-year history.</translation>
    </message>
    <message>
        <source>Journal des incidents</source>
        <translation>Incident log</translation>
    </message>
    <message>
        <source>Chaque incident est consigné, qu&apos;il soit notifié ou non (article 33.5). L&apos;assistant « Signaler un incident » décide avec vous s&apos;il faut notifier la CNIL sous 72 heures et informer les patients, puis imprime le dossier de notification.</source>
        <translation>Every incident is logged, whether or not it is notified (Article 33(5)). The “Report an incident” assistant works out with you whether the CNIL must be notified within 72 hours and patients informed, then prints the notification file.</translation>
    </message>
</context>
</TS>
