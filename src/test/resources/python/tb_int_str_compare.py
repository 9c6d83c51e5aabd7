if 5 < "5":
    pass
