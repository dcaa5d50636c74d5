<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Éditeur du logiciel métier</source>
        <translation>Practice software vendor</translation>
    </message>
    <message>
        <source>Prestataire informatique</source>
        <translation>IT provider</translation>
    </message>
    <message>
        <source>Assureur</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Autre contact</source>
        <translation>Other contact</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>N° de client ou site</source>
        <translation>Customer no. or site</translation>
    </message>
</context>
</TS>
