"""Exposure self-check: what this PC offers on the network and what the internet box forwards to it.

Read-only by design: the scan lists local listening sockets, asks the box (UPnP IGD) for its port mappings and
reads the Windows firewall state. It never opens a port, never changes the box or the firewall, never probes
another machine's ports and sends nothing beyond the local network.
"""
