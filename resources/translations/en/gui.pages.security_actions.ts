<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActionsTab</name>
    <message>
        <source>Plan d&apos;actions</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Masquer les actions &amp;terminées ou abandonnées</source>
        <translation>Hide &amp;done or dropped actions</translation>
    </message>
    <message>
        <source>Question de l&apos;auto-évaluation liée à l&apos;action</source>
        <translation>Self-assessment question the action relates to</translation>
    </message>
    <message>
        <source>par exemple : 120 € (disque externe)</source>
        <translation>for example: €120 (external disk)</translation>
    </message>
    <message>
        <source>&amp;Enregistrer l&apos;action</source>
        <translation>&amp;Save the action</translation>
    </message>
    <message>
        <source>&amp;Nouvelle action…</source>
        <translation>&amp;New action…</translation>
    </message>
    <message>
        <source>Ajouter au plan une action de votre choix, liée à une question</source>
        <translation>Add an action of your own to the plan, linked to a question</translation>
    </message>
    <message>
        <source>Le plan d&apos;actions rassemble ce qui reste à faire pour sécuriser le cabinet. Les réponses « non » ou « en partie » de l&apos;auto-évaluation le remplissent (bouton « Ajouter les actions proposées au plan » de l&apos;onglet « Score et priorités ») ; vous pouvez aussi ajouter vos propres actions avec « Nouvelle action ».</source>
        <translation>The action plan gathers what remains to be done to secure the practice. The self-assessment&apos;s “no” and “partly” answers fill it (button “Add the suggested actions to the plan” in the “Score and priorities” tab); you can also add actions of your own with “New action”.</translation>
    </message>
    <message>
        <source>&amp;Question liée</source>
        <translation>Related &amp;question</translation>
    </message>
    <message>
        <source>&amp;Intitulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Responsable</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>É&amp;chéance</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <source>&amp;Statut</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>C&amp;oût</source>
        <translation>C&amp;ost</translation>
    </message>
    <message>
        <source>E&amp;ffort</source>
        <translation>E&amp;ffort</translation>
    </message>
    <message>
        <source>Action enregistrée.</source>
        <translation>Action saved.</translation>
    </message>
    <message>
        <source>Commencez d&apos;abord une auto-évaluation : une action y est rattachée.</source>
        <translation>Start a self-assessment first: an action belongs to one.</translation>
    </message>
    <message>
        <source>Action ajoutée au plan.</source>
        <translation>Action added to the plan.</translation>
    </message>
</context>
</TS>
