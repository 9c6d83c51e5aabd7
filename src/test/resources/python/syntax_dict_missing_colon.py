# A dict display element without its colon: CPython points at the key's last character.
ports = {"http": 80, "ssh" + "d"}
