// Content-script end-to-end tests in real Chromium and Firefox, with the TEST build
// (`npm run build:test`): the content script also runs on http://127.0.0.1/* and picks the site
// adapter from the path /sites/<adapter-id>/… of the fixture server.
//
// The warning's UI lives in a CLOSED shadow root, which test code cannot open. The test build's
// hook (src/content/warning/layer.tsx): dispatching `lurewatch-test-query` on a
// <lurewatch-warning> host makes it publish its text and the screen position of each button in
// its `data-lw-test` attribute; the tests then press the buttons with REAL mouse clicks (so the
// browser grants user activation, as for a person). `lurewatch-test-stats` on the document
// publishes the scanner's figures in <html data-lw-stats>.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bigWhatsAppPage } from '../bench/big-page.mjs';
import { launchChromium, launchFirefox, screenshot, startFixtureServer, waitFor } from './harness.mjs';

const HOST = '[data-testid="lurewatch-warning"]';
const XSS = '<img src=x onerror=alert(1)>';

async function hostCount(page) {
  return page.evaluate((sel) => document.querySelectorAll(sel).length, HOST);
}

/** The scanner's figures (test build), or null before the content script answers. */
async function stats(page) {
  return page.evaluate(() => {
    document.dispatchEvent(new CustomEvent('lurewatch-test-stats'));
    const raw = document.documentElement.getAttribute('data-lw-stats');
    return raw ? JSON.parse(raw) : null;
  });
}

/** Wait until the scanner has read `n` messages and has nothing left to do. */
async function scanned(page, n, timeout = 20_000) {
  return waitFor(
    async () => {
      const s = await stats(page);
      return s && s.scanned >= n && !s.busy ? s : null;
    },
    `the scanner to read ${n} messages and finish`,
    timeout,
  );
}

/** What each warning host publishes through the test hook. */
async function warnings(page) {
  return page.evaluate((sel) => {
    const hosts = Array.from(document.querySelectorAll(sel));
    return hosts.map((h) => {
      h.dispatchEvent(new CustomEvent('lurewatch-test-query'));
      return {
        level: h.getAttribute('data-level'),
        open: h.shadowRoot !== null,
        ...JSON.parse(h.getAttribute('data-lw-test') ?? '{}'),
      };
    });
  }, HOST);
}

/** Press a warning's button with a real mouse click (the hook scrolls that warning into view). */
async function clickButton(page, index, action) {
  const info = await page.evaluate(
    ({ sel, i }) => {
      const h = document.querySelectorAll(sel)[i];
      if (!h) return null;
      h.dispatchEvent(new CustomEvent('lurewatch-test-query'));
      return JSON.parse(h.getAttribute('data-lw-test') ?? '{}');
    },
    { sel: HOST, i: index },
  );
  const b = info?.buttons?.[action];
  assert.ok(b, `warning ${index} has a "${action}" button (got ${JSON.stringify(info)})`);
  await page.mouse.click(b.x, b.y);
}

// LW_BROWSERS=chromium (or firefox) runs one browser only, for debugging.
const BROWSERS = (process.env.LW_BROWSERS ?? 'chromium,firefox').split(',');

for (const browserName of BROWSERS) {
  describe(`content scripts in ${browserName}`, () => {
    let server;
    let b;

    before(async () => {
      server = await startFixtureServer();
      server.route('/sites/whatsapp/big-2000.html', bigWhatsAppPage(2000));
      b =
        browserName === 'chromium'
          ? await launchChromium()
          : await launchFirefox({ fixturePort: server.port });
    });
    after(async () => {
      await b?.close();
      await server?.close();
    });

    for (const site of ['gmail', 'whatsapp', 'telegram-k', 'telegram-a']) {
      test(`${site}: the scam conversation is annotated, ordinary messages are not`, async () => {
        const page = await b.newPage();
        let dialogs = 0;
        page.on('dialog', (d) => {
          dialogs += 1;
          void d.dismiss().catch(() => undefined);
        });
        await page.goto(server.url(`/sites/${site}/scam.html`));
        const st = await scanned(page, 8);
        assert.equal(st.status, 'scanning');
        const list = await waitFor(async () => {
          const w = await warnings(page);
          return w.length >= 2 ? w : null;
        }, 'at least two warnings');
        assert.ok(
          list.some((w) => w.level === 'danger'),
          'the investment pitch is marked as likely scam',
        );
        for (const w of list) {
          assert.equal(w.open, false, 'the shadow root is closed to the page');
          assert.equal(w.role, 'status');
          assert.equal(w.live, 'polite');
          // The warning's styles apply, by the shared constructed sheet or the <style> fallback.
          assert.ok(['adopted', 'element'].includes(w.styles), `styles path: ${w.styles}`);
          assert.equal(w.styled, true, `the warning is styled (${w.styles})`);
          assert.ok(
            w.buttons.report && w.buttons.dismiss && w.buttons.why,
            'Report, Not a scam and Why? are there',
          );
        }
        // No warning sits inside one of the user's own (outgoing) messages.
        const onOutgoing = await page.evaluate(
          (sel) =>
            Array.from(document.querySelectorAll(sel)).filter((h) =>
              h.closest('.message-out, .is-out, .own, [data-legacy-message-id="17900123456700010001"]'),
            ).length,
          HOST,
        );
        assert.equal(onOutgoing, 0);
        // Nothing of ours in the page besides the warning hosts (no preload links, no styles).
        const leaked = await page.evaluate(
          () =>
            document.querySelectorAll(
              'link[href*="-extension:"], script[src*="-extension:"], style[data-lurewatch], [data-lurewatch]',
            ).length,
        );
        assert.equal(leaked, 0);
        console.log(`# ${browserName} ${site}: warning styles by ${list[0].styles}`);
        await screenshot(page, `${browserName}-content-${site}-scam`);
        await page.close();

        const ham = await b.newPage();
        ham.on('dialog', (d) => {
          dialogs += 1;
          void d.dismiss().catch(() => undefined);
        });
        await ham.goto(server.url(`/sites/${site}/ham.html`));
        await scanned(ham, 5);
        assert.equal(await hostCount(ham), 0, 'no warning on ordinary messages');
        // Markup inside a message stays text: no element was created from it and nothing ran.
        const markup = await ham.evaluate(
          (x) => ({
            img: document.querySelectorAll('img[onerror]').length,
            shown: document.body.textContent.includes(x),
          }),
          XSS,
        );
        assert.deepEqual(markup, { img: 0, shown: true });
        assert.equal(dialogs, 0, 'no alert() ran');
        await ham.close();
      });
    }

    test('the background counts the findings of the tab', async () => {
      const url = server.url('/sites/whatsapp/scam.html');
      const page = await b.newPage();
      await page.goto(url);
      await scanned(page, 8);
      const n = await waitFor(
        async () => ((await hostCount(page)) >= 2 ? hostCount(page) : null),
        'warnings',
      );
      const ext = await b.openExtensionPage('src/popup/index.html');
      const state = await waitFor(async () => {
        // Without the "tabs" permission tab URLs are hidden: ask the background about every tab.
        const s = await ext.evaluate(async () => {
          const api = globalThis.browser ?? globalThis.chrome;
          for (const tab of await api.tabs.query({})) {
            const st = await api.runtime.sendMessage({ type: 'popup/get-tab-state', tabId: tab.id });
            if (st?.site === 'whatsapp')
              return { ...st, badge: await api.action.getBadgeText({ tabId: tab.id }) };
          }
          return null;
        });
        return s && s.findings?.length === n ? s : null;
      }, 'the background to hold the tab findings');
      assert.equal(state.site, 'whatsapp');
      assert.equal(state.status, 'scanning');
      assert.equal(state.scanned, 8);
      assert.equal(state.badge, String(n));
      assert.ok(
        state.findings.every((f) => f.site === 'whatsapp' && f.text.length > 0 && f.reasons.length > 0),
      );
      await ext.close();
      await page.close();
    });

    test('settings changed elsewhere reach an open page; the popup can reveal a finding', async () => {
      const page = await b.newPage();
      await page.goto(server.url('/sites/telegram-a/scam.html'));
      await scanned(page, 8);
      const n = await waitFor(async () => {
        const c = await hostCount(page);
        return c >= 2 ? c : null;
      }, 'warnings');
      const ext = await b.openExtensionPage('src/popup/index.html');
      // Ask the tab to reveal its last finding, as the popup does.
      const revealed = await waitFor(
        () =>
          ext.evaluate(async () => {
            const api = globalThis.browser ?? globalThis.chrome;
            for (const tab of await api.tabs.query({})) {
              const st = await api.runtime.sendMessage({ type: 'popup/get-tab-state', tabId: tab.id });
              if (st?.site !== 'telegram' || !st.findings.length) continue;
              return api.tabs.sendMessage(tab.id, {
                type: 'content/reveal',
                findingId: st.findings.at(-1).id,
              });
            }
            return null;
          }),
        'the background to know the tab and the tab to reveal its finding',
      );
      assert.equal(revealed, true);
      // Turn Telegram off in settings (as the options page would): the warnings go at once.
      await ext.evaluate(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const { settings } = await api.storage.local.get('settings');
        const s = settings ?? { version: 1 };
        await api.storage.local.set({ settings: { ...s, sites: { ...(s.sites ?? {}), telegram: false } } });
      });
      await waitFor(
        async () => (await hostCount(page)) === 0,
        'the warnings to go when the site is turned off',
      );
      // And back on: they return.
      await ext.evaluate(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const { settings } = await api.storage.local.get('settings');
        await api.storage.local.set({
          settings: { ...settings, sites: { ...settings.sites, telegram: true } },
        });
      });
      // The extension page is in front, so the chat tab is hidden and the scanner waits (it does
      // nothing in hidden tabs); bring the chat back to the front.
      await page.bringToFront();
      await waitFor(async () => (await hostCount(page)) === n, 'the warnings to return');
      await ext.close();
      await page.close();
    });

    test('in-page navigation (history.pushState) stops the scanner and starts it again', async () => {
      const page = await b.newPage();
      await page.goto(server.url('/sites/whatsapp/scam.html'));
      await scanned(page, 8);
      const n = await waitFor(async () => {
        const c = await hostCount(page);
        return c >= 2 ? c : null;
      }, 'warnings');
      // Leave the chat without a reload, as single-page apps do: the warnings go.
      await page.evaluate(() => history.pushState({}, '', '/elsewhere/settings'));
      await waitFor(async () => (await hostCount(page)) === 0, 'the warnings to go after navigating away');
      assert.equal((await stats(page)).status, 'none');
      // Back to the chat: scanned again from scratch.
      await page.evaluate(() => history.pushState({}, '', '/sites/whatsapp/scam.html'));
      await waitFor(async () => (await hostCount(page)) === n, 'the warnings to come back');
      await page.close();
    });

    test('"Why?" shows all red flags and what comes next', async () => {
      const page = await b.newPage();
      await page.goto(server.url('/sites/telegram-a/scam.html'));
      await scanned(page, 8);
      await waitFor(async () => (await hostCount(page)) >= 2, 'warnings');
      const before = (await warnings(page)).at(-1);
      await clickButton(page, (await hostCount(page)) - 1, 'why');
      const afterOpen = await waitFor(async () => {
        const w = (await warnings(page)).at(-1);
        return w.text.length > before.text.length ? w : null;
      }, 'the details to open');
      assert.match(afterOpen.text, /What this kind of scam usually asks next/);
      assert.match(afterOpen.text, /Checked on your device/);
      await page.close();
    });

    test('"Not a scam" hides the warning, and it stays hidden after a reload', async () => {
      const page = await b.newPage();
      await page.goto(server.url('/sites/whatsapp/scam.html'));
      await scanned(page, 8);
      const n = await waitFor(async () => {
        const c = await hostCount(page);
        return c >= 2 ? c : null;
      }, 'warnings');
      await clickButton(page, 0, 'dismiss');
      await waitFor(async () => (await hostCount(page)) === n - 1, 'the dismissed warning to go');
      await page.reload();
      await scanned(page, 8);
      await waitFor(
        async () => (await hostCount(page)) === n - 1,
        'the same warnings minus the dismissed one',
      );
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(await hostCount(page), n - 1, 'the dismissed warning does not come back');
      await page.close();
    });

    test('"Trust this sender" removes every warning of that sender, also after reload', async () => {
      const page = await b.newPage();
      await page.goto(server.url('/sites/telegram-k/scam.html'));
      await scanned(page, 8);
      await waitFor(async () => (await hostCount(page)) >= 2, 'warnings');
      await clickButton(page, 0, 'trust');
      await waitFor(async () => (await hostCount(page)) === 0, 'all warnings of the trusted sender to go');
      await page.reload();
      await scanned(page, 8);
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(await hostCount(page), 0);
      await page.close();
    });

    test('"Report" opens the report page with the evidence and copies it', async () => {
      const page = await b.newPage();
      await page.goto(server.url('/sites/gmail/scam.html'));
      await scanned(page, 8);
      await waitFor(async () => (await hostCount(page)) >= 1, 'warnings');
      const last = (await hostCount(page)) - 1;
      await page.bringToFront?.();
      await clickButton(page, last, 'report');
      // The new tab shows one of our own pages, whose address the extension may see (Firefox's
      // BiDi does not report moz-extension:// addresses to the test, so ask the extension).
      const ext = await b.openExtensionPage('src/popup/index.html');
      const reportUrl = await waitFor(
        () =>
          ext.evaluate(async () => {
            const api = globalThis.browser ?? globalThis.chrome;
            const tabs = await api.tabs.query({});
            return tabs.map((t) => t.url ?? '').find((u) => u.includes('src/report/index.html?id=')) ?? null;
          }),
        'the report page to open in a new tab',
      );
      const id = new URL(reportUrl).searchParams.get('id');
      const bundle = await waitFor(
        () =>
          ext.evaluate(
            (rid) =>
              (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({
                type: 'report/get',
                reportId: rid,
              }),
            id,
          ),
        'the background to hold the evidence',
      );
      assert.equal(bundle.source, 'gmail');
      assert.match(bundle.text, /guaranteed, 3% per day/);
      assert.match(bundle.sender, /amy\.tan\.1987@example\.org/);
      assert.ok(bundle.reasons.length > 0);
      // The warning says the evidence was copied (the copy handler ran inside the click).
      const w = await waitFor(async () => {
        const x = (await warnings(page))[last];
        return /report page opened/i.test(x?.text ?? '') ? x : null;
      }, 'the warning to confirm the report');
      assert.match(w.text, /Evidence copied/);
      await ext.close();
      await page.close();
    });

    test("Messenger in Spanish: the user's own messages are told by where they sit, never flagged", async () => {
      const page = await b.newPage();
      await page.goto(server.url('/sites/messenger/scam-es.html'));
      const st = await scanned(page, 8);
      assert.equal(st.status, 'scanning');
      const n = await waitFor(async () => {
        const c = await hostCount(page);
        return c >= 2 ? c : null;
      }, 'at least two warnings');
      // The headings say "Enviaste" (not read); the bubbles of the user's own rows sit at the end.
      const onOwn = await page.evaluate(
        (sel) => Array.from(document.querySelectorAll(sel)).filter((h) => h.closest('.x13a6bvl')).length,
        HOST,
      );
      assert.equal(onOwn, 0, `none of the ${n} warnings is on the user's own messages`);
      const ownRows = await page.evaluate(() => document.querySelectorAll('.x13a6bvl').length);
      assert.equal(ownRows, 3, "the fixture has the user's own messages");
      await page.close();
    });

    test('a long chat: warnings far up the history land as the user scrolls to them', async () => {
      const page = await b.newPage();
      await page.goto(server.url('/sites/whatsapp/big-2000.html'));
      const st = await scanned(page, 2000, 120_000);
      // The chat opened at its latest messages: the warnings around the screen are placed, those
      // far up are known (the popup counts them) but not yet in the page.
      assert.ok(st.findings >= 8, `the scam scripts are flagged (${st.findings})`);
      const first = await hostCount(page);
      assert.ok(first >= 1, 'the warnings near the screen are placed');
      assert.ok(first < st.findings, `far warnings wait (${first} placed of ${st.findings})`);
      assert.equal(st.layer.deferred, st.findings - first);
      // Scroll up through the whole history, a screen at a time, like a reader.
      await page.evaluate(async () => {
        const main = document.getElementById('main');
        while (main.scrollTop > 0) {
          main.scrollTop -= main.clientHeight;
          await new Promise((r) => setTimeout(r, 30));
        }
      });
      const all = await waitFor(async () => {
        const n = await hostCount(page);
        return n === st.findings ? n : null;
      }, 'every warning to be placed after scrolling through the chat');
      assert.equal(all, st.findings);
      // Each one sits right after the text of its flagged, incoming message.
      const misplaced = await page.evaluate(
        (sel) =>
          Array.from(document.querySelectorAll(sel)).filter(
            (h) => !h.previousElementSibling?.matches('.copyable-text'),
          ).length,
        HOST,
      );
      assert.equal(misplaced, 0);
      assert.equal((await stats(page)).layer.deferred, 0);
      await page.close();
    });

    test('a page with 2,000 messages stays responsive while it is scanned', async () => {
      const page = await b.newPage();
      await page.goto(server.url('/sites/whatsapp/big-2000.html'));
      const st = await scanned(page, 2000, 120_000);
      const probe = await page.evaluate(() => ({
        maxGap: window.__probe.maxGap,
        longTasks: window.__probe.longTasks,
        beforeScan: window.__probe.beforeScan,
      }));
      const figures = {
        ...st,
        pageMaxTimerGapWhileScanningMs: Math.round(probe.maxGap),
        longTasksWhileScanning: probe.longTasks,
        beforeScan: probe.beforeScan,
      };
      console.log(`# ${browserName} 2,000 messages: ${JSON.stringify(figures)}`);
      assert.equal(st.status, 'scanning');
      assert.ok(probe.beforeScan, 'the probe saw the scan start');
      assert.ok(st.findings >= 8, 'the scam scripts in the page are flagged');
      // While the 2,000 messages are read, scored and annotated, the page's own timers keep
      // firing. (This 2-core machine is shared; the benchmark measures the figures precisely.
      // The one-time rule compilation before scanning is reported above as beforeScan.)
      // (The scanner's longest slice is printed above; its bound is checked deterministically in
      // tests/unit/content/scanner.test.ts, since wall time here includes other processes.)
      assert.ok(probe.maxGap < 200, `the page's timers were blocked for ${probe.maxGap} ms while scanning`);
      // New messages arriving later are picked up.
      await page.evaluate(() =>
        window.__append(
          document
            .querySelector('[role="row"]:last-child')
            .outerHTML.replace(/data-id="[^"]+"/, 'data-id="false_1@c.us_NEW"')
            .replace(
              /<span>[^<]*<\/span><\/span>/,
              '<span>Send 500 USDT to the TRC20 address today, guaranteed 3% per day</span></span>',
            ),
        ),
      );
      await waitFor(
        async () => ((await stats(page)).scanned === 2001 ? true : null),
        'the added message to be read',
      );
      await page.close();
    });
  });
}
