<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>À propos de Vigie</source>
        <translation>About Vigie</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Vigie %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Vigie %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Assistant RGPD pour les professionnels de santé libéraux : registre des traitements, sécurité, violations de données.</source>
        <translation>GDPR assistant for independent health practitioners: record of processing activities, security, data breaches.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rien ne quitte cet ordinateur.&lt;/b&gt; Vigie n&apos;accède jamais au réseau de lui-même : aucun envoi de données, aucune statistique, aucune vérification automatique des mises à jour. Les mises à jour sont installées par vous, quand vous le décidez.</source>
        <translation>&lt;b&gt;Nothing leaves this computer.&lt;/b&gt; Vigie never accesses the network on its own: no data sent, no statistics, no automatic update check. Updates are installed by you, when you decide.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vos données&lt;/b&gt; : le coffre chiffré %1 et ses sauvegardes automatiques dans %2. Ils sont hors du dossier du programme : désinstaller Vigie ne les supprime pas.</source>
        <translation>&lt;b&gt;Your data&lt;/b&gt;: the encrypted vault %1 and its automatic backups in %2. They are outside the program folder: uninstalling Vigie does not delete them.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Composants et licences&lt;/b&gt;&lt;br&gt;Qt et PySide6 : GNU LGPL v3 (bibliothèques fournies en fichiers séparés, remplaçables)&lt;br&gt;SQLCipher : licence de type BSD (Zetetic)&lt;br&gt;ReportLab : licence BSD&lt;br&gt;Python : licence PSF</source>
        <translation>&lt;b&gt;Components and licences&lt;/b&gt;&lt;br&gt;Qt and PySide6: GNU LGPL v3 (libraries shipped as separate, replaceable files)&lt;br&gt;SQLCipher: BSD-style licence (Zetetic)&lt;br&gt;ReportLab: BSD licence&lt;br&gt;Python: PSF licence</translation>
    </message>
</context>
</TS>
