from tests.bot.conftest import kb_folder  # noqa: F401  (the test knowledge base, a fixture)
