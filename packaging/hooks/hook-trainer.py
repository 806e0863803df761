"""PyInstaller hook for the app's own package: every module (the commands are found by
listing ``trainer.commands`` at run time) and the data files it reads."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

#: Tools for developers that the app never runs (they need Xvfb, lupdate or lrelease).
DEV_ONLY = ("trainer.i18n.update", "trainer.i18n.build")


def _wanted(name: str) -> bool:
    return name not in DEV_ONLY and not name.rsplit(".", 1)[-1].endswith(("screenshots", "screenshot", "_shot"))


hiddenimports = collect_submodules("trainer", filter=_wanted)

# JSON schema, word lists, compiled translations (.qm); not the translation sources.
datas = collect_data_files("trainer", excludes=["**/*.ts", "i18n/vi.json", "i18n/vi.d", "i18n/vi.d/**"])
# Alembic reads the migration scripts as source files from trainer/storage/migrations.
datas += collect_data_files("trainer.storage.migrations", include_py_files=True)
