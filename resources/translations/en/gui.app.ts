<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>app</name>
    <message>
        <source>Sauvegarde restaurée. L&apos;ancien coffre est conservé à côté. Déverrouillez le coffre restauré avec la phrase de passe en vigueur lors de cette sauvegarde.</source>
        <translation>Backup restored. The previous vault is kept alongside it. Unlock the restored vault with the passphrase that was in use when this backup was made.</translation>
    </message>
</context>
</TS>
