<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>PatientLetterDialog</name>
    <message>
        <source>Communication publique (art. 34(3)(c) RGPD)</source>
        <translation>Public communication (GDPR art. 34(3)(c))</translation>
    </message>
    <message>
        <source>Lettre d&apos;information des patients</source>
        <translation>Letter informing patients</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Ce qui s&apos;est passé</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Les informations concernées</source>
        <translation>The information concerned</translation>
    </message>
    <message>
        <source>Les conséquences possibles</source>
        <translation>Possible consequences</translation>
    </message>
    <message>
        <source>Ce que nous avons fait et allons faire</source>
        <translation>What we have done and will do</translation>
    </message>
    <message>
        <source>Ce que le patient peut faire</source>
        <translation>What the patient can do</translation>
    </message>
    <message>
        <source>Pour nous contacter, droit de réclamation</source>
        <translation>Contact, right to complain</translation>
    </message>
    <message>
        <source>Langue du document</source>
        <translation>Document language</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Patients (fichier CSV)…</source>
        <translation>&amp;Patients (CSV file)…</translation>
    </message>
    <message>
        <source>&amp;Enregistrer l&apos;avis et le texte du site…</source>
        <translation>&amp;Save the notice and the website text…</translation>
    </message>
    <message>
        <source>&amp;Imprimer les lettres…</source>
        <translation>&amp;Print the letters…</translation>
    </message>
    <message>
        <source>Fichier des patients</source>
        <translation>Patient file</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Fichier refusé, aucune lettre ne sera faite :</source>
        <translation>File refused, no letter will be made:</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) à informer</source>
        <translation>
            <numerusform>%n patient to inform</numerusform>
            <numerusform>%n patients to inform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avec une adresse e-mail</source>
        <translation>
            <numerusform>%n with an e-mail address</numerusform>
            <numerusform>%n with an e-mail address</numerusform>
        </translation>
    </message>
    <message>
        <source>Ligne %1 : %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Avis enregistré : %1
Texte pour le site : %2</source>
        <translation>Notice saved: %1
Website text: %2</translation>
    </message>
    <message>
        <source>Le journal note la communication publique préparée. Une fois l&apos;avis affiché ou publié, enregistrez-le sur la page de l&apos;incident : « Personnes informées… ».</source>
        <translation>The record notes the public communication as prepared. Once the notice is put up or published, record it on the incident&apos;s page: “Persons informed…”.</translation>
    </message>
    <message numerus="yes">
        <source>%n lettre(s) enregistrée(s) : %1</source>
        <translation>
            <numerusform>%n letter saved: %1</numerusform>
            <numerusform>%n letters saved: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) à envoyer : %1</source>
        <translation>
            <numerusform>%n e-mail to send: %1</numerusform>
            <numerusform>%n e-mails to send: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Le journal note l&apos;envoi préparé (date, moyen, nombre de personnes). Une fois les lettres postées ou les e-mails envoyés, enregistrez-le sur la page de l&apos;incident : « Personnes informées… ».</source>
        <translation>The record notes the mailing as prepared (date, means, number of persons). Once the letters are posted or the e-mails sent, record it on the incident&apos;s page: “Persons informed…”.</translation>
    </message>
    <message>
        <source>Lettre enregistrée : %1</source>
        <translation>Letter saved: %1</translation>
    </message>
    <message>
        <source>Formule de politesse</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Aucun fichier : une lettre dont l&apos;adresse est à remplir à la main. Un CSV exporté du logiciel métier (civilité, nom, prénom, adresse, code postal, ville, e-mail facultatif) donne une lettre par patient ; la liste n&apos;est pas conservée dans Vigie.</source>
        <translation>No file: one letter whose address is filled in by hand. A CSV exported from the practice software (title, last name, first name, address, postcode, town, optional e-mail) gives one letter per patient; the list is not kept in Vigie.</translation>
    </message>
    <message>
        <source>&amp;Aperçu…</source>
        <translation>&amp;Preview…</translation>
    </message>
</context>
</TS>
