"""Services take a Session and return plain data. They never commit and never print."""
