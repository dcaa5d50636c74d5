<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>BackupsGroup</name>
    <message>
        <source>Sauvegardes et verrouillage</source>
        <translation>Backups and locking</translation>
    </message>
    <message>
        <source>&amp;Sauvegarder vers…</source>
        <translation>&amp;Back up to…</translation>
    </message>
    <message>
        <source>Copie chiffrée et vérifiée, par exemple sur une clé USB</source>
        <translation>An encrypted, verified copy, for example on a USB stick</translation>
    </message>
    <message>
        <source>&amp;Tester une restauration…</source>
        <translation>&amp;Test a restore…</translation>
    </message>
    <message>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Nombre de sauvegardes automatiques conservées</source>
        <translation>Number of automatic backups kept</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Verrouillage automatique après inactivité, en minutes</source>
        <translation>Automatic lock after inactivity, in minutes</translation>
    </message>
    <message>
        <source>Dernière sauvegarde</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Dernière sauvegarde externe</source>
        <translation>Last external backup</translation>
    </message>
    <message>
        <source>Dernier test de restauration</source>
        <translation>Last restore test</translation>
    </message>
    <message>
        <source>Sauvegardes automatiques &amp;conservées</source>
        <translation>Automatic backups &amp;kept</translation>
    </message>
    <message>
        <source>&amp;Verrouiller après inactivité de</source>
        <translation>&amp;Lock after inactivity of</translation>
    </message>
    <message>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <source>faites une première copie sur un support externe (clé USB, disque) : elle protège du vol ou de la panne de l&apos;ordinateur.</source>
        <translation>make a first copy on an external medium (USB stick, disk): it protects against theft or failure of the computer.</translation>
    </message>
    <message>
        <source>plus de 30 jours : faites une sauvegarde sur un support externe.</source>
        <translation>more than 30 days ago: make a backup on an external drive.</translation>
    </message>
    <message>
        <source>Dossier de la sauvegarde (clé USB, disque externe…)</source>
        <translation>Backup folder (USB stick, external drive…)</translation>
    </message>
    <message>
        <source>Sauvegarde et vérification en cours…</source>
        <translation>Backing up and verifying…</translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée : %1</source>
        <translation>Verified backup: %1</translation>
    </message>
    <message>
        <source>Phrase de passe en vigueur lors de cette sauvegarde (ou code de secours) :</source>
        <translation>Passphrase in use when this backup was made (or the recovery code):</translation>
    </message>
    <message>
        <source>Tester une restauration</source>
        <translation>Test a restore</translation>
    </message>
    <message>
        <source>Test réussi : la sauvegarde se restaure entièrement.</source>
        <translation>Test passed: the backup restores completely.</translation>
    </message>
    <message>
        <source>Restauration d&apos;essai dans un dossier temporaire…</source>
        <translation>Trial restore into a temporary folder…</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Le coffre actuel sera mis de côté (rien n&apos;est effacé) et remplacé par cette sauvegarde. Continuer ?</source>
        <translation>The current vault will be set aside (nothing is deleted) and replaced by this backup. Continue?</translation>
    </message>
</context>
</TS>
