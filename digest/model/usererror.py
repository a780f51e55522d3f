"""The one error type of the editor commands: bad input, printed as one line, never a traceback."""


class UserError(Exception):
    """Something the editor can fix (an argument, a file, the network): its message says what."""
