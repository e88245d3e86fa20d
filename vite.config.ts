import fs from 'node:fs';
import path from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin, parseAst } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

/**
 * One manifest (manifest.json), four builds:
 *   --mode chrome        dist/chrome       background service worker
 *   --mode firefox       dist/firefox      background scripts + browser_specific_settings.gecko
 *   --mode test-chrome   dist-test/chrome  as chrome, plus the content script on http://127.0.0.1/*
 *   --mode test-firefox  dist-test/firefox as firefox, likewise
 * In the test builds `import.meta.env.LUREWATCH_TEST` is true: the content script then takes the
 * site from the page path `/sites/<siteId>/...` of the local fixture server. The shipped builds
 * never match localhost and contain no test hooks (the flag is a compile-time `false`).
 */
type Target = 'chrome' | 'firefox';

export const GECKO_ID = '{5c2d7a0e-3f4b-4e8a-9c61-7d1f2b9e4a38}';
export const TEST_MATCHES = ['http://127.0.0.1/*'];

export function makeManifest(target: Target, test: boolean): ManifestV3Export {
  const m = structuredClone(baseManifest) as Record<string, unknown> & typeof baseManifest;
  if (test) {
    m.content_scripts = m.content_scripts.map((cs) => ({ ...cs, matches: [...cs.matches, ...TEST_MATCHES] }));
  }
  if (target === 'firefox') {
    const { minimum_chrome_version: _drop, ...rest } = m;
    return {
      ...rest,
      // crxjs emits a module loader and adds type: 'module' itself.
      background: { scripts: [m.background.service_worker] },
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 142 is the first version that knows data_collection_permissions on desktop and Android.
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    } as unknown as ManifestV3Export;
  }
  return m as unknown as ManifestV3Export;
}

/** Merge src/locales/<locale>/<area>.json into _locales/<locale>/messages.json. */
export function mergeLocales(root: string): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  const dir = path.join(root, 'src/locales');
  for (const locale of fs.readdirSync(dir).sort()) {
    const ldir = path.join(dir, locale);
    if (!fs.statSync(ldir).isDirectory()) continue;
    const merged: Record<string, unknown> = {};
    for (const file of fs
      .readdirSync(ldir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const data = JSON.parse(fs.readFileSync(path.join(ldir, file), 'utf8')) as Record<string, unknown>;
      for (const [k, v] of Object.entries(data)) {
        if (k in merged) throw new Error(`i18n key "${k}" is defined twice in ${locale} (${file})`);
        merged[k] = v;
      }
    }
    out.set(locale, merged);
  }
  return out;
}

function locales(root: string): Plugin {
  return {
    name: 'lurewatch-locales',
    buildStart() {
      for (const locale of fs.readdirSync(path.join(root, 'src/locales'))) {
        const dir = path.join(root, 'src/locales', locale);
        if (!fs.statSync(dir).isDirectory()) continue;
        for (const f of fs.readdirSync(dir)) if (f.endsWith('.json')) this.addWatchFile(path.join(dir, f));
      }
    },
    generateBundle() {
      for (const [locale, messages] of mergeLocales(root)) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${locale}/messages.json`,
          source: `${JSON.stringify(messages, null, 1)}\n`,
        });
      }
    },
  };
}

type AstNode = { type: string; start: number; end: number; [key: string]: unknown };

/**
 * The hit/miss examples and the descriptions of every rule are for developers: the unit tests run
 * the examples, the descriptions document each rule in its source, and the extension reads neither
 * (what the user sees is the reason text, translated). This plugin empties `examples: {...}` and
 * `description: '...'` in rule objects (objects that also have an `id` or a `reason`) under
 * src/engine/ so the shipped bundles do not carry them.
 */
export function stripRuleDocs(code: string): string {
  const ast = parseAst(code, { lang: 'js' }) as unknown as AstNode;
  // [start, end, replacement]
  const cuts: [number, number, string][] = [];
  const keyName = (p: AstNode) => {
    const k = p.key as AstNode & { name?: string; value?: unknown };
    return k?.type === 'Identifier' ? k.name : typeof k?.value === 'string' ? k.value : undefined;
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as AstNode;
    if (n.type === 'ObjectExpression') {
      const props = (n.properties as AstNode[]).filter((p) => p.type === 'Property');
      if (props.some((p) => keyName(p) === 'reason' || keyName(p) === 'id')) {
        for (const p of props) {
          const name = keyName(p);
          if (name !== 'examples' && name !== 'description') continue;
          const empty = name === 'examples' ? '{hit:[],miss:[]}' : "''";
          // `{ examples }` (shorthand): replace the whole property, not just its value
          if (p.shorthand === true) cuts.push([p.start, p.end, `${name}:${empty}`]);
          else cuts.push([(p.value as AstNode).start, (p.value as AstNode).end, empty]);
        }
      }
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'type' && v && typeof v === 'object') visit(v);
  };
  visit(ast);
  let out = code;
  for (const [start, end, replacement] of cuts.sort((a, b) => b[0] - a[0])) {
    out = `${out.slice(0, start)}${replacement}${out.slice(end)}`;
  }
  return out;
}

function ruleDocsOut(): Plugin {
  return {
    name: 'lurewatch-strip-rule-docs',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]src[\\/]engine[\\/].+\.ts$/.test(id)) return null;
      return { code: stripRuleDocs(code), map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const test = mode.startsWith('test-');
  const target: Target = mode.endsWith('firefox') ? 'firefox' : 'chrome';
  const root = import.meta.dirname;
  return {
    plugins: [
      preact(),
      locales(root),
      ruleDocsOut(),
      crx({ manifest: makeManifest(target, test), browser: target }),
    ],
    define: { 'import.meta.env.LUREWATCH_TEST': JSON.stringify(test) },
    build: {
      outDir: `${test ? 'dist-test' : 'dist'}/${target}`,
      emptyOutDir: true,
      target: ['chrome120', 'firefox142'],
      // No preload helper at all: its polyfill would add a fetch() call, and in the content script
      // it would insert <link> tags into the host page when a chunk is loaded on demand.
      modulePreload: false,
      rollupOptions: { input: { report: 'src/report/index.html' } },
    },
  };
});
