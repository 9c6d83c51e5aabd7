print("sale bien")
raise SystemExit(0)
