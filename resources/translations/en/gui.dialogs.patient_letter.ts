<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>PatientLetterDialog</name>
    <message>
        <source>Lettre d&apos;information des patients</source>
        <translation>Letter informing patients</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Ce qui s&apos;est passé</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Les informations concernées</source>
        <translation>The information concerned</translation>
    </message>
    <message>
        <source>Les conséquences possibles</source>
        <translation>Possible consequences</translation>
    </message>
    <message>
        <source>Ce que nous avons fait</source>
        <translation>What we have done</translation>
    </message>
    <message>
        <source>Ce que nous conseillons</source>
        <translation>What we advise</translation>
    </message>
    <message>
        <source>Pour nous contacter</source>
        <translation>How to contact us</translation>
    </message>
    <message>
        <source>Formule de politesse</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Facultatif : une personne par ligne, « Mme Alice Durand ; 3 place Bellecour, 69002 Lyon ». Vide : modèle de publipostage.</source>
        <translation>Optional: one person per line, &quot;Mme Alice Durand ; 3 place Bellecour, 69002 Lyon&quot;. Empty: a mail-merge template.</translation>
    </message>
    <message>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>&amp;Aperçu…</source>
        <translation>&amp;Preview…</translation>
    </message>
</context>
</TS>
