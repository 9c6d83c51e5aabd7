# A starred expression cannot be a dict value.
rest = [1]
d = {"a": 1, "b": *rest}
