<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>SecurityPage</name>
    <message>
        <source>&lt;h1&gt;Sécurité : auto-évaluation annuelle&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Security: yearly self-assessment&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Auto-évaluation affichée</source>
        <translation>Self-assessment shown</translation>
    </message>
    <message>
        <source>&amp;Clôturer l&apos;année…</source>
        <translation>&amp;Close the year…</translation>
    </message>
    <message>
        <source>Fige les réponses, datées et scellées par une empreinte, comme preuve</source>
        <translation>Freezes the answers, dated and sealed with a fingerprint, as evidence</translation>
    </message>
    <message>
        <source>&amp;Imprimer le rapport…</source>
        <translation>&amp;Print the report…</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Score et priorités</source>
        <translation>Score and priorities</translation>
    </message>
    <message>
        <source>Plan d&apos;actions</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Profil du cabinet</source>
        <translation>Practice profile</translation>
    </message>
    <message>
        <source>&amp;Ajouter les actions proposées au plan</source>
        <translation>&amp;Add the suggested actions to the plan</translation>
    </message>
    <message>
        <source>Les 5 actions prioritaires</source>
        <translation>Top 5 priority actions</translation>
    </message>
    <message>
        <source>Score par thème (barre grise : auto-évaluation précédente)</source>
        <translation>Score by theme (grey bar: previous self-assessment)</translation>
    </message>
    <message>
        <source>Historique du score global</source>
        <translation>Overall score history</translation>
    </message>
    <message>
        <source>Mesures de sécurité du registre cochées d&apos;après ces réponses</source>
        <translation>Security measures of the record ticked from these answers</translation>
    </message>
    <message>
        <source>Ces réponses décident des questions qui s&apos;appliquent à votre cabinet (par exemple, les questions d&apos;imagerie ne sont posées que si vous avez de l&apos;imagerie).</source>
        <translation>These answers decide which questions apply to your practice (for example, imaging questions are only asked if you have imaging equipment).</translation>
    </message>
    <message>
        <source>&amp;Enregistrer le profil</source>
        <translation>&amp;Save the profile</translation>
    </message>
    <message>
        <source>(en cours)</source>
        <translation>(in progress)</translation>
    </message>
    <message>
        <source>&amp;Commencer une nouvelle auto-évaluation %1</source>
        <translation>&amp;Start a new %1 self-assessment</translation>
    </message>
    <message>
        <source>&amp;Commencer l&apos;auto-évaluation %1</source>
        <translation>&amp;Start the %1 self-assessment</translation>
    </message>
    <message>
        <source>Aucune auto-évaluation pour l&apos;instant : commencez par le profil du cabinet, puis lancez l&apos;auto-évaluation (une vingtaine de minutes).</source>
        <translation>No self-assessment yet: fill in the practice profile first, then start the self-assessment (about twenty minutes).</translation>
    </message>
    <message>
        <source>Clôturée le %1 — lecture seule. Empreinte : %2</source>
        <translation>Closed on %1 — read only. Fingerprint: %2</translation>
    </message>
    <message numerus="yes">
        <source>En cours : %n question(s) sans réponse</source>
        <translation>
            <numerusform>In progress: %n unanswered question</numerusform>
            <numerusform>In progress: %n unanswered questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n réponse(s) à confirmer.</source>
        <translation>
            <numerusform>, %n answer to confirm.</numerusform>
            <numerusform>, %n answers to confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Score global pondéré : %n réponse(s) comptée(s)</source>
        <translation>
            <numerusform>Weighted overall score: %n answer counted</numerusform>
            <numerusform>Weighted overall score: %n answers counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sans objet (exclue(s))</source>
        <translation>
            <numerusform>, %n not applicable (excluded)</numerusform>
            <numerusform>, %n not applicable (excluded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sans réponse.</source>
        <translation>
            <numerusform>, %n unanswered.</numerusform>
            <numerusform>, %n unanswered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) ajoutée(s) au plan.</source>
        <translation>
            <numerusform>%n action added to the plan.</numerusform>
            <numerusform>%n actions added to the plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points par rapport à %2.</source>
        <translation>%1 points compared with %2.</translation>
    </message>
    <message>
        <source>Points rouges (mesures essentielles absentes) :</source>
        <translation>Red flags (essential measures missing):</translation>
    </message>
    <message>
        <source>Aucun point rouge.</source>
        <translation>No red flag.</translation>
    </message>
    <message>
        <source>proposée</source>
        <translation>suggested</translation>
    </message>
    <message>
        <source>au plan</source>
        <translation>in the plan</translation>
    </message>
    <message>
        <source>Rien à faire pour l&apos;instant.</source>
        <translation>Nothing to do for now.</translation>
    </message>
    <message>
        <source>Aucune pour l&apos;instant.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>Auto-évaluation %1 commencée. Les réponses de l&apos;an dernier sont reprises : confirmez-les une à une.</source>
        <translation>%1 self-assessment started. Last year&apos;s answers are carried over: confirm them one by one.</translation>
    </message>
    <message>
        <source>Auto-évaluation %1 commencée. Répondez aux questions ; la touche O répond Oui, N Non, P Partiellement, S Sans objet.</source>
        <translation>%1 self-assessment started. Answer the questions; the Y key answers Yes, N No, P Partly, S N/A.</translation>
    </message>
    <message>
        <source>Profil enregistré.</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <source>Clôturer l&apos;auto-évaluation</source>
        <translation>Close the self-assessment</translation>
    </message>
    <message>
        <source>Une fois clôturée, l&apos;auto-évaluation %1 ne pourra plus être modifiée : elle sera datée et scellée comme preuve. Continuer ?</source>
        <translation>Once closed, the %1 self-assessment can no longer be changed: it will be dated and sealed as evidence. Continue?</translation>
    </message>
    <message>
        <source>Auto-évaluation %1 clôturée et scellée.</source>
        <translation>%1 self-assessment closed and sealed.</translation>
    </message>
    <message>
        <source>auto-evaluation-securite-%1.pdf</source>
        <translation>security-self-assessment-%1.pdf</translation>
    </message>
    <message>
        <source>Enregistrer le rapport</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Rapport enregistré : %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>Préparation du rapport…</source>
        <translation>Preparing the report…</translation>
    </message>
</context>
</TS>
