"""Exposure self-check: what this PC offers on the network and what the internet box forwards to it.

Read-only by design: the scan lists local listening sockets, asks every UPnP IGD on the LAN for its port
mappings (under one wall-clock deadline), tries this PC's own TCP ports through the box's external address to
catch manual forwards (TTL 2: never beyond the provider's first router) and reads the Windows firewall state.
It never opens a port, never changes the box or the firewall, never probes another machine's ports.
"""
