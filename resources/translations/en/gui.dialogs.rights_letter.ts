<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>LetterDialog</name>
    <message>
        <source>Courrier au demandeur</source>
        <translation>Letter to the requester</translation>
    </message>
    <message>
        <source>Accusé de réception</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Prolongation du délai</source>
        <translation>Deadline extension</translation>
    </message>
    <message>
        <source>Refus motivé</source>
        <translation>Reasoned refusal</translation>
    </message>
    <message>
        <source>Texte du courrier</source>
        <translation>Letter text</translation>
    </message>
    <message>
        <source>Relisez et complétez le texte proposé : l&apos;en-tête (cabinet, destinataire, date, objet) et la signature sont ajoutés au PDF. Les passages entre crochets sont à remplacer.</source>
        <translation>Read and complete the suggested text: the heading (practice, recipient, date, subject) and the signature are added to the PDF. Replace the passages in square brackets. The letter itself is in French.</translation>
    </message>
    <message>
        <source>&amp;Rétablir le texte proposé</source>
        <translation>&amp;Restore the suggested text</translation>
    </message>
    <message>
        <source>&amp;Enregistrer le PDF…</source>
        <translation>&amp;Save the PDF…</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Modèle</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <source>Courrier enregistré : %1</source>
        <translation>Letter saved: %1</translation>
    </message>
    <message>
        <source>Enregistrer le courrier</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
</TS>
