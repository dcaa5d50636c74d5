<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Vigie — déverrouiller le coffre</source>
        <translation>Vigie — unlock the vault</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Déverrouiller le coffre&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Unlock the vault&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Le trousseau du système n&apos;est pas disponible : Vigie ne peut pas se souvenir de vous sur cet ordinateur et demandera la phrase de passe à chaque ouverture.</source>
        <translation>The system keychain is not available: Vigie cannot remember you on this computer and will ask for your passphrase every time it opens.</translation>
    </message>
    <message>
        <source>Message d&apos;erreur</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Restaurer une &amp;sauvegarde…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Se souvenir de moi sur cet ordinateur</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>J&apos;ai oublié ma phrase de passe : utiliser le &amp;code de secours</source>
        <translation>I have forgotten my passphrase: use the &amp;recovery code</translation>
    </message>
    <message>
        <source>&amp;Phrase de passe</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Code de secours</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>&amp;Vérifier le code</source>
        <translation>&amp;Check the code</translation>
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
        <source>&amp;Réinitialiser et ouvrir</source>
        <translation>&amp;Reset and open</translation>
    </message>
    <message>
        <source>&amp;Retour à la phrase de passe</source>
        <translation>&amp;Back to passphrase</translation>
    </message>
    <message>
        <source>Code de &amp;secours</source>
        <translation>Recovery co&amp;de</translation>
    </message>
    <message>
        <source>&amp;Nouvelle phrase de passe</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <source>&amp;Confirmation</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Saisissez votre phrase de passe.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <source>Vérification de la phrase de passe…</source>
        <translation>Checking passphrase…</translation>
    </message>
    <message>
        <source>Les deux saisies de la nouvelle phrase de passe diffèrent.</source>
        <translation>The two entries of the new passphrase do not match.</translation>
    </message>
    <message>
        <source>Vérification du code de secours…</source>
        <translation>Checking recovery code…</translation>
    </message>
    <message>
        <source>Saisissez le code de secours imprimé lors de la création du coffre (majuscules, espaces et tirets indifférents) et vérifiez-le ; choisissez ensuite une nouvelle phrase de passe, jugée avec les mots de votre cabinet (nom, ville, profession), lisibles une fois le coffre ouvert.</source>
        <translation>Type the recovery code printed when the vault was created (capitals, spaces and dashes do not matter) and check it; then choose a new passphrase, judged against your practice&apos;s words (name, town, profession), which can be read once the vault is open.</translation>
    </message>
    <message>
        <source>Saisissez le code de secours.</source>
        <translation>Type the recovery code.</translation>
    </message>
    <message>
        <source>Code de secours accepté : choisissez la nouvelle phrase de passe.</source>
        <translation>Recovery code accepted: choose the new passphrase.</translation>
    </message>
    <message>
        <source>La nouvelle phrase de passe est trop faible : %1</source>
        <translation>The new passphrase is too weak: %1</translation>
    </message>
    <message>
        <source>Enregistrement de la nouvelle phrase de passe…</source>
        <translation>Saving the new passphrase…</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 s.</source>
        <translation>You can try again in %1 s.</translation>
    </message>
    <message>
        <source>Choisir la sauvegarde à restaurer</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Phrase de passe en vigueur lors de cette sauvegarde (ou code de secours) :</source>
        <translation>Passphrase in use when this backup was made (or the recovery code):</translation>
    </message>
    <message>
        <source>Vérification puis restauration de la sauvegarde…</source>
        <translation>Checking, then restoring the backup…</translation>
    </message>
    <message>
        <source>Sauvegarde restaurée (coffre endommagé conservé sous %1). Déverrouillez avec la phrase de passe de cette sauvegarde.</source>
        <translation>Backup restored (the damaged vault is kept as %1). Unlock with the passphrase of that backup.</translation>
    </message>
</context>
</TS>
