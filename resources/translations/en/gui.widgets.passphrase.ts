<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>PassphraseField</name>
    <message>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Afficher ou masquer la saisie</source>
        <translation>Show or hide what you type</translation>
    </message>
    <message>
        <source>Afficher la saisie</source>
        <translation>Show what you type</translation>
    </message>
    <message>
        <source>Robustesse de la phrase de passe</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Masquer</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Au moins 10 caractères ; une phrase de plusieurs mots est idéale.</source>
        <translation>At least 10 characters; a phrase of several words is ideal.</translation>
    </message>
    <message>
        <source>Robustesse suffisante.</source>
        <translation>Strong enough.</translation>
    </message>
    <message>
        <source>Trop faible : %1</source>
        <translation>Too weak: %1</translation>
    </message>
</context>
</TS>
