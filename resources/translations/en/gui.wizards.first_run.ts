<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>FinishPage</name>
    <message>
        <source>Dernier réglage</source>
        <translation>One last setting</translation>
    </message>
    <message>
        <source>Se souvenir de moi sur cet ordinateur (trousseau du système)</source>
        <translation>Remember me on this computer (system keychain)</translation>
    </message>
    <message>
        <source>Si vous cochez cette case, le trousseau sécurisé du système ouvrira le coffre sans phrase de passe tant que votre session est ouverte. À éviter si d&apos;autres personnes utilisent votre session. La phrase de passe et le code de secours restent valables dans tous les cas.</source>
        <translation>If you tick this box, the system&apos;s secure keychain will open the vault without a passphrase while you are logged in to your user account. Avoid this if other people use your account. Your passphrase and recovery code remain valid in all cases.</translation>
    </message>
    <message>
        <source>Le trousseau du système n&apos;est pas disponible sur cet ordinateur : la phrase de passe sera demandée à chaque ouverture.</source>
        <translation>The system keychain is not available on this computer: your passphrase will be requested every time Vigie opens.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Vigie — premier lancement</source>
        <translation>Vigie — first start</translation>
    </message>
    <message>
        <source>&amp;Créer le coffre</source>
        <translation>&amp;Create the vault</translation>
    </message>
    <message>
        <source>Création du coffre chiffré…</source>
        <translation>Creating the encrypted vault…</translation>
    </message>
    <message>
        <source>Quitter le premier lancement</source>
        <translation>Leave the first start</translation>
    </message>
    <message>
        <source>Quitter sans créer le coffre ? L&apos;identité du cabinet et la phrase de passe saisies seront perdues, et il faudra tout ressaisir au prochain lancement.</source>
        <translation>Leave without creating the vault? The practice identity and passphrase you typed will be lost, and you will have to type everything again next time.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Votre cabinet</source>
        <translation>Your practice</translation>
    </message>
    <message>
        <source>Ces informations figurent sur le registre et sur le dossier de notification à la CNIL. Seuls les champs marqués * sont obligatoires ; tout reste modifiable dans les paramètres.</source>
        <translation>This information appears on the record of processing activities and on the CNIL notification file. Only the fields marked * are required; everything can be changed later in Settings.</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Bienvenue dans Vigie</source>
        <translation>Welcome to Vigie</translation>
    </message>
    <message>
        <source>Vigie vous aide à tenir ce que le RGPD demande à un cabinet : le registre des traitements, l&apos;autoévaluation annuelle de la sécurité, le journal des incidents et, en cas de violation de données, la décision de notifier la CNIL sous 72 heures.

Tout est enregistré dans un coffre chiffré sur cet ordinateur, et rien ne quitte cet ordinateur. Ce premier lancement prend trois minutes : l&apos;identité du cabinet, une phrase de passe, puis un code de secours à imprimer.</source>
        <translation>Vigie helps you keep up with what the GDPR requires of a practice: the record of processing activities, the annual security self-assessment, the incident log and, in the event of a personal data breach, the decision whether to notify the CNIL within 72 hours.

Everything is stored in an encrypted vault on this computer, and nothing leaves this computer. This first start takes three minutes: your practice details, a passphrase, then a recovery code to print.</translation>
    </message>
    <message>
        <source>Emplacement du coffre : %1</source>
        <translation>Vault location: %1</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Elle chiffre le coffre. Choisissez plusieurs mots sans lien entre eux, faciles à retenir pour vous seul. Vigie ne peut pas la retrouver : seul le code de secours le permet.</source>
        <translation>It encrypts the vault. Choose several unrelated words that are easy for you alone to remember. Vigie cannot recover it: only the recovery code can.</translation>
    </message>
    <message>
        <source>Confirmation de la phrase de passe</source>
        <translation>Confirm passphrase</translation>
    </message>
    <message>
        <source>&amp;Phrase de passe</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Confirmation</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Les deux saisies diffèrent.</source>
        <translation>The two entries do not match.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Code de secours</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Si vous oubliez votre phrase de passe, ce code est le seul moyen d&apos;ouvrir le coffre. Imprimez-le ou recopiez-le, et rangez-le hors de l&apos;ordinateur (par exemple avec vos papiers professionnels). Il ne sera plus affiché.</source>
        <translation>If you forget your passphrase, this code is the only way to open the vault. Print it or copy it down, and keep it away from the computer (for example with your professional papers). It will not be shown again.</translation>
    </message>
    <message>
        <source>&amp;Imprimer le code…</source>
        <translation>&amp;Print the code…</translation>
    </message>
    <message>
        <source>Co&amp;pier (effacé du presse-papiers après 10 s)</source>
        <translation>Co&amp;py (cleared from the clipboard after 10 s)</translation>
    </message>
    <message>
        <source>J&apos;ai imprimé ou recopié ce code et je le range en lieu sûr</source>
        <translation>I have printed or copied down this code and will keep it somewhere safe</translation>
    </message>
    <message>
        <source>Groupe n° %1 du code</source>
        <translation>Code group %1</translation>
    </message>
    <message>
        <source>Pour vérifier, recopiez ces deux groupes :</source>
        <translation>To check, type in these two groups:</translation>
    </message>
</context>
</TS>
