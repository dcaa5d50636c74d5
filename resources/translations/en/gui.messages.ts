<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>messages</name>
    <message>
        <source>Une erreur est survenue.</source>
        <translation>An error occurred.</translation>
    </message>
    <message>
        <source>Aucun coffre Vigie n&apos;existe à cet emplacement : {path}</source>
        <translation>There is no Vigie vault at this location: {path}</translation>
    </message>
    <message>
        <source>Un coffre Vigie existe déjà à cet emplacement : {path}.</source>
        <translation>A Vigie vault already exists at this location: {path}.</translation>
    </message>
    <message>
        <source>Phrase de passe incorrecte. Si vous l&apos;avez oubliée, ouvrez le coffre avec le code de secours imprimé à sa création (« J&apos;ai oublié ma phrase de passe »).</source>
        <translation>Wrong passphrase. If you have forgotten it, open the vault with the recovery code printed when it was created (“I have forgotten my passphrase”).</translation>
    </message>
    <message>
        <source>Le fichier de clés est endommagé ({slot_label}) : ce n&apos;est pas une erreur de saisie. Ne le modifiez pas ; {advice}</source>
        <translation>The key file is damaged ({slot_label}): this is not a typing mistake. Do not edit it; {advice}</translation>
    </message>
    <message>
        <source>La sauvegarde {backup} est endommagée ou incomplète ({detail}). Le coffre en service n&apos;est pas en cause ; choisissez une autre sauvegarde.</source>
        <translation>The backup {backup} is damaged or incomplete ({detail}). The vault in use is not affected; choose another backup.</translation>
    </message>
    <message>
        <source>Code de secours incorrect.</source>
        <translation>Incorrect recovery code.</translation>
    </message>
    <message>
        <source>Le coffre est endommagé. La clé est correcte : ce n&apos;est pas une erreur de phrase de passe. Ne modifiez pas le fichier et restaurez la dernière sauvegarde saine.</source>
        <translation>The vault is damaged. The key is correct: this is not a passphrase error. Do not modify the file; restore the most recent healthy backup.</translation>
    </message>
    <message>
        <source>Le fichier de clés du coffre est illisible ou altéré : {path}</source>
        <translation>The vault key file is unreadable or corrupted: {path}</translation>
    </message>
    <message>
        <source>Le fichier de clés du coffre est introuvable : {path}. Restaurez-le depuis une sauvegarde.</source>
        <translation>The vault key file cannot be found: {path}. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Ce coffre a été écrit par une version plus récente de Vigie. Mettez Vigie à jour ; le coffre n&apos;a pas été modifié.</source>
        <translation>This vault was written by a newer version of Vigie. Please update Vigie; the vault has not been modified.</translation>
    </message>
    <message>
        <source>Ce coffre est déjà ouvert par une autre fenêtre ou un autre programme Vigie.</source>
        <translation>This vault is already open in another Vigie window or program.</translation>
    </message>
    <message>
        <source>Le coffre est verrouillé. Déverrouillez-le pour continuer.</source>
        <translation>The vault is locked. Unlock it to continue.</translation>
    </message>
    <message>
        <source>La bibliothèque de chiffrement est absente : Vigie refuse d&apos;enregistrer en clair.</source>
        <translation>The encryption library is missing: Vigie will not save anything unencrypted.</translation>
    </message>
    <message>
        <source>Phrase de passe trop faible : {reason}</source>
        <translation>Passphrase too weak: {reason}</translation>
    </message>
    <message>
        <source>Écriture impossible sur le disque ({detail}). Rien de ce qui était enregistré n&apos;a été perdu ; libérez de la place ou choisissez un autre dossier.</source>
        <translation>Unable to write to the disk ({detail}). Nothing that was already saved has been lost; free up some space or choose another folder.</translation>
    </message>
    <message>
        <source>La mise à jour du coffre a échoué. Le coffre est resté dans son état précédent.</source>
        <translation>The vault update failed. The vault has been left in its previous state.</translation>
    </message>
    <message>
        <source>Certaines informations sont invalides :</source>
        <translation>Some information is invalid:</translation>
    </message>
    <message>
        <source>Opération refusée : {reason}</source>
        <translation>Operation refused: {reason}</translation>
    </message>
    <message>
        <source>L&apos;auto-évaluation {year} est clôturée : elle est conservée telle quelle comme preuve et ne peut plus être modifiée.</source>
        <translation>The {year} self-assessment is closed: it is kept unchanged as evidence and can no longer be modified.</translation>
    </message>
    <message>
        <source>Une auto-évaluation est déjà en cours ({year}). Clôturez-la avant d&apos;en commencer une autre.</source>
        <translation>A self-assessment is already in progress ({year}). Close it before starting another one.</translation>
    </message>
    <message>
        <source>Aucune auto-évaluation de sécurité n&apos;existe pour l&apos;année {year}.</source>
        <translation>There is no security self-assessment for {year}.</translation>
    </message>
    <message>
        <source>Le justificatif « {filename} » dépasse la taille maximale de {limit_mb} Mo.</source>
        <translation>The evidence file “{filename}” exceeds the maximum size of {limit_mb} MB.</translation>
    </message>
    <message>
        <source>Le justificatif « {filename} » ne correspond plus à son empreinte enregistrée : il a été altéré.</source>
        <translation>The evidence file “{filename}” no longer matches its recorded fingerprint: it has been altered.</translation>
    </message>
    <message>
        <source>copie du coffre absente</source>
        <translation>the copy of the vault is missing</translation>
    </message>
    <message>
        <source>copie illisible : {technical}</source>
        <translation>the copy cannot be read: {technical}</translation>
    </message>
    <message>
        <source>copie endommagée : {technical}</source>
        <translation>the copy is damaged: {technical}</translation>
    </message>
    <message>
        <source>le nombre d&apos;enregistrements de la copie diffère du manifeste</source>
        <translation>the copy&apos;s record counts differ from its manifest</translation>
    </message>
    <message>
        <source>fichier de clés de la sauvegarde illisible ou absent</source>
        <translation>the backup&apos;s key file is unreadable or missing</translation>
    </message>
    <message>
        <source>fichier de clés de la sauvegarde endommagé</source>
        <translation>the backup&apos;s key file is damaged</translation>
    </message>
    <message>
        <source>le fichier de clés ne correspond pas au manifeste</source>
        <translation>the key file does not match the manifest</translation>
    </message>
    <message>
        <source>tête du journal absente du manifeste</source>
        <translation>the journal head is missing from the manifest</translation>
    </message>
    <message>
        <source>tête du journal du manifeste non authentique</source>
        <translation>the manifest&apos;s journal head is not authentic</translation>
    </message>
    <message>
        <source>entrée n° {seq} du journal manquante</source>
        <translation>journal entry no. {seq} is missing</translation>
    </message>
    <message>
        <source>entrée n° {seq} du journal illisible</source>
        <translation>journal entry no. {seq} cannot be read</translation>
    </message>
    <message>
        <source>entrée n° {seq} du journal modifiée après coup</source>
        <translation>journal entry no. {seq} was changed afterwards</translation>
    </message>
    <message>
        <source>le journal copié s&apos;arrête avant l&apos;entrée n° {claimed} attestée par le manifeste</source>
        <translation>the copied journal stops before entry no. {claimed}, which the manifest attests</translation>
    </message>
    <message>
        <source>l&apos;entrée n° {seq} du journal ne correspond plus au manifeste</source>
        <translation>journal entry no. {seq} no longer matches the manifest</translation>
    </message>
    <message>
        <source>le journal copié finit à l&apos;entrée n° {seq}, le manifeste dit {claimed}</source>
        <translation>the copied journal ends at entry no. {seq}, the manifest says {claimed}</translation>
    </message>
    <message>
        <source>entrée n° {seq} du journal sans authentification (ajoutée hors de Vigie)</source>
        <translation>journal entry no. {seq} has no authentication (added outside Vigie)</translation>
    </message>
    <message>
        <source>entrée n° {seq} du journal modifiée après coup (son authentification ne correspond plus)</source>
        <translation>journal entry no. {seq} was changed afterwards (its authentication no longer matches)</translation>
    </message>
    <message>
        <source>entrée n° {seq} disparue du journal (son authentification subsiste)</source>
        <translation>journal entry no. {seq} is gone (its authentication remains)</translation>
    </message>
    <message>
        <source>l&apos;enregistrement {table} {key} diffère de l&apos;entrée n° {seq} du journal</source>
        <translation>record {table} {key} differs from journal entry no. {seq}</translation>
    </message>
    <message>
        <source>l&apos;enregistrement {table} {key} est absent du journal</source>
        <translation>record {table} {key} is missing from the journal</translation>
    </message>
    <message>
        <source>l&apos;enregistrement {table} {key}, attesté par l&apos;entrée n° {seq} du journal, a disparu</source>
        <translation>record {table} {key}, attested by journal entry no. {seq}, is gone</translation>
    </message>
    <message>
        <source>protection « {key} » supprimée de la base</source>
        <translation>protection &quot;{key}&quot; was removed from the database</translation>
    </message>
    <message>
        <source>contenu non conforme</source>
        <translation>unexpected content</translation>
    </message>
    <message>
        <source>Identité du cabinet introuvable : renseignez-la d&apos;abord.</source>
        <translation>Practice identity not found: fill it in first.</translation>
    </message>
    <message>
        <source>Auto-évaluation n° {number} introuvable.</source>
        <translation>Self-assessment no. {number} not found.</translation>
    </message>
    <message>
        <source>Instantané de l&apos;auto-évaluation n° {number} introuvable.</source>
        <translation>Snapshot of self-assessment no. {number} not found.</translation>
    </message>
    <message>
        <source>Justificatif n° {number} introuvable.</source>
        <translation>Evidence file no. {number} not found.</translation>
    </message>
    <message>
        <source>Action n° {number} introuvable.</source>
        <translation>Action no. {number} not found.</translation>
    </message>
    <message>
        <source>Aucune proposition de la vérification d&apos;exposition n° {number} pour la question {item}.</source>
        <translation>Exposure check no. {number} proposes nothing for question {item}.</translation>
    </message>
    <message>
        <source>Demande n° {number} introuvable.</source>
        <translation>Request no. {number} not found.</translation>
    </message>
    <message>
        <source>Demande introuvable : elle n&apos;a pas encore été enregistrée.</source>
        <translation>Request not found: it has not been saved yet.</translation>
    </message>
    <message>
        <source>Pièce jointe n° {number} introuvable.</source>
        <translation>Attachment no. {number} not found.</translation>
    </message>
    <message>
        <source>Contact n° {number} introuvable.</source>
        <translation>Contact no. {number} not found.</translation>
    </message>
    <message>
        <source>Incident n° {number} introuvable.</source>
        <translation>Incident no. {number} not found.</translation>
    </message>
    <message>
        <source>Étape « {key} » introuvable.</source>
        <translation>Step “{key}” not found.</translation>
    </message>
    <message>
        <source>Vérification d&apos;exposition n° {number} introuvable.</source>
        <translation>Exposure check no. {number} not found.</translation>
    </message>
    <message>
        <source>Aucune vérification d&apos;exposition enregistrée.</source>
        <translation>No exposure check has been saved.</translation>
    </message>
    <message>
        <source>Activité {ref} introuvable.</source>
        <translation>Activity {ref} not found.</translation>
    </message>
    <message>
        <source>Prestataire {ref} introuvable.</source>
        <translation>Provider {ref} not found.</translation>
    </message>
    <message>
        <source>Élément introuvable.</source>
        <translation>Element not found.</translation>
    </message>
    <message numerus="yes">
        <source>Impossible de clôturer : %n question(s) sans réponse</source>
        <translation>
            <numerusform>Cannot close: %n unanswered question</numerusform>
            <numerusform>Cannot close: %n unanswered questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> et %n réponse(s) reprise(s) de l&apos;an dernier à confirmer.</source>
        <translation>
            <numerusform> and %n answer carried over from last year to confirm.</numerusform>
            <numerusform> and %n answers carried over from last year to confirm.</numerusform>
        </translation>
    </message>
    <message>
        <source>emplacement de la phrase de passe</source>
        <translation>passphrase slot</translation>
    </message>
    <message>
        <source>emplacement du code de secours</source>
        <translation>recovery code slot</translation>
    </message>
    <message>
        <source>nouveau code de secours en attente de confirmation</source>
        <translation>new recovery code awaiting confirmation</translation>
    </message>
    <message>
        <source>identifiant du coffre ou valeur de contrôle</source>
        <translation>vault identifier or check value</translation>
    </message>
    <message>
        <source>ouvrez le coffre avec le code de secours, puis choisissez une nouvelle phrase de passe.</source>
        <translation>open the vault with the recovery code, then choose a new passphrase.</translation>
    </message>
    <message>
        <source>ouvrez le coffre avec la phrase de passe, puis générez un nouveau code de secours.</source>
        <translation>open the vault with the passphrase, then generate a new recovery code.</translation>
    </message>
    <message>
        <source>restaurez le fichier de clés depuis une sauvegarde (vigie.vault.keys.json).</source>
        <translation>restore the key file from a backup (vigie.vault.keys.json).</translation>
    </message>
    <message>
        <source>la phrase de passe est vide</source>
        <translation>the passphrase is empty</translation>
    </message>
    <message>
        <source>au moins 10 caractères</source>
        <translation>at least 10 characters</translation>
    </message>
    <message>
        <source>un ou deux mots courants avec des chiffres ne suffisent pas ; ajoutez des mots sans lien entre eux</source>
        <translation>one or two common words with digits are not enough; add unrelated words</translation>
    </message>
    <message>
        <source>trop facile à deviner ; ajoutez des mots sans lien entre eux</source>
        <translation>too easy to guess; add unrelated words</translation>
    </message>
    <message>
        <source>Le coffre est dans un dossier synchronisé (%1). La synchronisation peut copier le fichier pendant une écriture et l&apos;endommager : placez le coffre dans un dossier local et utilisez les sauvegardes de Vigie.</source>
        <translation>The vault is in a synchronised folder (%1). Syncing can copy the file in the middle of a write and damage it: keep the vault in a local folder and use Vigie&apos;s backups.</translation>
    </message>
    <message>
        <source>Le coffre est sur un partage réseau (%1). Ces partages peuvent endommager la base : placez le coffre sur le disque local de l&apos;ordinateur.</source>
        <translation>The vault is on a network share (%1). Such shares can damage the database: keep the vault on the computer&apos;s local disk.</translation>
    </message>
</context>
</TS>
