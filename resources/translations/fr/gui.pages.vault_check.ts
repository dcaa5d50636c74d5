<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>VaultCheckGroup</name>
    <message numerus="yes">
        <source>Coffre sain : aucune modification faite en dehors de Vigie n'a été décelée. Le fichier est intact, le journal des preuves compte %n entrée(s) et n'a pas été altéré (dernière entrée : %1), chaque enregistrement probant correspond au journal et le fichier de clés est intact.</source>
        <translation>
            <numerusform>Coffre sain : aucune modification faite en dehors de Vigie n'a été décelée. Le fichier est intact, le journal des preuves compte %n entrée et n'a pas été altéré (dernière entrée : %1), chaque enregistrement probant correspond au journal et le fichier de clés est intact.</numerusform>
            <numerusform>Coffre sain : aucune modification faite en dehors de Vigie n'a été décelée. Le fichier est intact, le journal des preuves compte %n entrées et n'a pas été altéré (dernière entrée : %1), chaque enregistrement probant correspond au journal et le fichier de clés est intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Le coffre n'est pas sain : %n constat(s).</source>
        <translation>
            <numerusform>Le coffre n'est pas sain : %n constat.</numerusform>
            <numerusform>Le coffre n'est pas sain : %n constats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) constat(s) du même genre.</source>
        <translation>
            <numerusform>… et %n autre constat du même genre.</numerusform>
            <numerusform>… et %n autres constats du même genre.</numerusform>
        </translation>
    </message>
</context>
</TS>