<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ExposurePage</name>
    <message>
        <source>&lt;h1&gt;Vérifier l&apos;exposition&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Check exposure&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Vigie regarde ce que cet ordinateur propose aux autres appareils du réseau et ce que votre box internet ouvre vers Internet. La vérification ne modifie rien : ni la box, ni le pare-feu, ni vos logiciels.</source>
        <translation>Vigie looks at what this computer offers to the other devices on the network and at what your internet box opens to the Internet. The check changes nothing: not the box, not the firewall, not your software.</translation>
    </message>
    <message>
        <source>Interroger la &amp;box internet (UPnP)</source>
        <translation>Ask the internet &amp;box (UPnP)</translation>
    </message>
    <message>
        <source>&amp;Lancer la vérification</source>
        <translation>&amp;Run the check</translation>
    </message>
    <message>
        <source>&amp;Enregistrer comme preuve</source>
        <translation>&amp;Save as evidence</translation>
    </message>
    <message>
        <source>Conserver ce résultat daté dans le coffre chiffré</source>
        <translation>Keep this dated result in the encrypted vault</translation>
    </message>
    <message>
        <source>Exporter en &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <source>Vérifications enregistrées</source>
        <translation>Saved checks</translation>
    </message>
    <message>
        <source>&amp;Vérifications enregistrées :</source>
        <translation>Sa&amp;ved checks:</translation>
    </message>
    <message>
        <source>Constats de la vérification</source>
        <translation>Findings of the check</translation>
    </message>
    <message>
        <source>Explication et conseil</source>
        <translation>Explanation and advice</translation>
    </message>
    <message>
        <source>Voir dans la section &amp;Sécurité</source>
        <translation>Open the &amp;Security section</translation>
    </message>
    <message>
        <source>Aucune vérification affichée. Cliquez sur « Lancer la vérification ».</source>
        <translation>No check shown yet. Click “Run the check”.</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n critique(s)</source>
        <translation>
            <numerusform>%1 — %n critical</numerusform>
            <numerusform>%1 — %n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n à vérifier</source>
        <translation>
            <numerusform>, %n to check</numerusform>
            <numerusform>, %n to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problème(s) critique(s) : des éléments du cabinet sont, ou peuvent être, accessibles depuis Internet. Corrigez-les en priorité (voir le conseil de chaque ligne), puis relancez la vérification.</source>
        <translation>
            <numerusform>%n critical problem: parts of the practice are, or may be, reachable from the internet. Fix it first (see the advice on its line), then run the check again.</numerusform>
            <numerusform>%n critical problems: parts of the practice are, or may be, reachable from the internet. Fix them first (see the advice on each line), then run the check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rien d&apos;accessible depuis Internet n&apos;a été trouvé, mais %n point(s) à vérifier avec votre prestataire.</source>
        <translation>
            <numerusform>Nothing reachable from the internet was found, but %n point to check with your provider.</numerusform>
            <numerusform>Nothing reachable from the internet was found, but %n points to check with your provider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cette vérification propose %n réponse(s) de l&apos;auto-évaluation %2 (%3) : appliquez-les depuis chaque question de la section Sécurité.</source>
        <translation>
            <numerusform>This check suggests %n answer for the %2 self-assessment (%3): apply it from the question in the Security section.</numerusform>
            <numerusform>This check suggests %n answers for the %2 self-assessment (%3): apply them from each question in the Security section.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vérification enregistrée du %1.</source>
        <translation>Saved check of %1.</translation>
    </message>
    <message>
        <source>Dernière vérification enregistrée, du %1.</source>
        <translation>Last saved check, from %1.</translation>
    </message>
    <message>
        <source>Rien d&apos;accessible depuis Internet n&apos;a été trouvé, et aucun point n&apos;est à vérifier.</source>
        <translation>Nothing reachable from the Internet was found, and nothing needs reviewing.</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>à vérifier</source>
        <translation>to check</translation>
    </message>
    <message>
        <source>Réponses proposées pour la liste de contrôle : </source>
        <translation>Proposed checklist answers: </translation>
    </message>
    <message>
        <source>Vérification du %1 enregistrée comme preuve dans le coffre (n° %2).</source>
        <translation>Check of %1 saved as evidence in the vault (no. %2).</translation>
    </message>
    <message>
        <source>Ce résultat n&apos;est pas encore enregistré dans le coffre.</source>
        <translation>This result is not saved in the vault yet.</translation>
    </message>
    <message>
        <source>Aucune auto-évaluation en cours : commencez-la dans la section Sécurité pour y reporter les réponses proposées par cette vérification.</source>
        <translation>No self-assessment in progress: start it in the Security section to carry over the answers this check proposes.</translation>
    </message>
    <message>
        <source>Cette vérification ne propose aucune réponse pour l&apos;auto-évaluation %1.</source>
        <translation>This check proposes no answer for the %1 self-assessment.</translation>
    </message>
    <message>
        <source>Adresse : %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Port : %1</source>
        <translation>Port: %1</translation>
    </message>
    <message>
        <source>Programme : %1</source>
        <translation>Program: %1</translation>
    </message>
    <message>
        <source>Vérification en cours… (quelques secondes, jusqu&apos;à une minute si la box est lente)</source>
        <translation>Checking… (a few seconds, up to a minute if the box is slow)</translation>
    </message>
    <message>
        <source>Vérification terminée le %1.</source>
        <translation>Check finished on %1.</translation>
    </message>
    <message>
        <source>Exporter le rapport</source>
        <translation>Export the report</translation>
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
        <source>La vérification n&apos;a pas pu aboutir (%1). Rien n&apos;a été modifié ; vous pouvez la relancer.</source>
        <translation>The check could not complete (%1). Nothing was changed; you can run it again.</translation>
    </message>
</context>
</TS>
