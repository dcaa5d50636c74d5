<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>⚠ Signaler un incident</source>
        <translation>⚠ Report an incident</translation>
    </message>
    <message>
        <source>Vol, perte, piratage, envoi au mauvais destinataire… (Ctrl+I)</source>
        <translation>Theft, loss, hacking, sent to the wrong recipient… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Fermer le coffre et demander la phrase de passe (Ctrl+L)</source>
        <translation>Close the vault and ask for the passphrase (Ctrl+L)</translation>
    </message>
    <message>
        <source>À propos</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Version, confidentialité, emplacement des données, licences</source>
        <translation>Version, privacy, data location, licences</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Trousseau du système indisponible : la phrase de passe est demandée à chaque ouverture.</source>
        <translation>System keychain unavailable: the passphrase is requested every time Vigie opens.</translation>
    </message>
    <message>
        <source>Coffre chiffré ouvert : %1</source>
        <translation>Encrypted vault open: %1</translation>
    </message>
</context>
</TS>
