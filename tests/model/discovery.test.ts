/** JSON-LD and feeds from the model (src/model/views/structured-data.ts, feeds.ts) and their escaping. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContentDir } from '../../src/model/index.ts';
import { briefingJsonLd, placeJsonLd } from '../../src/model/views/structured-data.ts';
import { FEED_LIMIT, feedPlaces, placeFeed, siteFeed } from '../../src/model/views/feeds.ts';
import { jsonLdText } from '../../src/lib/json-ld.ts';

const { model } = loadContentDir(join(import.meta.dirname, '../../content'));

describe('JSON-LD', () => {
  it('describes a county as an AdministrativeArea inside its region, with its adcode', () => {
    const ld = placeJsonLd(model, model.places.get('zhijiang')!);
    expect(ld).toMatchObject({ '@type': 'AdministrativeArea', name: '枝江市', identifier: '420583', url: '/counties/zhijiang/', containedInPlace: { name: '宜昌市', url: '/regions/yichang/' } });
    expect(placeJsonLd(model, model.parks[0])['@type']).toBe('Place');
  });

  it('describes a briefing as a NewsArticle about its subjects', () => {
    const b = model.briefings[0];
    const ld = briefingJsonLd(model, b);
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: b.title, datePublished: b.date, url: b.url });
    expect((ld.about as { name: string }[]).map((a) => a.name)).toEqual(b.subjects.map((s) => model.places.get(s)!.name));
  });

  it('makes site paths absolute and can never close its script element', () => {
    const text = jsonLdText({ '@type': 'Place', name: '</script><script>alert(1)</script> & \u2028', url: '/counties/x/', sameAs: '/not-a-url-key/' }, (p) => `https://example.gov.cn/sub${p}`);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ '@type': 'Place', name: '</script><script>alert(1)</script> & \u2028', url: 'https://example.gov.cn/sub/counties/x/', sameAs: '/not-a-url-key/' });
  });
});

describe('feeds', () => {
  it('lists the newest briefings first, at most FEED_LIMIT', () => {
    const feed = siteFeed(model);
    expect(feed.items.length).toBe(Math.min(FEED_LIMIT, model.briefings.length));
    expect(feed.items.map((i) => i.date)).toEqual([...feed.items.map((i) => i.date)].sort().reverse());
    expect(feed.items.every((i) => i.description.length > 0 && [...i.description].length <= 201)).toBe(true);
  });

  it('gives a feed to each place with briefings, holding exactly those briefings', () => {
    const slugs = feedPlaces(model, 'counties');
    expect(slugs).toContain('zhijiang');
    expect(slugs.every((s) => model.places.get(s)!.briefings.length > 0)).toBe(true);
    const z = placeFeed(model, 'zhijiang');
    expect(z.items.map((i) => i.link)).toEqual(model.places.get('zhijiang')!.briefings.map((b) => `/briefings/${b.slug}/`));
  });
});

describe('content/site.yaml', () => {
  it('reads the licence, and names the file, the setting and the fix for mistakes', async () => {
    const { Diagnostics } = await import('../../src/model/diagnostics.ts');
    const { readSiteConfig } = await import('../../src/model/site-config.ts');
    const ok = new Diagnostics();
    expect(readSiteConfig({ licence: ' CC BY 4.0 ', licence_url: 'https://creativecommons.org/licenses/by/4.0/' }, 'content/site.yaml', ok)).toEqual({ licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/', traditional: 'tw' });
    expect(ok.items).toEqual([]);
    const bad = new Diagnostics();
    expect(readSiteConfig({ licence_url: 'creativecommons.org', licnce: 'x', traditional: 'twp' }, 'content/site.yaml', bad)).toEqual({ traditional: 'tw' });
    expect(bad.items.map((d) => [d.severity, d.file, d.field])).toEqual([
      ['error', 'content/site.yaml', 'licence_url'],
      ['warning', 'content/site.yaml', 'licnce'],
      ['error', 'content/site.yaml', 'traditional'],
    ]);
    expect(bad.items[0].hint).toMatch(/https:\/\//);
    expect(bad.items[2].hint).toMatch(/tw.*hk.*none/);
    expect(readSiteConfig(undefined, 'content/site.yaml', new Diagnostics())).toEqual({ traditional: 'tw' });
    expect(readSiteConfig({ traditional: 'hk' }, 'content/site.yaml', new Diagnostics())).toEqual({ traditional: 'hk' });
  });

  it('is the example site licence shown on /data/', () => {
    expect(model.site.licence).toMatch(/CC BY 4\.0/);
  });
});
