<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>hds</name>
    <message numerus="yes">
        <source>certificat HDS expirant le %1 (dans %n jour(s))</source>
        <translation>
            <numerusform>certificat HDS expirant le %1 (dans %n jour)</numerusform>
            <numerusform>certificat HDS expirant le %1 (dans %n jours)</numerusform>
        </translation>
    </message>
</context>
</TS>