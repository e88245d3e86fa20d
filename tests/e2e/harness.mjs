// End-to-end harness: loads the TEST build of the extension (dist-test/<target>, made by
// `npm run build:test`) into real Debian Chromium (Playwright over CDP) and real Firefox ESR
// (Puppeteer over WebDriver BiDi), serves tests/fixtures/ on 127.0.0.1, and records every network
// request each browser makes so tests can prove the extension makes none of its own.
//
// Chromium: a NetLog (--log-net-log) lists every URL request of the whole browser with its
// initiator; after close we parse it. Firefox: every HTTP(S) request of the browser is routed
// through a logging proxy on 127.0.0.1 that forwards only to the fixture server and refuses
// everything else.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const ARTIFACTS = path.join(ROOT, 'artifacts');
export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];
export const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
// Must match the gecko id in vite.config.ts; the UUID pins the moz-extension:// host.
export const GECKO_ID = '{5c2d7a0e-3f4b-4e8a-9c61-7d1f2b9e4a38}';
export const FIREFOX_UUID = '7d3c9a52-1e4f-4b8d-a6c2-59e0f1b3d7a4';

const HOW_TO_INSTALL =
  'Install the browsers: `apt-get update && apt-get install -y chromium firefox-esr` (as root), then run the tests again.';

/** Path of an installed browser, or a thrown error that says how to install it (never a skip). */
export function findBrowser(kind) {
  const candidates = kind === 'chromium' ? CHROMIUM_PATHS : FIREFOX_PATHS;
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`${kind} not found (looked in ${candidates.join(', ')}). ${HOW_TO_INSTALL}`);
  return found;
}

/**
 * Directory of a built extension, or an error saying how to build it. `kind` is 'dist-test' (the
 * test build, default) or 'dist' (the shipped build).
 */
export function testBuild(target, kind = 'dist-test') {
  const dir = path.join(ROOT, kind, target);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    const how = kind === 'dist' ? 'npm run build' : 'npm run build:test';
    throw new Error(`${dir}/manifest.json is missing: run \`${how}\` first.`);
  }
  return dir;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serve tests/fixtures/ on 127.0.0.1 (random port). Generated pages can be registered with
 * `server.route(path, html)`. Every request is recorded in `server.requests`.
 */
export async function startFixtureServer() {
  const routes = new Map();
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method, path: url.pathname, search: url.search });
    if (routes.has(url.pathname)) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(routes.get(url.pathname));
      return;
    }
    const file = path.normalize(path.join(FIXTURES, decodeURIComponent(url.pathname)));
    if (!file.startsWith(FIXTURES) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    url: (p) => `http://127.0.0.1:${port}${p.startsWith('/') ? p : `/${p}`}`,
    route: (p, html) => routes.set(p, html),
    requests,
    /** Requests for paths that are neither a fixture file nor a registered route. */
    unexpectedRequests: () =>
      requests.filter((r) => {
        if (routes.has(r.path) || r.path === '/favicon.ico') return false;
        const file = path.normalize(path.join(FIXTURES, decodeURIComponent(r.path)));
        return !(file.startsWith(FIXTURES) && fs.existsSync(file));
      }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function tmpDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** URLs (with initiators) of every URL request in a Chromium NetLog file. */
export function readNetLog(file) {
  const log = JSON.parse(fs.readFileSync(file, 'utf8'));
  const typeNames = Object.fromEntries(Object.entries(log.constants.logEventTypes).map(([k, v]) => [v, k]));
  const out = [];
  for (const e of log.events ?? []) {
    const name = typeNames[e.type];
    if (name === 'URL_REQUEST_START_JOB' && e.params?.url) {
      out.push({ url: e.params.url, initiator: e.params.initiator ?? null, method: e.params.method });
    }
  }
  return out;
}

/**
 * Launch Chromium headless with the test build loaded. Returns { context, extensionId, extUrl,
 * serviceWorker, close() } — close() resolves to the list of network requests from the NetLog.
 */
export async function launchChromium({ target = 'chrome', headless = true, kind = 'dist-test' } = {}) {
  const executablePath = findBrowser('chromium');
  const ext = testBuild(target, kind);
  const { chromium } = await import('playwright-core');
  const profile = tmpDir('lw-chromium-');
  const netlog = path.join(tmpDir('lw-netlog-'), 'netlog.json');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--log-net-log=${netlog}`,
      '--net-log-capture-mode=Default',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
    ],
  });
  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    browserName: 'chromium',
    context,
    extensionId,
    serviceWorker,
    extUrl: (p) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`,
    newPage: () => context.newPage(),
    /** Open an extension page and wait until its DOM has loaded. */
    openExtensionPage: async (p) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${p.replace(/^\//, '')}`);
      return page;
    },
    close: async () => {
      await context.close();
      // The NetLog is completed when the browser exits; give the writer a moment on slow disks.
      for (let i = 0; i < 50 && !fs.existsSync(netlog); i++) await new Promise((r) => setTimeout(r, 100));
      return readNetLog(netlog);
    },
  };
}

/** A forward proxy that logs every request and forwards only to the allowed origin. */
async function startLoggingProxy(allowedPort) {
  const log = [];
  const server = http.createServer((req, res) => {
    let target;
    try {
      target = new URL(req.url ?? '');
    } catch {
      log.push({ url: String(req.url), method: req.method, forwarded: false });
      res.writeHead(400).end();
      return;
    }
    const allowed = target.hostname === '127.0.0.1' && Number(target.port) === allowedPort;
    log.push({ url: target.href, method: req.method, forwarded: allowed });
    if (!allowed) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by test proxy');
      return;
    }
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: allowedPort,
        method: req.method,
        path: target.pathname + target.search,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  // HTTPS and WebSocket attempts arrive as CONNECT: record and refuse.
  server.on('connect', (req, socket) => {
    log.push({ url: `connect://${req.url}`, method: 'CONNECT', forwarded: false });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, log, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Launch Firefox ESR headless (WebDriver BiDi) with the test build installed as a temporary
 * add-on. `fixturePort` is the fixture server's port: all browser traffic goes through a logging
 * proxy that forwards only there. close() resolves to the proxy's log of requests.
 */
export async function launchFirefox({ fixturePort, kind = 'dist-test' }) {
  const executablePath = findBrowser('firefox');
  const ext = testBuild('firefox', kind);
  const puppeteer = (await import('puppeteer-core')).default;
  const proxy = await startLoggingProxy(fixturePort);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: tmpDir('lw-firefox-'),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.share_proxy_settings': true,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
      'browser.safebrowsing.provider.mozilla.updateURL': '',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'datareporting.healthreport.uploadEnabled': false,
      'toolkit.telemetry.enabled': false,
      'toolkit.telemetry.unified': false,
      'app.normandy.enabled': false,
      'browser.region.network.url': '',
      'browser.search.geoip.url': '',
      'browser.newtabpage.activity-stream.feeds.topsites': false,
      'browser.newtabpage.activity-stream.feeds.section.topstories': false,
      'services.settings.server': 'http://127.0.0.1:9/v1',
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.http.speculative-parallel-limit': 0,
    },
  });
  const extensionId = await browser.installExtension(ext);
  const base = `moz-extension://${FIREFOX_UUID}/`;
  return {
    browserName: 'firefox',
    browser,
    extensionId,
    extUrl: (p) => base + p.replace(/^\//, ''),
    newPage: () => browser.newPage(),
    /**
     * Open an extension page. Firefox's BiDi never reports these navigations as finished, so
     * navigation is fired and forgotten, and we wait for the document instead.
     */
    openExtensionPage: async (p) => {
      const page = await browser.newPage();
      page.goto(base + p.replace(/^\//, ''), { timeout: 60_000 }).catch(() => undefined);
      await waitFor(
        () =>
          page.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:'),
        `extension page ${p} to load`,
        30_000,
      );
      return page;
    },
    close: async () => {
      await browser.close();
      await proxy.close();
      return proxy.log;
    },
  };
}

/** Wait until `fn` returns a truthy value (polling), or throw with `what` after `timeout` ms. */
export async function waitFor(fn, what, timeout = 15_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`,
  );
}

/** Save a screenshot under artifacts/screenshots/ and return its path. */
export async function screenshot(page, name) {
  const dir = path.join(ARTIFACTS, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/**
 * The browsers' own background services that still call home in a fresh headless profile despite
 * the flags and prefs above (Chromium: account and component-update checks; Firefox: remote
 * settings). They are the browser's, not Lurewatch's: in Chromium they carry no initiator (the
 * browser process), and in Firefox they go only to the vendor's hosts. Anything else fails.
 */
const CHROMIUM_OWN_HOSTS = new Set([
  'accounts.google.com',
  'update.googleapis.com',
  'clients2.google.com',
  'clients2.googleusercontent.com',
  'redirector.gvt1.com',
  'edgedl.me.gvt1.com',
  'optimizationguide-pa.googleapis.com',
]);
const FIREFOX_OWN_DOMAINS = ['mozilla.com', 'mozilla.net', 'mozilla.org', 'firefox.com', 'mozaws.net'];

export function isChromiumOwnRequest(r) {
  const u = new URL(r.url);
  return (!r.initiator || r.initiator === 'not an origin') && CHROMIUM_OWN_HOSTS.has(u.hostname);
}

export function isFirefoxOwnRequest(r) {
  const host = r.url.replace(/^connect:\/\//, 'https://');
  let hostname;
  try {
    hostname = new URL(host).hostname;
  } catch {
    return false;
  }
  return FIREFOX_OWN_DOMAINS.some((d) => hostname === d || hostname.endsWith(`.${d}`));
}

/** Requests in the Chromium NetLog that went neither to the fixture server nor to the browser's own services. */
export function foreignChromiumRequests(netRequests, fixtureOrigin) {
  return netRequests.filter((r) => {
    const u = new URL(r.url);
    if (u.protocol === 'chrome-extension:' || u.protocol === 'data:' || u.protocol === 'blob:') return false;
    return u.origin !== fixtureOrigin && !isChromiumOwnRequest(r);
  });
}

/** Requests seen by the Firefox proxy that went neither to the fixture server nor to Mozilla's services. */
export function foreignFirefoxRequests(proxyLog) {
  return proxyLog.filter((r) => !r.forwarded && !isFirefoxOwnRequest(r));
}

/** Requests from extension contexts (initiator chrome-extension://…) to any http(s) address. */
export function extensionInitiatedRequests(netRequests) {
  return netRequests.filter(
    (r) => (r.initiator ?? '').startsWith('chrome-extension://') && /^(https?|wss?):/.test(r.url),
  );
}
