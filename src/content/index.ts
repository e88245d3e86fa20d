import browser from 'webextension-polyfill';

// Entry of the content script. The scanner and site adapters attach here.
document.documentElement.setAttribute('data-lurewatch', 'active');
void browser.runtime
  .sendMessage({ type: 'content/state', site: null, status: 'unrecognised', scanned: 0, findings: [] })
  .catch(() => undefined);
