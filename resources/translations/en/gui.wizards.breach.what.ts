<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>WhatStep</name>
    <message>
        <source>Décrivez l&apos;incident simplement ; vous pourrez compléter plus tard.</source>
        <translation>Describe the incident simply; you can add details later.</translation>
    </message>
    <message>
        <source>ex. Vol de l&apos;ordinateur portable ; courrier envoyé au mauvais patient</source>
        <translation>e.g. Laptop stolen; letter sent to the wrong patient</translation>
    </message>
    <message>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Que s&apos;est-il &amp;passé ?</source>
        <translation>What &amp;happened?</translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation>&amp;Cause</translation>
    </message>
    <message>
        <source>Je ne sais pas encore (déduit de la cause)</source>
        <translation>Not known yet (taken from the cause)</translation>
    </message>
    <message>
        <source>Oui : vol, piratage, rançongiciel, acte volontaire</source>
        <translation>Yes: theft, hacking, ransomware, a deliberate act</translation>
    </message>
    <message>
        <source>Non : une erreur ou un accident</source>
        <translation>No: a mistake or an accident</translation>
    </message>
    <message>
        <source>Est-ce une &amp;attaque ?</source>
        <translation>Is it an &amp;attack?</translation>
    </message>
    <message>
        <source>Une attaque fait craindre que les données aient été copiées, même si vous ne voyez qu&apos;une panne : Vigie en tient compte.</source>
        <translation>An attack may have copied the data even if all you see is an outage: Vigie takes it into account.</translation>
    </message>
    <message>
        <source>Où étaient les &amp;données ?</source>
        <translation>Where were the &amp;data?</translation>
    </message>
    <message>
        <source>C&apos;est la CNIL elle-même qui a découvert la violation et nous l&apos;a signalée</source>
        <translation>The CNIL itself discovered the breach and told us</translation>
    </message>
    <message>
        <source>Dans ce seul cas, pas de notification à faire (Conseil d&apos;État, 22 juillet 2022, n° 449694) : répondez à la CNIL. Appris par un patient, un journaliste ou un prestataire, ne cochez pas.</source>
        <translation>Only in that case is there no notification to make (Conseil d&apos;État, 22 July 2022, no. 449694): answer the CNIL. Learned from a patient, a journalist or a provider: do not tick.</translation>
    </message>
    <message>
        <source>Ce qui s&apos;est passé, avec vos mots : où, quand, quel appareil ou quel document.</source>
        <translation>What happened, in your own words: where, when, which device or document.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
</context>
</TS>
