<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>DashboardPage</name>
    <message>
        <source>&lt;h1&gt;Tableau de bord&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Dashboard&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>%1 — ce qui est à faire, le plus urgent d&apos;abord. Cliquez sur une carte pour l&apos;ouvrir.</source>
        <translation>%1 — what needs doing, most urgent first. Click a card to open it.</translation>
    </message>
</context>
</TS>
