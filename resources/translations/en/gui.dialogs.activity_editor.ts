<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Fiche de traitement %1</source>
        <translation>Processing record %1</translation>
    </message>
    <message>
        <source>Nouvelle fiche de traitement</source>
        <translation>New processing record</translation>
    </message>
    <message>
        <source>1. Identification</source>
        <translation>1. Identification</translation>
    </message>
    <message>
        <source>2. Finalités et base légale</source>
        <translation>2. Purposes and legal basis</translation>
    </message>
    <message>
        <source>3. Personnes</source>
        <translation>3. Persons</translation>
    </message>
    <message>
        <source>4. Données</source>
        <translation>4. Data</translation>
    </message>
    <message>
        <source>5. Destinataires</source>
        <translation>5. Recipients</translation>
    </message>
    <message>
        <source>6. Conservation</source>
        <translation>6. Retention</translation>
    </message>
    <message>
        <source>7. Sécurité</source>
        <translation>7. Security</translation>
    </message>
    <message>
        <source>8. AIPD et information</source>
        <translation>8. DPIA and information</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Création / mise à jour</source>
        <translation>Created / updated</translation>
    </message>
    <message>
        <source>&amp;Nom de l&apos;activité</source>
        <translation>&amp;Name of the activity</translation>
    </message>
    <message>
        <source>&amp;Logiciel ou application utilisé</source>
        <translation>&amp;Software or application used</translation>
    </message>
    <message>
        <source>Responsable &amp;conjoint (s&apos;il existe)</source>
        <translation>&amp;Joint controller (if any)</translation>
    </message>
    <message>
        <source>É&amp;tat de la fiche</source>
        <translation>Record s&amp;tatus</translation>
    </message>
    <message>
        <source>— à choisir —</source>
        <translation>— to be chosen —</translation>
    </message>
    <message>
        <source>— sans objet —</source>
        <translation>— not applicable —</translation>
    </message>
    <message>
        <source>&amp;Finalités (une par ligne)</source>
        <translation>&amp;Purposes (one per line)</translation>
    </message>
    <message>
        <source>&amp;Base légale (article 6)</source>
        <translation>Legal &amp;basis (article 6)</translation>
    </message>
    <message>
        <source>&amp;Justification de la base légale</source>
        <translation>&amp;Justification of the legal basis</translation>
    </message>
    <message>
        <source>Condition de l&apos;article &amp;9.2 (données sensibles)</source>
        <translation>Article &amp;9(2) condition (sensitive data)</translation>
    </message>
    <message>
        <source>Précisions sur la condition de l&apos;article 9</source>
        <translation>Details of the article 9 condition</translation>
    </message>
    <message>
        <source>Catégories de personnes concernées :</source>
        <translation>Categories of data subjects:</translation>
    </message>
    <message>
        <source>Catégories de données collectées :</source>
        <translation>Categories of data collected:</translation>
    </message>
    <message>
        <source>Données sensibles :</source>
        <translation>Sensitive data:</translation>
    </message>
    <message>
        <source>&amp;Source des données :</source>
        <translation>&amp;Source of the data:</translation>
    </message>
    <message>
        <source>Sous-traitants intervenant dans cette activité</source>
        <translation>Processors involved in this activity</translation>
    </message>
    <message>
        <source>Des données sont &amp;transférées hors de l&apos;Union européenne</source>
        <translation>Data are &amp;transferred outside the European Union</translation>
    </message>
    <message>
        <source>Destinataires &amp;internes (un par ligne)</source>
        <translation>&amp;Internal recipients (one per line)</translation>
    </message>
    <message>
        <source>&amp;Organismes externes (un par ligne)</source>
        <translation>External &amp;bodies (one per line)</translation>
    </message>
    <message>
        <source>S&amp;ous-traitants (cochez)</source>
        <translation>Pr&amp;ocessors (tick)</translation>
    </message>
    <message>
        <source>Pays et garanties</source>
        <translation>Countries and safeguards</translation>
    </message>
    <message>
        <source>Lecture de l&apos;auto-évaluation de sécurité…</source>
        <translation>Reading the security self-assessment…</translation>
    </message>
    <message>
        <source>&amp;Pré-cocher depuis l&apos;auto-évaluation</source>
        <translation>&amp;Pre-tick from the self-assessment</translation>
    </message>
    <message>
        <source>Coche les mesures que vos réponses à l&apos;auto-évaluation de sécurité confirment ; les autres cases restent telles quelles</source>
        <translation>Ticks the measures your answers to the security self-assessment confirm; the other boxes stay as they are</translation>
    </message>
    <message>
        <source>Vos précisions (facultatif) : cochez une mesure pour décrire comment elle est faite pour cette activité. Le registre imprimé ne la donne comme en place que si l&apos;auto-évaluation le confirme.</source>
        <translation>Your details (optional): tick a measure to describe how it is done for this activity. The printed register states it as in place only if the self-assessment confirms it.</translation>
    </message>
    <message>
        <source>En place d&apos;après l&apos;auto-évaluation</source>
        <translation>In place according to the self-assessment</translation>
    </message>
    <message>
        <source>Cochées par vous, pas encore vérifiées par l&apos;auto-évaluation</source>
        <translation>Ticked by you, not yet checked by the self-assessment</translation>
    </message>
    <message>
        <source>Pré-cochées par un modèle d&apos;une version précédente de Vigie, jamais confirmées : le registre les donne à confirmer (répondez aux questions, ou décochez-les)</source>
        <translation>Pre-ticked by a template of an earlier Vigie version, never confirmed: the register lists them as to be confirmed (answer the questions, or untick them)</translation>
    </message>
    <message>
        <source>À mettre en place (ou à confirmer dans Sécurité › Auto-évaluation)</source>
        <translation>To be put in place (or confirmed in Security › Self-assessment)</translation>
    </message>
    <message>
        <source>Aucune auto-évaluation de sécurité pour l&apos;instant : le registre ne donne aucune mesure comme en place. Répondez aux questions dans Sécurité › Auto-évaluation.</source>
        <translation>No security self-assessment yet: the register states no measure as in place. Answer the questions in Security › Self-assessment.</translation>
    </message>
    <message>
        <source>%1 (en cours)</source>
        <translation>%1 (in progress)</translation>
    </message>
    <message>
        <source>Le registre imprimé reprend l&apos;auto-évaluation de sécurité %1 ; entre parenthèses, les questions qui décident de chaque mesure.</source>
        <translation>The printed register follows the %1 security self-assessment; in brackets, the questions that decide each measure.</translation>
    </message>
    <message>
        <source>Aucune auto-évaluation de sécurité pour l&apos;instant : rien n&apos;a été coché.</source>
        <translation>No security self-assessment yet: nothing was ticked.</translation>
    </message>
    <message>
        <source>l&apos;auto-évaluation %1</source>
        <translation>the %1 self-assessment</translation>
    </message>
    <message>
        <source>l&apos;auto-évaluation %1 (en cours)</source>
        <translation>the %1 self-assessment (in progress)</translation>
    </message>
    <message>
        <source>Cochées d&apos;après %1 : %2.</source>
        <translation>Ticked according to %1: %2.</translation>
    </message>
    <message>
        <source>%1 ne confirme aucune mesure pour l&apos;instant : rien n&apos;a été coché.</source>
        <translation>%1 confirms no measure yet: nothing was ticked.</translation>
    </message>
    <message>
        <source>Non confirmées par l&apos;auto-évaluation, laissées telles quelles : %1.</source>
        <translation>Not confirmed by the self-assessment, left as they were: %1.</translation>
    </message>
    <message>
        <source>Enregistrez la fiche pour conserver ces cases.</source>
        <translation>Save the record to keep these boxes.</translation>
    </message>
    <message>
        <source>— non renseigné —</source>
        <translation>— not answered —</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>&amp;Analyse d&apos;impact (AIPD) nécessaire ?</source>
        <translation>Data protection impact &amp;assessment (DPIA) needed?</translation>
    </message>
    <message>
        <source>&amp;Raison</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Information des personnes</source>
        <translation>&amp;Information of data subjects</translation>
    </message>
    <message>
        <source>attribuée à l&apos;enregistrement</source>
        <translation>assigned when saved</translation>
    </message>
    <message>
        <source>À compléter : %1</source>
        <translation>To complete: %1</translation>
    </message>
    <message>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Fiche complète : vous pouvez la passer à l&apos;état « Complète ».</source>
        <translation>Record complete: you can set its status to “Complete”.</translation>
    </message>
</context>
</TS>
