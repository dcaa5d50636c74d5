<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>BreachWizard</name>
    <message>
        <source>Signaler un incident</source>
        <translation>Report an incident</translation>
    </message>
    <message>
        <source>Incident n° %1 — prise de connaissance enregistrée le %2 (heure de Paris). Le délai de 72 heures court depuis ce moment.</source>
        <translation>Incident no. %1 — awareness recorded on %2 (Paris time). The 72-hour deadline runs from that moment.</translation>
    </message>
    <message>
        <source>&lt; &amp;Retour</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Fermer sans évaluer</source>
        <translation>Close without assessing</translation>
    </message>
    <message>
        <source>L&apos;incident reste au journal avec son heure de prise de connaissance.</source>
        <translation>The incident stays in the log with its awareness time.</translation>
    </message>
    <message>
        <source>ex. Vol de l&apos;ordinateur portable ; courrier envoyé au mauvais patient</source>
        <translation>e.g. Laptop stolen; letter sent to the wrong patient</translation>
    </message>
    <message>
        <source>Ce qui s&apos;est passé, avec vos mots : où, quand, quel appareil ou quel document.</source>
        <translation>What happened, in your own words: where, when, which device or document.</translation>
    </message>
    <message>
        <source>ex. appel d&apos;un patient, écran de rançon au démarrage</source>
        <translation>e.g. a patient&apos;s call, a ransom screen at start-up</translation>
    </message>
    <message>
        <source>Décrivez l&apos;incident simplement ; vous pourrez compléter plus tard.</source>
        <translation>Describe the incident simply; you can add details later.</translation>
    </message>
    <message>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Que s&apos;est-il &amp;passé ?</source>
        <translation>What &amp;happened?</translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation>&amp;Cause</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Comment l&apos;avez-vous &amp;appris ?</source>
        <translation>How did you &amp;learn of it?</translation>
    </message>
    <message>
        <source>Une donnée personnelle est toute information sur une personne : nom, rendez-vous, dossier médical, facture…</source>
        <translation>Personal data is any information about a person: name, appointment, medical record, invoice…</translation>
    </message>
    <message>
        <source>Des données personnelles sont-elles concernées ?</source>
        <translation>Are personal data involved?</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Je ne sais pas encore</source>
        <translation>I don&apos;t know yet</translation>
    </message>
    <message>
        <source>Appareil perdu ou volé (ordinateur, clé USB, téléphone)</source>
        <translation>Device lost or stolen (computer, USB stick, phone)</translation>
    </message>
    <message>
        <source>Dossier papier perdu, volé ou laissé à la vue</source>
        <translation>Paper file lost, stolen or left in view</translation>
    </message>
    <message>
        <source>Courrier perdu ou ouvert par erreur</source>
        <translation>Mail lost or opened by mistake</translation>
    </message>
    <message>
        <source>Piratage, rançongiciel, hameçonnage</source>
        <translation>Hacking, ransomware, phishing</translation>
    </message>
    <message>
        <source>Envoi au mauvais destinataire (courrier, e-mail, messagerie)</source>
        <translation>Sent to the wrong recipient (letter, e-mail, messaging)</translation>
    </message>
    <message>
        <source>Données d&apos;un patient montrées à un autre</source>
        <translation>One patient&apos;s data shown to another</translation>
    </message>
    <message>
        <source>Données accessibles par erreur sur Internet</source>
        <translation>Data reachable from the Internet by mistake</translation>
    </message>
    <message>
        <source>Papiers jetés sans destruction</source>
        <translation>Papers thrown away without shredding</translation>
    </message>
    <message>
        <source>Appareil donné ou jeté sans effacement</source>
        <translation>Device given away or discarded without wiping</translation>
    </message>
    <message>
        <source>Informations divulguées oralement</source>
        <translation>Information disclosed orally</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Une erreur au cabinet</source>
        <translation>A mistake at the practice</translation>
    </message>
    <message>
        <source>Un acte volontaire d&apos;une personne du cabinet</source>
        <translation>A deliberate act by someone at the practice</translation>
    </message>
    <message>
        <source>Un acte malveillant extérieur (vol, attaque)</source>
        <translation>A malicious act from outside (theft, attack)</translation>
    </message>
    <message>
        <source>Un accident extérieur (panne, erreur d&apos;un prestataire)</source>
        <translation>An outside accident (failure, a provider&apos;s mistake)</translation>
    </message>
    <message>
        <source>Identité (nom, date de naissance)</source>
        <translation>Identity (name, date of birth)</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>N° de sécurité sociale</source>
        <translation>Social security number</translation>
    </message>
    <message>
        <source>Données de santé (dossier, résultats, ordonnances)</source>
        <translation>Health data (record, results, prescriptions)</translation>
    </message>
    <message>
        <source>Données bancaires</source>
        <translation>Bank data</translation>
    </message>
    <message>
        <source>Identifiants, mots de passe</source>
        <translation>Logins, passwords</translation>
    </message>
    <message>
        <source>Copies de pièces d&apos;identité</source>
        <translation>Copies of identity documents</translation>
    </message>
    <message>
        <source>Autres données</source>
        <translation>Other data</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Salariés du cabinet</source>
        <translation>Practice employees</translation>
    </message>
    <message>
        <source>Mineurs</source>
        <translation>Minors</translation>
    </message>
    <message>
        <source>Personnes vulnérables</source>
        <translation>Vulnerable persons</translation>
    </message>
    <message>
        <source>Non, les données n&apos;étaient pas chiffrées</source>
        <translation>No, the data were not encrypted</translation>
    </message>
    <message>
        <source>Oui, chiffrées (BitLocker, FileVault…) et le mot de passe n&apos;a pas été pris</source>
        <translation>Yes, encrypted (BitLocker, FileVault…) and the password was not taken</translation>
    </message>
    <message>
        <source>Chiffrées, mais le mot de passe était accessible (noté, collé…)</source>
        <translation>Encrypted, but the password was accessible (written down, stuck on…)</translation>
    </message>
    <message>
        <source>Pseudonymisées (sans nom, avec un code)</source>
        <translation>Pseudonymised (no name, a code instead)</translation>
    </message>
    <message>
        <source>Seulement des mots de passe protégés par empreinte</source>
        <translation>Only passwords protected as hashes</translation>
    </message>
    <message>
        <source>Je ne sais pas : on ne peut pas l&apos;exclure</source>
        <translation>I don&apos;t know: it cannot be ruled out</translation>
    </message>
    <message>
        <source>Non, c&apos;est établi (par ex. journaux d&apos;accès)</source>
        <translation>No, this is established (e.g. access logs)</translation>
    </message>
    <message>
        <source>Oui, une ou quelques personnes identifiées</source>
        <translation>Yes, one or a few identified persons</translation>
    </message>
    <message>
        <source>Oui, des inconnus (publié, copié par un pirate…)</source>
        <translation>Yes, unknown people (published, copied by an attacker…)</translation>
    </message>
    <message>
        <source>Modifiées, sans conséquence</source>
        <translation>Altered, without consequence</translation>
    </message>
    <message>
        <source>Modifiées, puis rétablies</source>
        <translation>Altered, then restored</translation>
    </message>
    <message>
        <source>Modifiées, impossible de les rétablir</source>
        <translation>Altered, cannot be restored</translation>
    </message>
    <message>
        <source>Toujours en cours</source>
        <translation>Still ongoing</translation>
    </message>
    <message>
        <source>Début de l&apos;incident</source>
        <translation>Start of the incident</translation>
    </message>
    <message>
        <source>Fin de l&apos;incident</source>
        <translation>End of the incident</translation>
    </message>
    <message>
        <source>Pas encore connue</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Qu&apos;est-il arrivé à ces données ? (plusieurs réponses possibles)</source>
        <translation>What happened to these data? (several answers possible)</translation>
    </message>
    <message>
        <source>Elles ont pu être vues ou reçues par quelqu&apos;un qui n&apos;aurait pas dû (vol, envoi au mauvais destinataire, piratage)</source>
        <translation>They may have been seen or received by someone who should not have (theft, wrong recipient, hacking)</translation>
    </message>
    <message>
        <source>Elles ont été modifiées sans autorisation</source>
        <translation>They were altered without authorisation</translation>
    </message>
    <message>
        <source>Elles sont perdues ou inaccessibles, même temporairement (rançongiciel, panne, destruction)</source>
        <translation>They are lost or inaccessible, even temporarily (ransomware, failure, destruction)</translation>
    </message>
    <message>
        <source>Si vous ne savez pas encore, ne cochez rien : Vigie suppose que les données ont pu être vues.</source>
        <translation>If you don&apos;t know yet, tick nothing: Vigie assumes the data may have been seen.</translation>
    </message>
    <message>
        <source>Quelles données ?</source>
        <translation>Which data?</translation>
    </message>
    <message>
        <source>Ma spécialité révèle à elle seule l&apos;état de santé (psychiatrie, addictologie, oncologie…)</source>
        <translation>My specialty alone reveals the health condition (psychiatry, addiction care, oncology…)</translation>
    </message>
    <message>
        <source>Quelles personnes ?</source>
        <translation>Which persons?</translation>
    </message>
    <message>
        <source>Nombre inconnu</source>
        <translation>Number unknown</translation>
    </message>
    <message>
        <source>Nombre approximatif de personnes</source>
        <translation>Approximate number of persons</translation>
    </message>
    <message>
        <source>Un traitement par ligne, ex. « Dossier patient », « Facturation »</source>
        <translation>One processing activity per line, e.g. &quot;Patient record&quot;, &quot;Billing&quot;</translation>
    </message>
    <message>
        <source>Traitements du registre concernés</source>
        <translation>Register activities concerned</translation>
    </message>
    <message>
        <source>Protection des données</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>Étaient-elles &amp;chiffrées ?</source>
        <translation>Were they en&amp;crypted?</translation>
    </message>
    <message>
        <source>Qui a pu voir les données ?</source>
        <translation>Who may have seen the data?</translation>
    </message>
    <message>
        <source>Le destinataire est un professionnel tenu au secret (confrère, laboratoire…)</source>
        <translation>The recipient is a professional bound by secrecy (colleague, laboratory…)</translation>
    </message>
    <message>
        <source>Il a confirmé avoir supprimé ou renvoyé les données</source>
        <translation>They confirmed they deleted or returned the data</translation>
    </message>
    <message>
        <source>Quelqu&apos;un a-t-il pu les &amp;voir ?</source>
        <translation>Could anyone have &amp;seen them?</translation>
    </message>
    <message>
        <source>Données perdues ou inaccessibles</source>
        <translation>Data lost or inaccessible</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Inconnue ou jamais</source>
        <translation>Unknown or never</translation>
    </message>
    <message>
        <source>Des soins ont été gênés ou retardés</source>
        <translation>Care was hindered or delayed</translation>
    </message>
    <message>
        <source>Les données sont définitivement perdues</source>
        <translation>The data are permanently lost</translation>
    </message>
    <message>
        <source>Une &amp;sauvegarde utilisable existe-t-elle ?</source>
        <translation>Is there a usable &amp;backup?</translation>
    </message>
    <message>
        <source>Durée pour tout rétablir</source>
        <translation>Time to restore everything</translation>
    </message>
    <message>
        <source>Données modifiées</source>
        <translation>Altered data</translation>
    </message>
    <message>
        <source>&amp;Conséquence</source>
        <translation>&amp;Consequence</translation>
    </message>
    <message>
        <source>Je décide autrement (justification obligatoire, conservée au journal)</source>
        <translation>I decide otherwise (justification required, kept in the log)</translation>
    </message>
    <message>
        <source>Notifier la CNIL</source>
        <translation>Notify the CNIL</translation>
    </message>
    <message>
        <source>Informer les personnes</source>
        <translation>Inform the persons</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>&amp;Justification</translation>
    </message>
    <message>
        <source>Décision prise par</source>
        <translation>Decision taken by</translation>
    </message>
    <message>
        <source>Votre liste d&apos;actions, gardée avec l&apos;incident. Vous la retrouverez dans le journal pour cocher ce qui est fait.</source>
        <translation>Your action list, kept with the incident. You will find it in the log to tick what is done.</translation>
    </message>
    <message>
        <source>1. Que s&apos;est-il passé ?</source>
        <translation>1. What happened?</translation>
    </message>
    <message>
        <source>2. Des données personnelles sont-elles touchées ?</source>
        <translation>2. Are personal data affected?</translation>
    </message>
    <message>
        <source>3. Quelles données, quelles personnes ?</source>
        <translation>3. Which data, which persons?</translation>
    </message>
    <message>
        <source>4. Protections et circonstances</source>
        <translation>4. Protections and circumstances</translation>
    </message>
    <message>
        <source>5. Conclusion</source>
        <translation>5. Conclusion</translation>
    </message>
    <message>
        <source>6. Prochaines étapes</source>
        <translation>6. Next steps</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas une violation de données personnelles : l&apos;incident est simplement consigné au journal.</source>
        <translation>This is not a personal data breach: the incident is simply recorded in the log.</translation>
    </message>
    <message>
        <source>Notifier la CNIL avant le %1 (heure de Paris).</source>
        <translation>Notify the CNIL before %1 (Paris time).</translation>
    </message>
    <message>
        <source>Informer aussi les personnes concernées.</source>
        <translation>Also inform the persons concerned.</translation>
    </message>
    <message>
        <source>Pas d&apos;information individuelle obligatoire des personnes.</source>
        <translation>No mandatory individual information of the persons.</translation>
    </message>
    <message>
        <source>Pas de notification à la CNIL : documenter l&apos;incident au journal.</source>
        <translation>No notification to the CNIL: document the incident in the log.</translation>
    </message>
    <message>
        <source>Informer les personnes concernées.</source>
        <translation>Inform the persons concerned.</translation>
    </message>
    <message>
        <source>risque improbable</source>
        <translation>risk unlikely</translation>
    </message>
    <message>
        <source>risque</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>risque élevé</source>
        <translation>high risk</translation>
    </message>
    <message>
        <source>Niveau : %1</source>
        <translation>Level: %1</translation>
    </message>
    <message>
        <source>Ces réponses encore inconnues changeraient la conclusion :</source>
        <translation>These answers, still unknown, would change the conclusion:</translation>
    </message>
    <message>
        <source>recommandé</source>
        <translation>recommended</translation>
    </message>
    <message>
        <source>à faire</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>avant le %1</source>
        <translation>before %1</translation>
    </message>
    <message>
        <source>Assistant « Signaler un incident »</source>
        <translation>&quot;Report an incident&quot; wizard</translation>
    </message>
</context>
</TS>
