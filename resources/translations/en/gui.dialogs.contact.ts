<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact utile</source>
        <translation>Useful contact</translation>
    </message>
    <message>
        <source>&amp;Rôle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Nom *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>N° de &amp;contrat, de client ou site internet</source>
        <translation>&amp;Contract or customer no. or web site</translation>
    </message>
    <message>
        <source>Re&amp;marques</source>
        <translation>Re&amp;marks</translation>
    </message>
</context>
</TS>
