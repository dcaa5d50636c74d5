<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>problems</name>
    <message>
        <source>le nom du cabinet est obligatoire</source>
        <translation>the practice name is required</translation>
    </message>
    <message>
        <source>choisissez une profession</source>
        <translation>choose a profession</translation>
    </message>
    <message>
        <source>profession inconnue : choisissez-la dans la liste</source>
        <translation>unknown profession: choose it from the list</translation>
    </message>
    <message>
        <source>le n° RPPS compte 11 chiffres</source>
        <translation>the RPPS number has 11 digits</translation>
    </message>
    <message>
        <source>le n° ADELI compte 9 chiffres</source>
        <translation>the ADELI number has 9 digits</translation>
    </message>
    <message>
        <source>le SIRET compte 14 chiffres avec une clé de contrôle valide</source>
        <translation>the SIRET has 14 digits with a valid check digit</translation>
    </message>
    <message>
        <source>le SIREN compte 9 chiffres avec une clé de contrôle valide</source>
        <translation>the SIREN has 9 digits with a valid check digit</translation>
    </message>
    <message>
        <source>le code postal compte 5 chiffres</source>
        <translation>the postcode has 5 digits</translation>
    </message>
    <message>
        <source>le SIREN doit être le début du SIRET</source>
        <translation>the SIREN must be the start of the SIRET</translation>
    </message>
    <message>
        <source>adresse e-mail invalide</source>
        <translation>invalid e-mail address</translation>
    </message>
    <message>
        <source>indiquez le nom du contact</source>
        <translation>give the name of the contact</translation>
    </message>
    <message>
        <source>remplacez les indications entre crochets par votre propre texte avant d&apos;imprimer</source>
        <translation>replace the instructions in square brackets with your own text before printing</translation>
    </message>
    <message>
        <source>indiquez au moins un téléphone, une adresse e-mail ou un site internet</source>
        <translation>give at least a phone number, an e-mail address or a web site</translation>
    </message>
    <message>
        <source>indiquez le nom du délégué à la protection des données</source>
        <translation>enter the name of the data protection officer</translation>
    </message>
    <message>
        <source>donnez un titre court à l&apos;incident (ex. « Vol de l&apos;ordinateur portable »)</source>
        <translation>give the incident a short title (e.g. “Laptop stolen”)</translation>
    </message>
    <message>
        <source>titre trop long (200 caractères au plus)</source>
        <translation>title too long (200 characters at most)</translation>
    </message>
    <message>
        <source>la fin de l&apos;incident précède son début</source>
        <translation>the end of the incident is before its start</translation>
    </message>
    <message>
        <source>un incident toujours en cours n&apos;a pas de date de fin</source>
        <translation>an incident still in progress has no end date</translation>
    </message>
    <message>
        <source>l&apos;incident ne peut pas commencer après la prise de connaissance</source>
        <translation>the incident cannot start after you became aware of it</translation>
    </message>
    <message>
        <source>nom de l&apos;activité de traitement manquant</source>
        <translation>processing activity name missing</translation>
    </message>
    <message>
        <source>le nombre de personnes ne peut pas être négatif</source>
        <translation>the number of people cannot be negative</translation>
    </message>
    <message>
        <source>une durée ne peut pas être négative</source>
        <translation>a duration cannot be negative</translation>
    </message>
    <message>
        <source>choisissez Oui, Partiellement, Non ou Sans objet</source>
        <translation>choose Yes, Partly, No or N/A</translation>
    </message>
    <message>
        <source>indiquez en une ligne pourquoi la question est sans objet</source>
        <translation>say in one line why the question does not apply</translation>
    </message>
    <message>
        <source>donnez un intitulé à l&apos;action</source>
        <translation>give the action a title</translation>
    </message>
    <message>
        <source>échéance invalide</source>
        <translation>invalid due date</translation>
    </message>
    <message>
        <source>le nom de l&apos;activité est obligatoire</source>
        <translation>the activity name is required</translation>
    </message>
</context>
</TS>
