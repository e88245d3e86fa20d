// Foundation end-to-end: the built extension loads in real Chromium and Firefox, its content
// script runs on a page and reports to the background, the popup talks to the background, and
// the browser makes no network request other than the test page's own.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  extensionInitiatedRequests,
  foreignChromiumRequests,
  foreignFirefoxRequests,
  launchChromium,
  launchFirefox,
  screenshot,
  startFixtureServer,
  waitFor,
} from './harness.mjs';

/**
 * From an extension page: the background's state of every open tab. (Without the "tabs"
 * permission, which Lurewatch does not ask for, tab URLs are hidden, so tabs are told apart by
 * their state alone.)
 */
async function tabStates(extPage) {
  return extPage.evaluate(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    return Promise.all(
      tabs.map((t) => api.runtime.sendMessage({ type: 'popup/get-tab-state', tabId: t.id })),
    );
  });
}

for (const browserName of ['chromium', 'firefox']) {
  describe(`foundation in ${browserName}`, () => {
    let server;
    let b;
    before(async () => {
      server = await startFixtureServer();
      b =
        browserName === 'chromium'
          ? await launchChromium()
          : await launchFirefox({ fixturePort: server.port });
    });
    after(async () => {
      // Normally closed by the network test; close here too if that test did not run.
      if (b) await b.close();
      await server?.close();
    });

    test('the content script runs on a page and reports to the background', async () => {
      const url = server.url('/foundation/page.html');
      const page = await b.newPage();
      await page.goto(url);
      const ext = await b.openExtensionPage('src/popup/index.html');
      const reported = await waitFor(async () => {
        const states = (await tabStates(ext)).filter((s) => s.status !== 'unsupported');
        return states.length > 0 ? states : null;
      }, 'the content script to report the page to the background');
      assert.equal(reported.length, 1, 'exactly one tab (the test page) is known to the background');
      assert.equal(typeof reported[0].scanned, 'number');
      assert.deepEqual(reported[0].findings, [], 'a plain page has no findings');
      // The page itself is untouched.
      assert.equal(await page.title(), 'Plain page');
      await page.close();
      // Closing the tab forgets its state.
      await waitFor(
        async () => (await tabStates(ext)).every((s) => s.status === 'unsupported'),
        'the background to forget the closed tab',
      );
      await ext.close();
    });

    test('the popup renders and talks to the background', async () => {
      const popup = await b.openExtensionPage('src/popup/index.html');
      const pong = await popup.evaluate(() =>
        (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'ping' }),
      );
      assert.equal(pong.ok, true);
      assert.match(pong.version, /^\d+\.\d+\.\d+$/);
      await waitFor(
        () => popup.evaluate(() => document.body.innerText.trim().length > 0),
        'the popup to render',
      );
      await screenshot(popup, `${browserName}-foundation-popup`);
      await popup.close();
    });

    test('no network request leaves the machine', async (t) => {
      const log = await b.close();
      b = null;
      t.diagnostic(`${browserName}: ${log.length} requests recorded in all`);
      if (browserName === 'chromium') {
        assert.deepEqual(extensionInitiatedRequests(log), [], 'requests initiated by the extension');
        assert.deepEqual(
          foreignChromiumRequests(log, server.origin),
          [],
          'requests to anywhere but the test page',
        );
        assert.ok(
          log.some((r) => r.url.startsWith(server.origin)),
          'the NetLog recorded the test page itself',
        );
      } else {
        assert.deepEqual(foreignFirefoxRequests(log), [], 'requests to anywhere but the test page');
        assert.ok(
          log.some((r) => r.forwarded),
          'the proxy saw the test page itself',
        );
      }
      assert.deepEqual(server.unexpectedRequests(), [], 'requests to the test server for unknown paths');
    });
  });
}

// Negative control: the NetLog check above must be able to see a request an extension context
// makes. Here an extension page fetches a path from the local test server (never the internet).
describe('network check control in chromium', () => {
  test('a request from an extension context is detected', async () => {
    const server = await startFixtureServer();
    const b = await launchChromium();
    try {
      const page = await b.openExtensionPage('src/popup/index.html');
      const status = await page.evaluate(async (u) => (await fetch(u)).status, server.url('/control-probe'));
      assert.equal(status, 404);
    } finally {
      const log = await b.close();
      await server.close();
      const seen = extensionInitiatedRequests(log);
      assert.equal(seen.length, 1, 'the probe request is attributed to the extension');
      assert.match(seen[0].url, /\/control-probe$/);
      assert.deepEqual(
        server.unexpectedRequests().map((r) => r.path),
        ['/control-probe'],
        'the server flags the unknown path too',
      );
    }
  });
});

// The shipped builds (dist/chrome, dist/firefox: no test server match, no test hooks) load too.
describe('shipped builds load in both browsers', () => {
  for (const browserName of ['chromium', 'firefox']) {
    test(`dist/${browserName === 'chromium' ? 'chrome' : 'firefox'} in ${browserName}`, async () => {
      const server = await startFixtureServer();
      const b =
        browserName === 'chromium'
          ? await launchChromium({ kind: 'dist' })
          : await launchFirefox({ fixturePort: server.port, kind: 'dist' });
      try {
        const popup = await b.openExtensionPage('src/popup/index.html');
        const pong = await popup.evaluate(() =>
          (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'ping' }),
        );
        assert.equal(pong.ok, true);
        // The shipped content script does not run on the local test server.
        const page = await b.newPage();
        await page.goto(server.url('/foundation/page.html'));
        await new Promise((r) => setTimeout(r, 1000));
        const states = await tabStates(popup);
        assert.ok(
          states.every((s) => s.status === 'unsupported'),
          'no tab is scanned by the shipped build on localhost',
        );
      } finally {
        await b.close();
        await server.close();
      }
    });
  }
});
