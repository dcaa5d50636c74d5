<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>recovery_sheet</name>
    <message>
        <source>Vigie — code de secours du coffre</source>
        <translation>Vigie — vault recovery code</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Imprimé le</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>Fichier du coffre</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <source>Ce que ce code ouvre</source>
        <translation>What this code opens</translation>
    </message>
    <message>
        <source>Comment vous en servir</source>
        <translation>How to use it</translation>
    </message>
    <message>
        <source>Où le garder</source>
        <translation>Where to keep it</translation>
    </message>
    <message>
        <source>Le coffre chiffré de Vigie de ce cabinet (registre des traitements, auto-évaluation de sécurité, journal des incidents, demandes des patients) quand la phrase de passe est oubliée. Il ouvre aussi les sauvegardes de ce coffre.</source>
        <translation>This practice&apos;s encrypted Vigie vault (record of processing, security self-assessment, incident journal, patients&apos; requests) when the passphrase is forgotten. It also opens this vault&apos;s backups.</translation>
    </message>
    <message>
        <source>À l&apos;ouverture de Vigie, choisissez « J&apos;ai oublié ma phrase de passe : utiliser le code de secours », saisissez ce code, puis choisissez une nouvelle phrase de passe.</source>
        <translation>When Vigie opens, choose “I have forgotten my passphrase: use the recovery code”, type this code, then choose a new passphrase.</translation>
    </message>
    <message>
        <source>Sur ce papier, hors du cabinet ou sous clé, loin de l&apos;ordinateur et de ses sauvegardes.</source>
        <translation>On this sheet, outside the practice or under lock and key, away from the computer and its backups.</translation>
    </message>
    <message>
        <source>Jamais dans un e-mail, un fichier, une photo ou un message, ni collé sur l&apos;écran.</source>
        <translation>Never in an e-mail, a file, a photo or a message, nor stuck on the screen.</translation>
    </message>
    <message>
        <source>Quiconque lit ce code et dispose du fichier du coffre peut lire vos données : s&apos;il a pu être vu ou s&apos;il est perdu, générez-en un nouveau dans Paramètres (l&apos;ancien cesse alors de fonctionner) et détruisez cette feuille.</source>
        <translation>Anyone who reads this code and has the vault file can read your data: if it may have been seen or is lost, generate a new one in Settings (the old one then stops working) and destroy this sheet.</translation>
    </message>
</context>
</TS>
