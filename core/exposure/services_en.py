"""English texts of the risky-services table (:mod:`core.exposure.services_table` holds the French).

key: (name, explanation, action). The French table stays the one list of services, ports and severities;
a test checks that every entry has its English here.
"""

from __future__ import annotations

_CLOSE_OR_LOCAL = (
    "If you do not use this feature, turn it off in the program concerned; otherwise ask your IT provider to "
    "limit it to this computer (address 127.0.0.1) or to the practice's own computers."
)
_NEVER_INTERNET = (
    "Never open it to the Internet: for remote access, use your vendor's secure solution or a VPN."
)
_NOTHING = "Nothing to do on the practice's network; this service must never be open to the Internet."

SERVICES_EN: dict[str, tuple[str, str, str]] = {
    "dicom": (
        "Medical imaging server (DICOM)",
        "Imaging software (PACS, X-ray console, ultrasound scanner, viewer) accepts images and viewing requests "
        "from other devices. Badly set up, it lets anyone who reaches it list and download named examinations: "
        "this is what earned two doctors CNIL fines in 2020.",
        "Check with your imaging provider that only the list of the practice's authorised devices can connect "
        "to it. " + _NEVER_INTERNET,
    ),
    "dicom_web": (
        "Imaging web viewer or portal (PACS)",
        "A web page shows the medical images stored on this computer (Orthanc, OsiriX/Horos portal or similar). "
        "Without a strong password, anyone who reaches it sees the examinations.",
        "Turn on the viewer's authentication and limit it to the practice. " + _NEVER_INTERNET,
    ),
    "rdp": (
        "Windows Remote Desktop (RDP)",
        "Remote Desktop lets someone take control of this computer. It is ransomware's first way in when it is "
        "reachable from the Internet.",
        "Turn Remote Desktop off if it is not used (Settings > System > Remote Desktop). " + _NEVER_INTERNET,
    ),
    "vnc": (
        "Remote control (VNC)",
        "A VNC server lets someone see and drive this computer's screen, often with nothing but a short password.",
        "Uninstall it if it is no longer used, or keep it to the practice's network with a long password. "
        + _NEVER_INTERNET,
    ),
    "teamviewer": (
        "TeamViewer (remote support)",
        "The TeamViewer support tool is installed and listens on the network. It lets a technician take control "
        "of this computer.",
        "Keep it up to date, protect it with two-factor authentication and open it only during an intervention; "
        "remove it if your IT provider no longer uses it.",
    ),
    "anydesk": (
        "AnyDesk (remote support)",
        "The AnyDesk support tool accepts direct connections from the network. It lets someone take control of "
        "this computer; swindlers often pose as technical support to use it.",
        "Turn off unattended access if it is not used, keep it up to date and never accept a connection you did "
        "not ask for.",
    ),
    "rustdesk": (
        "RustDesk (remote support)",
        "The RustDesk support tool accepts direct connections by IP address.",
        "Turn off direct IP access if it is not used and keep the tool up to date.",
    ),
    "ssh": (
        "Command-line access (SSH)",
        "An SSH server lets someone administer this computer remotely from a command line.",
        "If it is not used, stop it. Otherwise accept only keys, no password. " + _NEVER_INTERNET,
    ),
    "telnet": (
        "Telnet (unencrypted administration)",
        "Telnet sends logins and commands in clear text over the network.",
        "Stop this service: it has no place on a practice computer any more.",
    ),
    "ftp": (
        "FTP file server",
        "An FTP server shares files without encryption: passwords and documents travel in clear text.",
        "Stop it; to exchange documents, use a secure health messaging service. " + _NEVER_INTERNET,
    ),
    "smb": (
        "Windows file sharing (SMB)",
        "Windows file and printer sharing is on: common on a Windows computer, but every shared folder can be "
        "read by the other devices of the network that have the rights.",
        "Check that no patient folder is shared with \u201cEveryone\u201d and that the guest Wi-Fi is separate. This "
        "sharing must never be open to the Internet.",
    ),
    "netbios": (
        "Windows network neighbourhood (NetBIOS)",
        "A Windows name service that announces this computer to the other computers of the local network.",
        _NOTHING,
    ),
    "discovery": (
        "Device discovery on the local network (mDNS, SSDP, LLMNR)",
        "This computer announces itself and looks for printers, screens and other devices of the local network.",
        _NOTHING,
    ),
    "system_network": (
        "System network service (address, time, built-in VPN)",
        "The system receives its network address (DHCP), sets its clock (NTP) or waits for built-in VPN "
        "connections (IPsec): this is normal on a computer.",
        _NOTHING,
    ),
    "windows_system": (
        "Windows system service",
        "A Windows service for connected devices or for sharing updates between the network's computers.",
        _NOTHING,
    ),
    "msrpc": (
        "Windows administration services (RPC)",
        "A Windows system service used by administration and sharing tools.",
        _NOTHING,
    ),
    "winrm": (
        "Windows remote administration (WinRM)",
        "Windows remote administration is on, often set up by an IT provider or a management tool.",
        "Ask your IT provider whether it is needed; otherwise have it turned off. " + _NEVER_INTERNET,
    ),
    "http": (
        "Web server",
        "A program of this computer serves web pages to other devices: practice software in server mode, a "
        "device's interface, a development tool…",
        "Identify the program shown. If it is your practice software, ask the vendor whether this server mode "
        "is needed and protected by a password and encryption. " + _NEVER_INTERNET,
    ),
    "mysql": (
        "MySQL / MariaDB database",
        "A program's database (often the practice software) accepts connections from the network: it may hold "
        "every patient record.",
        _CLOSE_OR_LOCAL + " " + _NEVER_INTERNET,
    ),
    "postgresql": (
        "PostgreSQL database",
        "A program's database accepts connections from the network: it may hold every patient record.",
        _CLOSE_OR_LOCAL + " " + _NEVER_INTERNET,
    ),
    "mssql": (
        "Microsoft SQL Server database",
        "A SQL Server database, used by several medical programs, accepts connections from the network.",
        _CLOSE_OR_LOCAL + " " + _NEVER_INTERNET,
    ),
    "oracle": (
        "Oracle database",
        "An Oracle database accepts connections from the network.",
        _CLOSE_OR_LOCAL + " " + _NEVER_INTERNET,
    ),
    "mongodb": (
        "MongoDB database",
        "A MongoDB database accepts connections from the network; without authentication, its content can be "
        "read freely.",
        _CLOSE_OR_LOCAL + " " + _NEVER_INTERNET,
    ),
    "firebird": (
        "Firebird database",
        "A Firebird database, used by several practice programs, accepts connections from the network.",
        _CLOSE_OR_LOCAL + " " + _NEVER_INTERNET,
    ),
    "nas_admin": (
        "NAS administration (Synology, QNAP)",
        "A NAS's administration interface gives access to every backup and file it holds.",
        "Keep the NAS up to date, turn on two-factor authentication, and turn off its automatic remote access "
        "(QuickConnect, myQNAPcloud) if it is not used.",
    ),
    "printing": (
        "Network printing",
        "This computer shares a printer or accepts print jobs from the network.",
        _NOTHING,
    ),
    "vpn": (
        "VPN server (OpenVPN, WireGuard)",
        "A VPN encrypts remote access to the practice's network: it is the right way to work from outside, "
        "provided it is kept up to date and protected by strong authentication.",
        "Check with your IT provider that it is up to date and that each access is personal.",
    ),
}
