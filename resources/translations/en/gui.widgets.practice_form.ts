<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>PracticeForm</name>
    <message>
        <source>&amp;Nom du cabinet *</source>
        <translation>Practice &amp;name *</translation>
    </message>
    <message>
        <source>ex. Cabinet du Dr Martin</source>
        <translation>e.g. Dr Martin&apos;s Practice</translation>
    </message>
    <message>
        <source>&amp;Praticien(ne)</source>
        <translation>&amp;Practitioner</translation>
    </message>
    <message>
        <source>ex. Dr Claire Martin</source>
        <translation>e.g. Dr Claire Martin</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>P&amp;rofession *</source>
        <translation>Pro&amp;fession *</translation>
    </message>
    <message>
        <source>N° &amp;RPPS</source>
        <translation>&amp;RPPS no.</translation>
    </message>
    <message>
        <source>11 chiffres</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>N° &amp;ADELI</source>
        <translation>&amp;ADELI no.</translation>
    </message>
    <message>
        <source>9 chiffres, si vous en avez un</source>
        <translation>9 digits, if you have one</translation>
    </message>
    <message>
        <source>&amp;SIRET</source>
        <translation>&amp;SIRET</translation>
    </message>
    <message>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>SIRE&amp;N</source>
        <translation>S&amp;IREN</translation>
    </message>
    <message>
        <source>9 chiffres (déduit du SIRET si vide)</source>
        <translation>9 digits (taken from the SIRET if left blank)</translation>
    </message>
    <message>
        <source>A&amp;dresse</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>Code &amp;postal</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <source>&amp;Ville</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation>Te&amp;lephone</translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Effectif, praticien compris</source>
        <translation>Headcount, practitioner included</translation>
    </message>
    <message>
        <source>E&amp;ffectif (praticien compris)</source>
        <translation>Head&amp;count (practitioner included)</translation>
    </message>
    <message>
        <source>Un délégué à la protection des données (DPO) est désigné</source>
        <translation>A data protection officer (DPO) has been appointed</translation>
    </message>
    <message>
        <source>Nom du &amp;DPO</source>
        <translation>DPO na&amp;me</translation>
    </message>
    <message>
        <source>Contact du DP&amp;O</source>
        <translation>DPO c&amp;ontact</translation>
    </message>
</context>
</TS>
