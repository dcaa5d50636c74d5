<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AwarenessDialog</name>
    <message>
        <source>Corriger la prise de connaissance</source>
        <translation>Correct the awareness time</translation>
    </message>
    <message>
        <source>Le moment où vous avez eu une certitude raisonnable qu&apos;un incident touchait des données personnelles. Le délai de 72 heures est recalculé.</source>
        <translation>The moment you became reasonably certain that an incident affected personal data. The 72-hour deadline is recalculated.</translation>
    </message>
    <message>
        <source>&amp;Date et heure (Paris)</source>
        <translation>&amp;Date and time (Paris)</translation>
    </message>
    <message>
        <source>&amp;Motif de la correction</source>
        <translation>&amp;Reason for the correction</translation>
    </message>
</context>
</TS>
