// Checks on the shipped builds (dist/chrome, dist/firefox), run after `npm run build`:
// valid MV3 manifests for each browser, minimal permissions, every referenced file present,
// every locale complete, and no network API anywhere in the shipped code.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://mail.yahoo.com/*',
  'https://web.whatsapp.com/*',
  'https://web.telegram.org/*',
  'https://www.messenger.com/*',
  'https://www.facebook.com/*',
  'https://www.instagram.com/*',
  'https://www.linkedin.com/*',
  'https://discord.com/*',
];
// Network APIs the extension must never use. Matched on the built code.
const NETWORK_APIS = [
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bsendBeacon\b/,
  /\bEventSource\b/,
  /\bRTCPeerConnection\b/,
  /\bimportScripts\s*\(/,
];

function files(dir) {
  return fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, String(f)));
}

for (const target of ['chrome', 'firefox']) {
  describe(`dist/${target}`, () => {
    const dir = path.join(ROOT, 'dist', target);
    const manifestPath = path.join(dir, 'manifest.json');
    test('is built', () => {
      assert.ok(fs.existsSync(manifestPath), `${manifestPath} missing: run \`npm run build\``);
    });
    if (!fs.existsSync(manifestPath)) return;
    const m = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));

    test('is a Manifest V3 manifest for its browser', () => {
      assert.equal(m.manifest_version, 3);
      assert.match(m.version, /^\d+\.\d+\.\d+$/);
      if (target === 'chrome') {
        assert.equal(typeof m.background.service_worker, 'string');
        assert.equal(m.background.scripts, undefined);
        assert.equal(m.browser_specific_settings, undefined);
      } else {
        assert.ok(Array.isArray(m.background.scripts) && m.background.scripts.length > 0);
        assert.equal(m.background.service_worker, undefined);
        const gecko = m.browser_specific_settings.gecko;
        assert.match(gecko.id, /^\{[0-9a-f-]{36}\}$/);
        assert.ok(Number.parseFloat(gecko.strict_min_version) >= 142);
        assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
      }
    });

    test('asks only for the permissions it needs and only the supported sites', () => {
      assert.deepEqual([...m.permissions].sort(), ['contextMenus', 'storage']);
      assert.equal(m.host_permissions, undefined);
      assert.equal(m.optional_permissions, undefined);
      const matches = m.content_scripts.flatMap((cs) => cs.matches);
      assert.deepEqual([...matches].sort(), [...SITES].sort());
      for (const war of m.web_accessible_resources ?? []) {
        for (const pattern of war.matches)
          assert.ok(SITES.includes(pattern), `resource exposed to ${pattern}`);
      }
      const text = JSON.stringify(m);
      assert.ok(!text.includes('<all_urls>'));
      assert.ok(
        !/127\.0\.0\.1|localhost/.test(text),
        'the shipped manifest never matches the local test server',
      );
    });

    test('every file the manifest names exists', () => {
      const named = [
        ...Object.values(m.icons),
        ...Object.values(m.action.default_icon),
        m.action.default_popup,
        m.options_ui.page,
        ...(m.background.scripts ?? [m.background.service_worker]),
        ...m.content_scripts.flatMap((cs) => cs.js),
        ...(m.web_accessible_resources ?? []).flatMap((w) => w.resources),
      ];
      for (const f of named) assert.ok(fs.existsSync(path.join(dir, f)), `${f} is missing`);
    });

    test('every locale has every message the manifest and English use', () => {
      const en = JSON.parse(fs.readFileSync(path.join(dir, '_locales/en/messages.json'), 'utf8'));
      const used = [...JSON.stringify(m).matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]);
      for (const key of used) assert.ok(en[key]?.message, `manifest uses ${key}`);
      const locales = fs.readdirSync(path.join(dir, '_locales'));
      assert.deepEqual(locales.sort(), [
        'en',
        'es',
        'fil',
        'hi',
        'id',
        'ja',
        'ko',
        'th',
        'vi',
        'zh_CN',
        'zh_TW',
      ]);
      for (const l of locales) {
        const msgs = JSON.parse(fs.readFileSync(path.join(dir, '_locales', l, 'messages.json'), 'utf8'));
        const missing = Object.keys(en).filter((k) => !msgs[k]?.message);
        assert.deepEqual(missing, [], `${l} lacks messages`);
      }
    });

    test('no network API in the shipped code', () => {
      for (const f of files(dir).filter((f) => f.endsWith('.js'))) {
        const code = fs.readFileSync(f, 'utf8');
        for (const api of NETWORK_APIS) assert.ok(!api.test(code), `${path.relative(dir, f)} uses ${api}`);
      }
    });

    test('rule examples (test data) are not shipped', () => {
      for (const f of files(dir).filter((f) => f.endsWith('.js'))) {
        const code = fs.readFileSync(f, 'utf8');
        assert.ok(!/examples:\{hit:\[[^\]]/.test(code), `${path.relative(dir, f)} carries rule examples`);
      }
    });

    test('no remote code or remote resources in pages', () => {
      for (const f of files(dir).filter((f) => f.endsWith('.html') || f.endsWith('.css'))) {
        const text = fs.readFileSync(f, 'utf8');
        assert.ok(
          !/(src|href)\s*=\s*["']?https?:/i.test(text),
          `${path.relative(dir, f)} loads a remote resource`,
        );
        assert.ok(!/url\(\s*["']?https?:/i.test(text), `${path.relative(dir, f)} loads a remote resource`);
      }
    });
  });
}
