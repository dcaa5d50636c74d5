<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>dashboard</name>
    <message>
        <source>Par où commencer ?</source>
        <translation>Where to start?</translation>
    </message>
    <message>
        <source>Commencez par votre registre</source>
        <translation>Start with your register</translation>
    </message>
    <message>
        <source>Décrivez vos traitements (dossier patient, rendez-vous, facturation…) : l&apos;affiche des patients et vos réponses en découlent. Imprimez ensuite le kit d&apos;urgence.</source>
        <translation>Describe your processing (patient records, appointments, billing…): the patients&apos; notice and your answers follow from it. Then print the emergency kit.</translation>
    </message>
    <message>
        <source>%1 en retard</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 en cours</source>
        <translation>%1 open</translation>
    </message>
    <message numerus="yes">
        <source>Le délai légal est dépassé : répondez sans attendre. %n demande(s) en cours.</source>
        <translation>
            <numerusform>The legal deadline has passed: answer without delay. %n request open.</numerusform>
            <numerusform>The legal deadline has passed: answer without delay. %n requests open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prochaine échéance le %1 (dans %n jour(s)).</source>
        <translation>
            <numerusform>Next deadline on %1 (in %n day).</numerusform>
            <numerusform>Next deadline on %1 (in %n days).</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune en cours</source>
        <translation>None open</translation>
    </message>
    <message>
        <source>Enregistrez chaque demande dès sa réception : le délai légal court à partir de ce jour.</source>
        <translation>Record each request as soon as it arrives: the legal deadline runs from that day.</translation>
    </message>
    <message>
        <source>Demandes des patients</source>
        <translation>Patients&apos; requests</translation>
    </message>
    <message>
        <source>nom du cabinet</source>
        <translation>practice name</translation>
    </message>
    <message>
        <source>praticien</source>
        <translation>practitioner</translation>
    </message>
    <message>
        <source>SIREN ou SIRET</source>
        <translation>SIREN or SIRET</translation>
    </message>
    <message>
        <source>RPPS ou ADELI</source>
        <translation>RPPS or ADELI</translation>
    </message>
    <message>
        <source>adresse</source>
        <translation>address</translation>
    </message>
    <message>
        <source>code postal</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>ville</source>
        <translation>city</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>Identité du cabinet</source>
        <translation>Practice identity</translation>
    </message>
    <message>
        <source>Complète</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Les identifiants demandés par la CNIL figurent dans le kit d&apos;urgence.</source>
        <translation>The identifiers the CNIL asks for appear in the emergency kit.</translation>
    </message>
    <message numerus="yes">
        <source>%n information(s) manquante(s)</source>
        <translation>
            <numerusform>%n item missing</numerusform>
            <numerusform>%n items missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n traitement(s)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) complète(s) ; complétude moyenne %2&#xa0;%.</source>
        <translation>
            <numerusform>%n complete record; average completeness %2&#xa0;%.</numerusform>
            <numerusform>%n complete records; average completeness %2&#xa0;%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>À compléter : « %1 » (%n élément(s) manquant(s)).</source>
        <translation>
            <numerusform>To complete: “%1” (%n item missing).</numerusform>
            <numerusform>To complete: “%1” (%n items missing).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problème(s) critique(s)</source>
        <translation>
            <numerusform>%n critical problem</numerusform>
            <numerusform>%n critical problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) à surveiller</source>
        <translation>
            <numerusform>%n point to watch</numerusform>
            <numerusform>%n points to watch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) rouge(s).</source>
        <translation>
            <numerusform>%n red flag.</numerusform>
            <numerusform>%n red flags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n autre(s) incident(s) à notifier.</source>
        <translation>
            <numerusform>%n other incident to notify.</numerusform>
            <numerusform>%n other incidents to notify.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ouvert(s)</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>À compléter dans les paramètres : %1.</source>
        <translation>To complete in the settings: %1.</translation>
    </message>
    <message>
        <source>Jamais imprimé</source>
        <translation>Never printed</translation>
    </message>
    <message>
        <source>Imprimez-le et rangez-le près du téléphone : il sert quand l&apos;ordinateur est bloqué.</source>
        <translation>Print it and keep it by the phone: it is what you use when the computer is down.</translation>
    </message>
    <message>
        <source>À réimprimer</source>
        <translation>To reprint</translation>
    </message>
    <message>
        <source>Imprimé le %1, il y a plus d&apos;un an : vérifiez les contacts et réimprimez-le.</source>
        <translation>Printed on %1, more than a year ago: check the contacts and print it again.</translation>
    </message>
    <message>
        <source>Imprimé</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Dernière impression le %1.</source>
        <translation>Last printed on %1.</translation>
    </message>
    <message>
        <source>Kit d&apos;urgence</source>
        <translation>Emergency kit</translation>
    </message>
    <message>
        <source>Affiche de la salle d&apos;attente</source>
        <translation>Waiting-room notice</translation>
    </message>
    <message>
        <source>Votre registre a changé depuis l&apos;impression du %1 : l&apos;affiche n&apos;est plus à jour.</source>
        <translation>Your register has changed since it was printed on %1: the notice is out of date.</translation>
    </message>
    <message>
        <source>Pas encore imprimée</source>
        <translation>Not printed yet</translation>
    </message>
    <message>
        <source>L&apos;information des patients (article 13 du RGPD) doit être affichée au cabinet.</source>
        <translation>Patients&apos; information (GDPR article 13) must be on display at the practice.</translation>
    </message>
    <message>
        <source>Registre</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Certificats HDS des hébergeurs</source>
        <translation>Hosts&apos; HDS certificates</translation>
    </message>
    <message>
        <source>Aucun certificat manquant ni expirant dans les 90 jours.</source>
        <translation>No certificate missing or expiring within 90 days.</translation>
    </message>
    <message>
        <source>À jour</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>%1 à vérifier</source>
        <translation>%1 to check</translation>
    </message>
    <message>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Dernière sauvegarde : %1. Dernière copie hors du PC : %2.</source>
        <translation>Last backup: %1. Last copy off the PC: %2.</translation>
    </message>
    <message>
        <source>Aucune copie hors du PC</source>
        <translation>No copy off the PC</translation>
    </message>
    <message>
        <source>Copie externe à refaire</source>
        <translation>External copy due</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Exposition du réseau</source>
        <translation>Network exposure</translation>
    </message>
    <message>
        <source>Vérifiez ce que votre box et vos postes laissent voir depuis le réseau.</source>
        <translation>Check what your router and computers reveal to the network.</translation>
    </message>
    <message>
        <source>Jamais vérifiée</source>
        <translation>Never checked</translation>
    </message>
    <message>
        <source>Dernière vérification le %1.</source>
        <translation>Last checked on %1.</translation>
    </message>
    <message>
        <source>Rien d&apos;alarmant</source>
        <translation>Nothing alarming</translation>
    </message>
    <message>
        <source>Auto-évaluation de sécurité %1</source>
        <translation>Security self-assessment %1</translation>
    </message>
    <message>
        <source>La liste de contrôle annuelle : postes, box, sauvegardes, messagerie… environ une heure.</source>
        <translation>The annual checklist: computers, router, backups, e-mail… about an hour.</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Score : %1&#xa0;%</source>
        <translation>Score: %1%</translation>
    </message>
    <message>
        <source>Commencée</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>À faire d&apos;abord : %1</source>
        <translation>Do first: %1</translation>
    </message>
    <message>
        <source>(avant le %1)</source>
        <translation>(by %1)</translation>
    </message>
    <message>
        <source>Prochaine revue annuelle avant le %1.</source>
        <translation>Next annual review by %1.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>72 h dépassées de %1 h %2</source>
        <translation>72 h exceeded by %1 h %2</translation>
    </message>
    <message>
        <source>%1 h %2 pour notifier</source>
        <translation>%1 h %2 left to notify</translation>
    </message>
    <message>
        <source>« %1 » : notification à la CNIL avant le %2.</source>
        <translation>“%1”: notify the CNIL before %2.</translation>
    </message>
    <message>
        <source>Terminez l&apos;évaluation et les mesures, puis clôturez l&apos;incident dans le journal.</source>
        <translation>Finish the assessment and the measures, then close the incident in the journal.</translation>
    </message>
    <message>
        <source>Au moindre doute (vol, piratage, erreur d&apos;envoi), utilisez « Signaler un incident ».</source>
        <translation>At the slightest doubt (theft, hacking, misdirected mail), use “Report an incident”.</translation>
    </message>
    <message>
        <source>Aucun en cours</source>
        <translation>None open</translation>
    </message>
</context>
</TS>
