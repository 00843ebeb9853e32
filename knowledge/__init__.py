"""Answers from documents, in the order a question travels:

- ``knowledge.text``: chat Indonesian made searchable (normalising, spelling, tokens, dates);
- ``knowledge.reading``: what a question asks, and reading passages (sentences, list items,
  table rows with their headers, numbers with their units);
- ``knowledge.search``: the index (SQL rows, Chroma vectors, BM25) and hybrid search over it;
- ``knowledge.answers``: the evidence gate and the answer composed from what was read;
- ``knowledge.catalog``: catalog questions answered from training rows;
- ``knowledge.outcome``: what every answer path returns; ``knowledge.jp``: the JP conversion.

Each group imports only the groups listed before it (answers and catalog both use outcome).
"""
