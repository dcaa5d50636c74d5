<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  French for the texts of Qt's own dialogs that Qt's catalogue (qtbase_fr.qm) lacks: Qt has since added
  mnemonics to these labels ("Look in:" became "&Look in:"), moved them to another context or renamed them
  (the action names screen readers read: "SetFocus" became "Set Focus"), and the French catalogue still holds
  only the older sources. A progress bar's text takes the French space before "%" (the passphrase meter
  hides its text, but Qt builds it). Installed by gui/i18n.py after qtbase_fr, compiled by
  tools/i18n.py into resources/translations/vigie_qtbase_fr.qm. Contexts, sources and disambiguations are Qt's,
  exactly; the wording follows qtbase_fr's own for the same text without its mnemonic (non-breaking space
  before the colon). tests/gui/test_qt_french.py checks that Qt asks for each of them.
-->
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#160;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#160;:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translatorcomment>The set of pages printed (all, odd, even pages): qtbase_fr's "Configuration de la page" for "Page Set:" reads as page setup.</translatorcomment>
        <translation>Page&amp;s à imprimer&#160;:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Pages &amp;par feuille&#160;:</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Ordre des pages&#160;:</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>Impressions &amp;planifiées&#160;:</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>&amp;Informations de facturation&#160;:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>P&amp;riorité de la tâche&#160;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>Pr&amp;emières&#160;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>&amp;Finales&#160;:</translation>
    </message>
</context>
<context>
    <name>QProgressBar</name>
    <message>
        <source>%p%</source>
        <translation>%p&#160;%</translation>
    </message>
</context>
<context>
    <name>QAccessibleActionInterface</name>
    <message>
        <source>Set Focus</source>
        <translation>Définir le focus</translation>
    </message>
    <message>
        <source>Show Menu</source>
        <translation>Afficher le menu</translation>
    </message>
    <message>
        <source>Show on Screen</source>
        <translation>Afficher à l'écran</translation>
    </message>
    <message>
        <source>Moves the element into the visible area</source>
        <translation>Amène l'élément dans la zone visible</translation>
    </message>
</context>
</TS>
