"""Entities: mentions → one entity per person/organisation/place of an article.

``newsgraph.entities.stage.run`` is the pipeline stage; ``newsgraph.entities.lookup`` has the
helpers other stages use to find the entity at an offset. Design: docs/entities.md.
"""
