try:
    1 / 0
except ZeroDivisionError:
    raise TypeError("sin contexto") from None
