import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import baseManifest from '../../../manifest.json' with { type: 'json' };
import { GECKO_ID, makeManifest, mergeLocales, stripRuleDocs, TEST_MATCHES } from '../../../vite.config.ts';

type AnyManifest = Record<string, unknown> & {
  background: Record<string, unknown>;
  content_scripts: { matches: string[] }[];
  browser_specific_settings?: { gecko: Record<string, unknown> };
};

describe('makeManifest', () => {
  it('keeps the Chrome manifest as written, with a service worker', () => {
    const m = makeManifest('chrome', false) as unknown as AnyManifest;
    expect(m.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.content_scripts[0]!.matches).toEqual(baseManifest.content_scripts[0]!.matches);
  });

  it('gives Firefox background scripts, a gecko id and no Chrome-only keys', () => {
    const m = makeManifest('firefox', false) as unknown as AnyManifest;
    expect(m.background).toEqual({ scripts: ['src/background/index.ts'] });
    expect(m.browser_specific_settings?.gecko.id).toBe(GECKO_ID);
    expect(m.browser_specific_settings?.gecko.strict_min_version).toBe('142.0');
    expect(m.minimum_chrome_version).toBeUndefined();
  });

  it('adds the local test server only to the test builds', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const shipped = makeManifest(target, false) as unknown as AnyManifest;
      const test = makeManifest(target, true) as unknown as AnyManifest;
      expect(JSON.stringify(shipped)).not.toContain('127.0.0.1');
      expect(test.content_scripts[0]!.matches).toEqual([
        ...baseManifest.content_scripts[0]!.matches,
        ...TEST_MATCHES,
      ]);
    }
  });

  it('does not change the manifest it starts from', () => {
    const before = JSON.stringify(baseManifest);
    makeManifest('firefox', true);
    expect(JSON.stringify(baseManifest)).toBe(before);
  });
});

describe('mergeLocales', () => {
  function tree(files: Record<string, unknown>): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-locales-'));
    for (const [rel, data] of Object.entries(files)) {
      const file = path.join(root, 'src/locales', rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(data));
    }
    return root;
  }

  it('merges every area of a locale into one message table', () => {
    const root = tree({
      'en/a.json': { a_x: { message: 'X' } },
      'en/b.json': { b_y: { message: 'Y' } },
      'th/a.json': { a_x: { message: 'เอ็กซ์' } },
    });
    const merged = mergeLocales(root);
    expect([...merged.keys()]).toEqual(['en', 'th']);
    expect(merged.get('en')).toEqual({ a_x: { message: 'X' }, b_y: { message: 'Y' } });
  });

  it('refuses a key defined in two areas', () => {
    const root = tree({ 'en/a.json': { same: { message: '1' } }, 'en/b.json': { same: { message: '2' } } });
    expect(() => mergeLocales(root)).toThrow(/"same" is defined twice in en/);
  });

  it('merges the real locales without conflicts, English being the default', () => {
    const merged = mergeLocales(path.resolve(import.meta.dirname, '../../..'));
    expect(merged.has(baseManifest.default_locale)).toBe(true);
    expect(merged.get('en')).toHaveProperty('common_ext_name');
  });
});

describe('stripRuleDocs', () => {
  it('empties the examples of rule objects and keeps everything else', () => {
    const code = `export const R = [{ id: 'A', pattern: /x/u, reason: 'r', examples: { hit: ['lure text'], miss: ['ham'] } }, { id: 'B', reason: 'r', examples: { hit: ["b"], miss: [] }, weight: 2 }];`;
    const out = stripRuleDocs(code);
    expect(out).not.toContain('lure text');
    expect(out).not.toContain('"b"');
    expect(out.match(/examples: \{hit:\[\],miss:\[\]\}/g)).toHaveLength(2);
    expect(out).toContain("id: 'A', pattern: /x/u, reason: 'r'");
    expect(out).toContain('weight: 2');
  });

  it('rewrites a shorthand examples property into a valid empty one', () => {
    const code = `export function mk(examples) { return { id: 'C', reason: 'r', examples }; }`;
    const out = stripRuleDocs(code);
    expect(out).toContain("{ id: 'C', reason: 'r', examples:{hit:[],miss:[]} }");
    // still valid JavaScript
    expect(() => new Function(out.replace('export ', ''))).not.toThrow();
  });

  it('empties the descriptions of rule objects, written in any quotes', () => {
    const code =
      "export const R = [{ id: 'A', description: 'says \\'why\\'', reason: 'r' }, { id: 'B', description: `long text`, weight: 2 }];";
    const out = stripRuleDocs(code);
    expect(out).not.toContain('why');
    expect(out).not.toContain('long');
    expect(out.match(/description: ''/g)).toHaveLength(2);
    expect(out).toContain("reason: 'r'");
    expect(() => new Function(out.replace('export ', ''))).not.toThrow();
  });

  it('leaves objects that are not rules alone', () => {
    const code = `export const docs = { examples: { hit: ['keep me'] }, description: 'keep me too' };`;
    expect(stripRuleDocs(code)).toBe(code);
  });
});
