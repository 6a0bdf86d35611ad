import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedDate, looksLikeFeed, parseFeed } from './feeds.js';

test('RSS items become articles: title + text, date, link, outlet; HTML descriptions are read as text', () => {
  const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Le Journal</title>
    <item><title>Attaque à Mopti</title><link>http://e.org/1</link><guid>g-1</guid><pubDate>Thu, 14 Mar 2024 10:00:00 GMT</pubDate>
    <content:encoded><![CDATA[<p>Des hommes armés ont attaqué <b>un village</b>.</p><script>x()</script>]]></content:encoded></item></channel></rss>`;
  const [r] = [...parseFeed(xml, 'f.rss')];
  assert.ok(r?.ok);
  if (!r.ok) return;
  assert.equal(r.article.id, 'g-1');
  assert.equal(r.article.published, '2024-03-14');
  assert.equal(r.article.outlet, 'Le Journal');
  assert.equal(r.article.url, 'http://e.org/1');
  assert.equal(r.article.text, 'Attaque à Mopti\n\nDes hommes armés ont attaqué un village.');
});

test('Atom entries; not-XML and XML-but-not-a-feed are E_BAD_XML', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title>T</title><id>urn:1</id><link rel="alternate" href="http://w/1"/>
    <published>2016-02-01T08:00:00Z</published><summary>Two men were shot.</summary></entry></feed>`;
  const [r] = [...parseFeed(atom, 'a.xml')];
  assert.ok(r?.ok && r.article.url === 'http://w/1' && r.article.published === '2016-02-01' && r.article.id === 'urn:1');
  for (const bad of ['just words', '<a><b></a>', '<html><body>x</body></html>']) {
    const [e] = [...parseFeed(bad, 'x.rss')];
    assert.ok(e && !e.ok && e.error.code === 'E_BAD_XML', bad);
  }
  assert.ok(looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0">'));
  assert.ok(!looksLikeFeed('<!doctype html><html>'));
  assert.equal(feedDate('Mon, 4 Jan 2016 10:00:00 +0100'), '2016-01-04');
  assert.equal(feedDate('garbage'), undefined);
});
