<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>QuestionnaireTab</name>
    <message>
        <source>Tous les thèmes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>&amp;À traiter seulement</source>
        <translation>&amp;To do only</translation>
    </message>
    <message>
        <source>Questions sans réponse ou réponses de l&apos;an dernier à confirmer</source>
        <translation>Unanswered questions or last year&apos;s answers to confirm</translation>
    </message>
    <message>
        <source>Rechercher une question</source>
        <translation>Search questions</translation>
    </message>
    <message>
        <source>Rechercher…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Questions de l&apos;auto-évaluation</source>
        <translation>Self-assessment questions</translation>
    </message>
    <message>
        <source>&amp;Oui</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;Partiellement</source>
        <translation>&amp;Partly</translation>
    </message>
    <message>
        <source>&amp;Non</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Sans objet</source>
        <translation>N/&amp;A</translation>
    </message>
    <message>
        <source>&amp;Confirmer la réponse de l&apos;an dernier</source>
        <translation>&amp;Confirm last year&apos;s answer</translation>
    </message>
    <message>
        <source>Pourquoi la question est sans objet</source>
        <translation>Why the question does not apply</translation>
    </message>
    <message>
        <source>Pourquoi la question est sans objet (une ligne)</source>
        <translation>Why the question does not apply (one line)</translation>
    </message>
    <message>
        <source>Note sur la réponse</source>
        <translation>Note on the answer</translation>
    </message>
    <message>
        <source>Note : ce qui est en place, ce qui manque, où est la preuve…</source>
        <translation>Note: what is in place, what is missing, where the evidence is…</translation>
    </message>
    <message>
        <source>Enregistrer la &amp;note</source>
        <translation>Save the &amp;note</translation>
    </message>
    <message>
        <source>&amp;Joindre un justificatif…</source>
        <translation>Attach &amp;evidence…</translation>
    </message>
    <message>
        <source>E&amp;xtraire un justificatif…</source>
        <translation>E&amp;xport evidence…</translation>
    </message>
    <message>
        <source>Enregistre une copie déchiffrée du justificatif à l&apos;endroit choisi</source>
        <translation>Saves a decrypted copy of the evidence file where you choose</translation>
    </message>
    <message>
        <source>Appli&amp;quer cette proposition…</source>
        <translation>Appl&amp;y this proposal…</translation>
    </message>
    <message>
        <source>Reprend la réponse proposée, cite la vérification dans la note et joint son rapport PDF comme justificatif</source>
        <translation>Takes the proposed answer, cites the check in the note and attaches its PDF report as evidence</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Comment faire</source>
        <translation>How to do it</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>L&apos;an dernier</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Clavier : O / P / N / S pour répondre, Entrée pour confirmer, puis question suivante.</source>
        <translation>Keyboard: Y (or O) / P / N / S (N/A) to answer, Enter to confirm, then on to the next question.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) traitée(s)</source>
        <translation>
            <numerusform>%n question dealt with</numerusform>
            <numerusform>%n questions dealt with</numerusform>
        </translation>
    </message>
    <message>
        <source> sur %1</source>
        <translation> out of %1</translation>
    </message>
    <message>
        <source>mesure essentielle (poids 3)</source>
        <translation>essential measure (weight 3)</translation>
    </message>
    <message>
        <source>en cause dans les sanctions CNIL de 2020</source>
        <translation>at issue in the 2020 CNIL sanctions</translation>
    </message>
    <message>
        <source>obligation légale</source>
        <translation>legal obligation</translation>
    </message>
    <message>
        <source>à revérifier chaque année</source>
        <translation>re-check every year</translation>
    </message>
    <message>
        <source>Justificatifs : %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>La vérification d&apos;exposition du %1 (n° %2) ne permet pas de répondre : %3</source>
        <translation>The exposure check of %1 (no. %2) cannot answer this: %3</translation>
    </message>
    <message>
        <source>Réponse reprise de la vérification d&apos;exposition du %1 (n° %2), rapport joint : %3</source>
        <translation>Answer taken from the exposure check of %1 (no. %2), report attached: %3</translation>
    </message>
    <message>
        <source>Proposé par la vérification d&apos;exposition du %1 (n° %2) : %3</source>
        <translation>Proposed by the exposure check of %1 (no. %2): %3</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une réponse.</source>
        <translation>Choose an answer first.</translation>
    </message>
    <message>
        <source>Indiquez en une ligne pourquoi la question est sans objet, puis appuyez sur S.</source>
        <translation>Say in one line why the question does not apply, then press S.</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Répondre « %1 » à %2, d&apos;après la vérification d&apos;exposition du %3 ? La note citera la vérification et son rapport PDF sera joint, chiffré, comme justificatif.</source>
        <translation>Answer “%1” to %2, according to the exposure check of %3? The note will cite the check and its PDF report will be attached, encrypted, as evidence.</translation>
    </message>
    <message>
        <source>La réponse actuelle (« %4 ») sera remplacée.</source>
        <translation>The current answer (“%4”) will be replaced.</translation>
    </message>
    <message>
        <source>Appliquer la proposition</source>
        <translation>Apply the proposal</translation>
    </message>
    <message>
        <source>Proposition appliquée : rapport de la vérification n° %1 joint comme justificatif.</source>
        <translation>Proposal applied: report of check no. %1 attached as evidence.</translation>
    </message>
    <message>
        <source>Joindre un justificatif</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>Justificatif chiffré dans le coffre : %1</source>
        <translation>Evidence encrypted in the vault: %1</translation>
    </message>
    <message>
        <source>Extraire un justificatif</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <source>Justificatif</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>Justificatif extrait (empreinte vérifiée) : %1</source>
        <translation>Evidence exported (fingerprint checked): %1</translation>
    </message>
</context>
</TS>
