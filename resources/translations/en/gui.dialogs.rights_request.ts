<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>RequestDialog</name>
    <message>
        <source>Demande d&apos;un patient</source>
        <translation>Patient request</translation>
    </message>
    <message>
        <source>Modifier la demande</source>
        <translation>Edit the request</translation>
    </message>
    <message>
        <source>Adresse où envoyer la réponse</source>
        <translation>Address to send the answer to</translation>
    </message>
    <message>
        <source>Si le demandeur agit pour un patient</source>
        <translation>If the requester acts for a patient</translation>
    </message>
    <message>
        <source>Les informations demandées datent de plus de 5 ans</source>
        <translation>The information requested is more than 5 years old</translation>
    </message>
    <message>
        <source>Identité (et qualité) du demandeur vérifiée</source>
        <translation>Requester&apos;s identity (and standing) checked</translation>
    </message>
    <message>
        <source>ex. copie de la carte d&apos;identité reçue</source>
        <translation>e.g. copy of the identity card received</translation>
    </message>
    <message>
        <source>Ce que la personne demande, sous quelle forme</source>
        <translation>What the person asks for, and in what form</translation>
    </message>
    <message>
        <source>&amp;Type de demande</source>
        <translation>Request &amp;type</translation>
    </message>
    <message>
        <source>De&amp;mandeur</source>
        <translation>Re&amp;quester</translation>
    </message>
    <message>
        <source>&amp;Nom du demandeur *</source>
        <translation>Requester&apos;s &amp;name *</translation>
    </message>
    <message>
        <source>Adr&amp;esse</source>
        <translation>Addr&amp;ess</translation>
    </message>
    <message>
        <source>&amp;Patient concerné</source>
        <translation>&amp;Patient concerned</translation>
    </message>
    <message>
        <source>&amp;Reçue le</source>
        <translation>&amp;Received on</translation>
    </message>
    <message>
        <source>&amp;Justificatif</source>
        <translation>&amp;Proof</translation>
    </message>
    <message>
        <source>&amp;Objet de la demande</source>
        <translation>&amp;What is asked</translation>
    </message>
    <message>
        <source>Pièces jointes (conservées chiffrées dans le coffre)</source>
        <translation>Attachments (kept encrypted in the vault)</translation>
    </message>
    <message>
        <source>&amp;Joindre un fichier…</source>
        <translation>&amp;Attach a file…</translation>
    </message>
    <message>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1 (%2 Ko, ajouté le %3)</source>
        <translation>%1 (%2 KB, added on %3)</translation>
    </message>
    <message>
        <source>Joindre un document</source>
        <translation>Attach a document</translation>
    </message>
    <message>
        <source>Exporter la pièce jointe</source>
        <translation>Export the attachment</translation>
    </message>
</context>
</TS>
