"""The feed reader on small RSS and Atom feeds written here."""

from __future__ import annotations

from pathlib import Path

from newsgraph.errors import InputError
from newsgraph.model import Article
from newsgraph.readers import read_inputs

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Stadtanzeiger</title>
  <link>https://stadtanzeiger.example/</link>
  <language>de-de</language>
  <item>
    <title>Hochwasser: Pegel am Rhein steigt weiter</title>
    <link>https://stadtanzeiger.example/hochwasser-rhein</link>
    <pubDate>Mon, 06 Mar 2023 10:15:00 +0100</pubDate>
    <dc:creator>Anna Beispiel</dc:creator>
    <category>Region</category>
    <description>Kurz: Der Pegel steigt.</description>
    <content:encoded><![CDATA[
      <p>Köln (dpa) - Der Pegel des Rheins ist in der Nacht zum Montag weiter gestiegen. Die
      Stadt rechnet mit einem Höchststand von mehr als acht Metern am Dienstag.</p>
      <h2>Schiffsverkehr eingeschränkt</h2>
      <p>Die Wasserschutzpolizei hat den Schiffsverkehr zwischen Bonn und Düsseldorf
      eingeschränkt. Anwohner sollen Keller und Garagen räumen, sagte ein Sprecher.</p>
      <figure><img src="https://stadtanzeiger.example/bilder/rhein.jpg" alt="">
        <figcaption>Der Rhein in Köln am Montagmorgen. (Foto: Max Muster)</figcaption>
      </figure>
      <p>Lesen Sie auch: So schützen Sie Ihr Haus vor Hochwasser</p>
    ]]></content:encoded>
  </item>
  <item>
    <title>Neue Buslinie ab April</title>
    <link>https://stadtanzeiger.example/buslinie</link>
    <pubDate>Tue, 07 Mar 2023 08:00:00 +0100</pubDate>
    <description>Ab dem 1. April fährt eine neue Buslinie vom Bahnhof zum Klinikum. Die
    Verkehrsbetriebe setzen dafür drei Elektrobusse ein.</description>
  </item>
  <item>
    <title>Leerer Eintrag</title>
    <link>https://stadtanzeiger.example/leer</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Harbor Times</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2024-05-02T09:30:00Z</updated>
  <entry>
    <title>Port reopens after storm</title>
    <link href="https://harbor.example/port-reopens"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2024-05-02T09:30:00Z</published>
    <author><name>Jane Roe</name></author>
    <content type="html">&lt;p&gt;The city's port reopened on Thursday after a storm closed it
      for three days, officials said.&lt;/p&gt;&lt;p&gt;Ferries will run on a reduced schedule
      until the weekend, the harbor authority said in a statement.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_rss_entries(tmp_path: Path) -> None:
    path = tmp_path / "stadt.rss"
    path.write_text(RSS, encoding="utf-8")
    results = list(read_inputs([str(path)]))
    assert len(results) == 3
    first, second, empty = results
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.source.reader == "feed"
    assert first.source.url == "https://stadtanzeiger.example/hochwasser-rhein"
    assert first.source.record == 1
    assert first.title == "Hochwasser: Pegel am Rhein steigt weiter"
    assert first.published == "2023-03-06T09:15:00+00:00"
    assert first.authors == ["Anna Beispiel"]
    assert first.site_name == "Stadtanzeiger"
    assert first.section == "Region"
    assert first.language == "de"
    # the HTML content (not the shorter description) went through the HTML reader and the rules
    assert first.dateline == "Köln"
    assert first.agencies == ["dpa"]
    assert first.body.startswith("Der Pegel des Rheins ist in der Nacht zum Montag")
    assert [s.text for s in first.subheadings] == ["Schiffsverkehr eingeschränkt"]
    assert "Lesen Sie auch" not in first.body
    assert any(b.reason == "related-links" for b in first.boilerplate)
    (photo,) = first.media
    assert photo.caption == "Der Rhein in Köln am Montagmorgen."
    assert photo.credit == "Max Muster"
    # a plain-text description is read as text
    assert second.title == "Neue Buslinie ab April"
    assert second.body.startswith("Ab dem 1. April fährt eine neue Buslinie")
    assert second.source.record == 2
    # an entry without any text is reported with its number, the others are still read
    assert isinstance(empty, InputError)
    assert empty.record == 3 and "stadt.rss" in str(empty)


def test_atom_entry_sniffed_from_content(tmp_path: Path) -> None:
    path = tmp_path / "harbor.xml"  # .xml: the format is sniffed from the first bytes
    path.write_text(ATOM, encoding="utf-8")
    (article,) = list(read_inputs([str(path)]))
    assert isinstance(article, Article)
    assert article.source.reader == "feed"
    assert article.title == "Port reopens after storm"
    assert article.source.url == "https://harbor.example/port-reopens"
    assert article.authors == ["Jane Roe"]
    assert article.published == "2024-05-02T09:30:00+00:00"
    assert article.site_name == "Harbor Times"
    assert article.language == "en"
    assert len(article.paragraphs) == 2


def test_broken_feed(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>x</title><item><title>unclosed", encoding="utf-8")
    results = list(read_inputs([str(path)]))
    assert len(results) == 1
    assert isinstance(results[0], InputError)
    assert "broken.rss" in str(results[0])
