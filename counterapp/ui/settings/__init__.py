"""The Settings dialog (managers): the shop's settings and this workstation's."""
