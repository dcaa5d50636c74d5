<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>RegisterPage</name>
    <message>
        <source>Registre des activités de traitement</source>
        <translation>Record of processing activities</translation>
    </message>
    <message>
        <source>Votre registre est vide. Vigie propose les activités habituelles de votre profession, déjà rédigées : il vous reste à cocher celles qui vous concernent puis à les compléter.</source>
        <translation>Your register is empty. Vigie offers the usual activities of your profession, already written: tick those that apply to you, then complete them.</translation>
    </message>
    <message>
        <source>&amp;Choisir les activités de mon cabinet…</source>
        <translation>C&amp;hoose my practice&apos;s activities…</translation>
    </message>
    <message>
        <source>&amp;Nouvelle fiche</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Valider la fiche</source>
        <translation>&amp;Mark complete</translation>
    </message>
    <message>
        <source>Passer la fiche sélectionnée à l&apos;état « Complète »</source>
        <translation>Set the selected record to “Complete”</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Activités &amp;types…</source>
        <translation>&amp;Typical activities…</translation>
    </message>
    <message>
        <source>Imprimer (&amp;PDF)…</source>
        <translation>Print (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Exporter &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <source>Exporter &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Filtrer (nom, base légale, statut…)</source>
        <translation>Filter (name, legal basis, status…)</translation>
    </message>
    <message>
        <source>Filtrer les activités</source>
        <translation>Filter the activities</translation>
    </message>
    <message>
        <source>Activités de traitement</source>
        <translation>Processing activities</translation>
    </message>
    <message numerus="yes">
        <source>%n activité(s)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, dont %n fiche(s) complète(s).</source>
        <translation>
            <numerusform>, of which %n record is complete.</numerusform>
            <numerusform>, of which %n records are complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activité(s) ajoutée(s) au registre. Complétez-les puis passez-les à l&apos;état « Complète ».</source>
        <translation>
            <numerusform>%n activity added to the register. Complete it, then set it to “Complete”.</numerusform>
            <numerusform>%n activities added to the register. Complete them, then set them to “Complete”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registre importé : %n activité(s)</source>
        <translation>
            <numerusform>Register imported: %n activity</numerusform>
            <numerusform>Register imported: %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n prestataire(s).</source>
        <translation>
            <numerusform>, %n provider.</numerusform>
            <numerusform>, %n providers.</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 : %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>Fiche %1 validée.</source>
        <translation>Record %1 marked complete.</translation>
    </message>
    <message>
        <source>Supprimer la fiche</source>
        <translation>Delete the record</translation>
    </message>
    <message>
        <source>Supprimer définitivement la fiche %1 « %2 » ?</source>
        <translation>Permanently delete record %1 “%2”?</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Fichier JSON (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Tableur CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Exporter le registre</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>Registre exporté : %1</source>
        <translation>Register exported: %1</translation>
    </message>
    <message>
        <source>Importer un registre</source>
        <translation>Import a register</translation>
    </message>
    <message>
        <source>Registre Vigie (*.json)</source>
        <translation>Vigie register (*.json)</translation>
    </message>
    <message>
        <source>Remplacer le registre</source>
        <translation>Replace the register</translation>
    </message>
    <message>
        <source>Le registre actuel (activités et prestataires) sera remplacé par le contenu du fichier. Continuer ?</source>
        <translation>The current register (activities and providers) will be replaced by the content of the file. Continue?</translation>
    </message>
    <message>
        <source>Fichier refusé, rien n&apos;a été modifié :</source>
        <translation>File refused, nothing was changed:</translation>
    </message>
</context>
</TS>
