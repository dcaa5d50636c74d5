<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>VaultCheckGroup</name>
    <message>
        <source>Intégrité du coffre</source>
        <translation>Vault integrity</translation>
    </message>
    <message>
        <source>Résultat de la vérification d&apos;intégrité</source>
        <translation>Result of the integrity check</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Vérifié le %1.</source>
        <translation>Checked on %1.</translation>
    </message>
    <message>
        <source>Cherche les traces d&apos;une modification faite en dehors de Vigie dans le fichier du coffre, le journal des preuves, chaque enregistrement probant (incidents, auto-évaluations clôturées, demandes de patients) et le fichier de clés. Ne modifie rien.</source>
        <translation>Looks for traces of a change made outside Vigie in the vault file, the evidence journal, every evidential record (incidents, closed self-assessments, patients&apos; requests) and the key file. Changes nothing.</translation>
    </message>
    <message>
        <source>Vérifier l&apos;&amp;intégrité du coffre</source>
        <translation>Check the vault&apos;s integrit&amp;y</translation>
    </message>
    <message numerus="yes">
        <source>Coffre sain : aucune modification faite en dehors de Vigie n&apos;a été décelée. Le fichier est intact, le journal des preuves compte %n entrée(s) et n&apos;a pas été altéré (dernière entrée : %1), chaque enregistrement probant correspond au journal et le fichier de clés est intact.</source>
        <translation>
            <numerusform>Vault sound: no change made outside Vigie was found. The file is intact, the evidence journal holds %n entry and was not altered (latest entry: %1), every evidential record matches the journal and the key file is intact.</numerusform>
            <numerusform>Vault sound: no change made outside Vigie was found. The file is intact, the evidence journal holds %n entries and was not altered (latest entry: %1), every evidential record matches the journal and the key file is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Le coffre n&apos;est pas sain : %n constat(s).</source>
        <translation>
            <numerusform>The vault is not sound: %n finding.</numerusform>
            <numerusform>The vault is not sound: %n findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ne modifiez rien et gardez ce résultat. Restaurez la dernière sauvegarde saine (bouton « Restaurer une sauvegarde… » ci-dessus) ou faites appel à votre prestataire informatique ; en cas de doute sur une modification volontaire, consignez-la comme incident.</source>
        <translation>Change nothing and keep this result. Restore the latest sound backup (the “Restore a backup…” button above) or call your IT provider; if a change may have been deliberate, record it as an incident.</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) constat(s) du même genre.</source>
        <translation>
            <numerusform>… and %n other finding of the same kind.</numerusform>
            <numerusform>… and %n other findings of the same kind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le fichier du coffre est endommagé (panne de disque, copie interrompue ou modification directe) :</source>
        <translation>The vault file is damaged (disk failure, interrupted copy or direct change):</translation>
    </message>
    <message>
        <source>Le fichier de clés, qui permet d&apos;ouvrir le coffre, demande votre attention :</source>
        <translation>The key file, which opens the vault, needs your attention:</translation>
    </message>
    <message>
        <source>Le journal des preuves, qui date et enchaîne chaque modification, a été altéré, raccourci ou ne correspond plus à sa copie de contrôle :</source>
        <translation>The evidence journal, which dates and chains every change, was altered, shortened or no longer matches its control copy:</translation>
    </message>
    <message>
        <source>Des protections qui empêchent de réécrire les preuves ont été retirées de la base :</source>
        <translation>Protections that prevent rewriting the evidence were removed from the database:</translation>
    </message>
    <message>
        <source>Des enregistrements probants ont été modifiés, ajoutés ou supprimés en dehors de Vigie :</source>
        <translation>Evidential records were changed, added or deleted outside Vigie:</translation>
    </message>
</context>
</TS>
