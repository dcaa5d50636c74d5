<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>DocumentsPage</name>
    <message>
        <source>&lt;h1&gt;Documents à imprimer&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Documents to print&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Kit d&apos;urgence</source>
        <translation>Emergency kit</translation>
    </message>
    <message>
        <source>Les réflexes de la première heure (rançongiciel, vol, erreur d&apos;envoi), les identifiants du cabinet pour la CNIL, les contacts utiles et un dossier de notification vierge. Imprimez-le et rangez-le près du téléphone : en cas d&apos;attaque, l&apos;ordinateur ne sera peut-être plus utilisable. À réimprimer chaque année ou quand un contact change.</source>
        <translation>What to do in the first hour (ransomware, theft, misdirected mail), the practice identifiers for the CNIL, useful contacts and a blank notification dossier. Print it and keep it by the phone: after an attack the computer may be unusable. Reprint it every year or when a contact changes.</translation>
    </message>
    <message>
        <source>Enregistrer le &amp;kit d&apos;urgence (PDF)…</source>
        <translation>Save the emergency &amp;kit (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Ajouter un contact…</source>
        <translation>&amp;Add a contact…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts utiles&lt;/b&gt; (éditeur du logiciel, prestataire, assureur)</source>
        <translation>&lt;b&gt;Useful contacts&lt;/b&gt; (software vendor, IT provider, insurer)</translation>
    </message>
    <message>
        <source>Affiche d&apos;information des patients</source>
        <translation>Patients&apos; information notice</translation>
    </message>
    <message>
        <source>L&apos;information exigée par l&apos;article 13 du RGPD : qui traite les données, pourquoi, qui les reçoit, combien de temps, et comment exercer ses droits. À afficher en salle d&apos;attente ; la notice d&apos;une page peut être remise aux patients. Réimprimez-la quand votre registre change.</source>
        <translation>The information required by GDPR article 13: who processes the data, why, who receives them, for how long, and how to exercise one&apos;s rights. Put it up in the waiting room; the one-page leaflet can be handed to patients. Reprint it when your register changes.</translation>
    </message>
    <message>
        <source>Mise en page</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Affiche A4 pour la salle d&apos;attente</source>
        <translation>A4 poster for the waiting room</translation>
    </message>
    <message>
        <source>Notice d&apos;une page à remettre</source>
        <translation>One-page leaflet to hand out</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;&amp;affiche (PDF)…</source>
        <translation>Save the &amp;notice (PDF)…</translation>
    </message>
    <message>
        <source>Les numéros à appeler quand l&apos;ordinateur est bloqué : ajoutez d&apos;abord l&apos;éditeur de votre logiciel métier (son assistance et votre n° de client), puis votre prestataire informatique et votre assureur.</source>
        <translation>The numbers to call when the computer is blocked: first add the vendor of your practice software (its support and your customer number), then your IT provider and your insurer.</translation>
    </message>
    <message>
        <source>Vérifiez les contacts nationaux préremplis et complétez ceux de votre région (ARS, conseil de l&apos;Ordre) ; ajoutez l&apos;éditeur de votre logiciel, votre prestataire informatique et votre assureur.</source>
        <translation>Check the prefilled national contacts and complete your regional ones (ARS, council of the Ordre); add your software vendor, your IT provider and your insurer.</translation>
    </message>
    <message>
        <source>le registre a changé depuis : réimprimez l&apos;affiche.</source>
        <translation>the register has changed since: print the notice again.</translation>
    </message>
    <message>
        <source>Contenu tiré de votre registre des traitements.</source>
        <translation>Content taken from your processing register.</translation>
    </message>
    <message>
        <source>Votre registre est encore vide : l&apos;affiche reprend le texte type d&apos;un cabinet médical. Complétez le registre pour qu&apos;elle décrive exactement vos traitements.</source>
        <translation>Your register is still empty: the notice uses the standard text for a medical practice. Complete the register so that it describes your processing exactly.</translation>
    </message>
    <message>
        <source>L&apos;affiche ne peut pas encore être imprimée : complétez d&apos;abord</source>
        <translation>The notice cannot be printed yet: first fill in</translation>
    </message>
    <message>
        <source>Jamais imprimé.</source>
        <translation>Never printed.</translation>
    </message>
    <message>
        <source>Dernière impression : %1</source>
        <translation>Last printed: %1</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrer le kit d&apos;urgence</source>
        <translation>Save the emergency kit</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;affiche</source>
        <translation>Save the notice</translation>
    </message>
    <message>
        <source>Retirer ce contact du kit d&apos;urgence ?</source>
        <translation>Remove this contact from the emergency kit?</translation>
    </message>
</context>
</TS>
