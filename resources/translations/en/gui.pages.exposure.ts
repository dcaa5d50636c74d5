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
        <source>A&amp;nnuler</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Arrêter la vérification en cours (rien n&apos;a été modifié)</source>
        <translation>Stop the check in progress (nothing has been changed)</translation>
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
    <message>
        <source>La liste UPnP de la box a été lue en entier et ne contient rien de critique. Elle ne montre ni les redirections saisies à la main (NAT/PAT) ni la DMZ : vérifiez-les dans la box (ligne « À vérifier à la main »).</source>
        <translation>The box&apos;s UPnP list was read in full and contains nothing critical. It shows neither the forwarding rules typed in by hand (NAT/PAT) nor the DMZ: check them in the box (line &quot;To check by hand&quot;).</translation>
    </message>
    <message>
        <source>La box n&apos;a été lue qu&apos;en partie (%1) : ce qui a été lu ne contient rien de critique, mais d&apos;autres redirections peuvent manquer. Relancez la vérification et contrôlez la box à la main.</source>
        <translation>The box was only partly read (%1): what was read contains nothing critical, but other forwarding rules may be missing. Run the check again and inspect the box by hand.</translation>
    </message>
    <message>
        <source>La box n&apos;a pas été interrogée : seul cet ordinateur a été vérifié. Ce qui est accessible depuis Internet reste inconnu.</source>
        <translation>The box was not asked: only this computer was checked. What can be reached from the Internet remains unknown.</translation>
    </message>
    <message>
        <source>La box n&apos;a pas pu être vérifiée (%1) : Vigie ne peut rien dire de ce qui est accessible depuis Internet. Vérifiez la box à la main (ligne « Box non vérifiée »).</source>
        <translation>The box could not be checked (%1): Vigie cannot say anything about what can be reached from the Internet. Check the box by hand (line &quot;Box not checked&quot;).</translation>
    </message>
    <message>
        <source>la box n&apos;a pas été interrogée</source>
        <translation>the box was not asked</translation>
    </message>
    <message>
        <source>aucune box n&apos;a répondu à la recherche UPnP</source>
        <translation>no box answered the UPnP search</translation>
    </message>
    <message>
        <source>la recherche de la box n&apos;a pas pu être envoyée</source>
        <translation>the search for the box could not be sent</translation>
    </message>
    <message>
        <source>une réponse de la box était illisible</source>
        <translation>an answer from the box could not be read</translation>
    </message>
    <message>
        <source>la box n&apos;a pas pu être jointe à son adresse</source>
        <translation>the box could not be reached at its address</translation>
    </message>
    <message>
        <source>la box a refusé de donner sa liste</source>
        <translation>the box refused to give its list</translation>
    </message>
    <message>
        <source>l&apos;appareil qui a répondu ne propose pas de service de connexion Internet</source>
        <translation>the device that answered offers no Internet connection service</translation>
    </message>
    <message>
        <source>la limite du nombre de règles lues a été atteinte</source>
        <translation>the limit on the number of rules read was reached</translation>
    </message>
    <message>
        <source>la box a renvoyé une erreur au milieu de la liste</source>
        <translation>the box returned an error in the middle of the list</translation>
    </message>
    <message>
        <source>le temps imparti s&apos;est écoulé</source>
        <translation>the time allowed ran out</translation>
    </message>
    <message>
        <source>vérification annulée</source>
        <translation>check cancelled</translation>
    </message>
    <message>
        <source>raison non précisée</source>
        <translation>reason not given</translation>
    </message>
    <message>
        <source>box</source>
        <translation>box</translation>
    </message>
    <message numerus="yes">
        <source>Box : %1, liste UPnP lue en entier (%n redirection(s)).</source>
        <translation>
            <numerusform>Box: %1, UPnP list read in full (%n forwarding rule).</numerusform>
            <numerusform>Box: %1, UPnP list read in full (%n forwarding rules).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Box : %1, liste incomplète — %n redirection(s) lue(s) ; %2.</source>
        <translation>
            <numerusform>Box: %1, incomplete list — %n forwarding rule read; %2.</numerusform>
            <numerusform>Box: %1, incomplete list — %n forwarding rules read; %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Box : non vérifiée — %1.</source>
        <translation>Box: not checked — %1.</translation>
    </message>
    <message>
        <source>Vérification en cours… (quelques secondes, 30 secondes au plus si la box est lente)</source>
        <translation>Check in progress… (a few seconds, 30 seconds at most if the box is slow)</translation>
    </message>
    <message>
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Vérification annulée le %1 : le résultat est incomplet.</source>
        <translation>Check cancelled on %1: the result is incomplete.</translation>
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
        <source>Port côté Internet : %1</source>
        <translation>Internet-side port: %1</translation>
    </message>
    <message>
        <source>Règle : %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>Réservée à : %1</source>
        <translation>Restricted to: %1</translation>
    </message>
    <message>
        <source>Programme : %1</source>
        <translation>Program: %1</translation>
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
