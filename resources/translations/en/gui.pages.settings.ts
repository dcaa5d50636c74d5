<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h1&gt;Paramètres&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Settings&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Identité du cabinet</source>
        <translation>Practice details</translation>
    </message>
    <message>
        <source>&amp;Enregistrer l&apos;identité</source>
        <translation>Sa&amp;ve practice details</translation>
    </message>
    <message>
        <source>Identité enregistrée.</source>
        <translation>Practice details saved.</translation>
    </message>
    <message>
        <source>Phrase de passe et accès</source>
        <translation>Passphrase and access</translation>
    </message>
    <message>
        <source>Phrase de passe actuelle</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Nouvelle phrase de passe</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Confirmation de la nouvelle phrase de passe</source>
        <translation>Confirm new passphrase</translation>
    </message>
    <message>
        <source>&amp;Changer la phrase de passe</source>
        <translation>C&amp;hange passphrase</translation>
    </message>
    <message>
        <source>Se souvenir de moi sur cet ordinateur (trousseau du système)</source>
        <translation>Remember me on this computer (system keychain)</translation>
    </message>
    <message>
        <source>Générer un &amp;nouveau code de secours…</source>
        <translation>&amp;Generate a new recovery code…</translation>
    </message>
    <message>
        <source>Phrase de passe &amp;actuelle</source>
        <translation>C&amp;urrent passphrase</translation>
    </message>
    <message>
        <source>&amp;Nouvelle phrase de passe</source>
        <translation>Ne&amp;w passphrase</translation>
    </message>
    <message>
        <source>C&amp;onfirmation</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <source>Le trousseau du système n&apos;est pas disponible sur cet ordinateur.</source>
        <translation>The system keychain is not available on this computer.</translation>
    </message>
    <message>
        <source>Le trousseau du système a refusé l&apos;enregistrement.</source>
        <translation>The system keychain refused to store it.</translation>
    </message>
    <message>
        <source>La nouvelle phrase de passe est trop faible.</source>
        <translation>The new passphrase is too weak.</translation>
    </message>
    <message>
        <source>Les deux saisies diffèrent.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <source>Chiffrement de la clé sous la nouvelle phrase de passe…</source>
        <translation>Encrypting the key with the new passphrase…</translation>
    </message>
    <message>
        <source>Phrase de passe changée. Le code de secours reste valable.</source>
        <translation>Passphrase changed. Your recovery code remains valid.</translation>
    </message>
    <message>
        <source>La phrase de passe actuelle est incorrecte.</source>
        <translation>The current passphrase is incorrect.</translation>
    </message>
    <message>
        <source>Un nouveau code de secours va être affiché. L&apos;ancien reste valable jusqu&apos;à ce que vous ayez retapé le nouveau. Continuer ?</source>
        <translation>A new recovery code will be shown. The old one stays valid until you have typed the new one back. Continue?</translation>
    </message>
    <message>
        <source>Nouveau code de secours confirmé. L&apos;ancien ne fonctionne plus.</source>
        <translation>New recovery code confirmed. The old one no longer works.</translation>
    </message>
    <message>
        <source>Nouveau code abandonné : l&apos;ancien code de secours reste valable.</source>
        <translation>New code dropped: the old recovery code stays valid.</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>&amp;Interface language</translation>
    </message>
    <message>
        <source>La langue sera appliquée au prochain démarrage de Vigie.</source>
        <translation>The language will be applied the next time Vigie starts.</translation>
    </message>
</context>
</TS>
