"""Staff administration for managers: users, roles, PINs, mentors, unlocking."""
