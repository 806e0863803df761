"""Entry point: `python main.py` opens the app; `python main.py COMMAND ...` runs a command."""

from trainer.app import main

if __name__ == "__main__":
    raise SystemExit(main())
