"""Standing orders: the editor, a customer's list with each one's runs, the call's confirmation."""
