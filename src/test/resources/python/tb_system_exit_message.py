import sys
def main():
    print("preparando")
    sys.exit(f"error fatal: {42}")
main()
