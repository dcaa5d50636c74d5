<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Clore la demande</source>
        <translation>Close the request</translation>
    </message>
    <message>
        <source>Réponse envoyée ou remise</source>
        <translation>Answer sent or handed over</translation>
    </message>
    <message>
        <source>Refus motivé</source>
        <translation>Reasoned refusal</translation>
    </message>
    <message>
        <source>Demande retirée par le demandeur</source>
        <translation>Request withdrawn by the requester</translation>
    </message>
    <message>
        <source>Ce qui a été communiqué, ou les motifs du refus</source>
        <translation>What was provided, or the reasons for refusing</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Transmise par</source>
        <translation>&amp;Sent by</translation>
    </message>
    <message>
        <source>&amp;Contenu ou motifs</source>
        <translation>&amp;Content or reasons</translation>
    </message>
    <message>
        <source>Remise en main propre</source>
        <translation>Handed over in person</translation>
    </message>
    <message>
        <source>Courrier simple</source>
        <translation>Ordinary post</translation>
    </message>
    <message>
        <source>Lettre recommandée avec accusé de réception</source>
        <translation>Registered letter with acknowledgement of receipt</translation>
    </message>
    <message>
        <source>Messagerie sécurisée de santé</source>
        <translation>Secure health messaging</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Consultation sur place</source>
        <translation>Consultation at the practice</translation>
    </message>
</context>
</TS>
