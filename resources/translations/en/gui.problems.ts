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
        <source>l&apos;effectif compte au moins une personne (le praticien)</source>
        <translation>the headcount is at least one person (the practitioner)</translation>
    </message>
    <message>
        <source>indiquez le nom du délégué à la protection des données</source>
        <translation>enter the name of the data protection officer</translation>
    </message>
    <message>
        <source>titre trop long (200 caractères au plus)</source>
        <translation>title too long (200 characters at most)</translation>
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
        <source>nom du patient manquant</source>
        <translation>patient&apos;s name missing</translation>
    </message>
    <message>
        <source>adresse manquante</source>
        <translation>address missing</translation>
    </message>
    <message>
        <source>ville manquante</source>
        <translation>town missing</translation>
    </message>
    <message>
        <source>code postal invalide (5 chiffres)</source>
        <translation>invalid postcode (5 digits)</translation>
    </message>
    <message>
        <source>colonne du nom absente (« Nom » ou « Last name »)</source>
        <translation>no name column (“Nom” or “Last name”)</translation>
    </message>
    <message>
        <source>fichier vide : une ligne d&apos;en-tête puis un patient par ligne</source>
        <translation>empty file: a header line, then one patient per line</translation>
    </message>
    <message>
        <source>aucun patient : le fichier ne contient que l&apos;en-tête</source>
        <translation>no patient: the file only has its header</translation>
    </message>
    <message>
        <source>encodage illisible : enregistrez le fichier en UTF-8 ou en Windows-1252</source>
        <translation>unreadable encoding: save the file as UTF-8 or Windows-1252</translation>
    </message>
    <message>
        <source>caractère nul : ce n&apos;est pas un fichier CSV</source>
        <translation>null character: this is not a CSV file</translation>
    </message>
    <message>
        <source>le nom de l&apos;activité est obligatoire</source>
        <translation>the activity name is required</translation>
    </message>
    <message>
        <source>manifeste de sauvegarde illisible</source>
        <translation>the backup manifest cannot be read</translation>
    </message>
    <message>
        <source>entre 1 et 365 sauvegardes</source>
        <translation>between 1 and 365 backups</translation>
    </message>
</context>
</TS>
