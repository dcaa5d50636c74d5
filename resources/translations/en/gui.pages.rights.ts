<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>RightsPage</name>
    <message>
        <source>&lt;h1&gt;Demandes des patients&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Patients&apos; requests&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Accès au dossier, rectification, effacement, opposition… Chaque demande a un délai légal : 8 jours pour le dossier médical (au plus tôt 48 heures après la demande, 2 mois pour les informations de plus de 5 ans), un mois pour les autres droits.</source>
        <translation>Record access, rectification, erasure, objection… Each request has a legal deadline: 8 days for the medical record (not before 48 hours after the request, 2 months for information more than 5 years old), one month for the other rights.</translation>
    </message>
    <message>
        <source>&amp;Nouvelle demande…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Prolonger le délai…</source>
        <translation>E&amp;xtend the deadline…</translation>
    </message>
    <message>
        <source>&amp;Clore…</source>
        <translation>&amp;Close…</translation>
    </message>
    <message>
        <source>C&amp;ourrier…</source>
        <translation>&amp;Letter…</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Journal des demandes (PDF)…</source>
        <translation>Requests &amp;log (PDF)…</translation>
    </message>
    <message>
        <source>Toutes les demandes avec leurs dates : la preuve que chacune a été traitée dans le délai.</source>
        <translation>Every request with its dates: the proof that each was handled within its deadline.</translation>
    </message>
    <message>
        <source>Afficher les demandes closes</source>
        <translation>Show closed requests</translation>
    </message>
    <message>
        <source>Rechercher un demandeur</source>
        <translation>Search a requester</translation>
    </message>
    <message>
        <source>Demandes des patients</source>
        <translation>Patient requests</translation>
    </message>
    <message>
        <source>Aucune demande enregistrée. Notez ici chaque demande dès sa réception : le délai court.</source>
        <translation>No request recorded. Note each request here as soon as it arrives: the deadline is running.</translation>
    </message>
    <message>
        <source>Aucune demande en cours. Cochez « Afficher les demandes closes » pour l&apos;historique.</source>
        <translation>No open request. Tick “Show closed requests” to see the history.</translation>
    </message>
    <message>
        <source>Délai dépassé depuis le %1.</source>
        <translation>Deadline passed since %1.</translation>
    </message>
    <message numerus="yes">
        <source>À traiter au plus tard le %1 (%n jour(s)).</source>
        <translation>
            <numerusform>To handle by %1 at the latest (%n day).</numerusform>
            <numerusform>To handle by %1 at the latest (%n days).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pas de communication avant le %1 (délai de réflexion de 48 heures).</source>
        <translation>Nothing may be sent before %1 (48-hour reflection period).</translation>
    </message>
    <message>
        <source>Prolongation possible jusqu&apos;au %1, à annoncer avant le %2.</source>
        <translation>Can be extended to %1, if announced before %2.</translation>
    </message>
    <message>
        <source>Close le %1 (%2).</source>
        <translation>Closed on %1 (%2).</translation>
    </message>
    <message>
        <source>Réponse donnée après l&apos;échéance légale du %1.</source>
        <translation>Answered after the legal deadline of %1.</translation>
    </message>
    <message>
        <source>Préparer l&apos;accusé de réception pour le demandeur ?</source>
        <translation>Prepare the acknowledgement for the requester?</translation>
    </message>
    <message>
        <source>Prolonger le délai</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>Pourquoi cette demande nécessite-t-elle plus de temps ? Ce motif figurera dans le courrier.</source>
        <translation>Why does this request need more time? This reason will appear in the letter.</translation>
    </message>
    <message>
        <source>Enregistrer le journal des demandes</source>
        <translation>Save the requests log</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Supprimer définitivement cette demande et ses pièces jointes ? Gardez plutôt une trace des demandes traitées : elles prouvent votre diligence.</source>
        <translation>Permanently delete this request and its attachments? Better keep a record of handled requests: they prove your diligence.</translation>
    </message>
</context>
</TS>
