<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>InvolvedStep</name>
    <message>
        <source>Une donnée personnelle est toute information sur une personne : nom, rendez-vous, dossier médical, facture…</source>
        <translation>Personal data is any information about a person: name, appointment, medical record, invoice…</translation>
    </message>
    <message>
        <source>Des données personnelles sont-elles concernées ?</source>
        <translation>Are personal data involved?</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Je ne sais pas encore</source>
        <translation>I don&apos;t know yet</translation>
    </message>
    <message>
        <source>Qu&apos;est-il arrivé à ces données ? (plusieurs réponses possibles)</source>
        <translation>What happened to these data? (several answers possible)</translation>
    </message>
    <message>
        <source>Elles ont pu être vues ou reçues par quelqu&apos;un qui n&apos;aurait pas dû (vol, envoi au mauvais destinataire, piratage)</source>
        <translation>They may have been seen or received by someone who should not have (theft, wrong recipient, hacking)</translation>
    </message>
    <message>
        <source>Elles ont été modifiées sans autorisation</source>
        <translation>They were altered without authorisation</translation>
    </message>
    <message>
        <source>Elles sont perdues ou inaccessibles, même temporairement (rançongiciel, panne, destruction)</source>
        <translation>They are lost or inaccessible, even temporarily (ransomware, failure, destruction)</translation>
    </message>
    <message>
        <source>Si vous ne savez pas encore, ne cochez rien : Vigie suppose que les données ont pu être vues.</source>
        <translation>If you don&apos;t know yet, tick nothing: Vigie assumes the data may have been seen.</translation>
    </message>
</context>
</TS>
