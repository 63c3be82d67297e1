"""Tools menu entries for this workstation's devices: daily closure (Z), open drawer."""
