"""Pure values and rules: money, VAT, phone numbers, permissions, typed errors.

Nothing here imports Qt, peewee or any other counterapp package.
"""
