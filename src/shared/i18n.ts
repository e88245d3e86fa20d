import browser from 'webextension-polyfill';

/**
 * Translate a message key through the extension's i18n messages (the browser's UI language).
 * Falls back to `fallback` (English text) and then to the key itself, so a missing translation
 * degrades to English instead of an empty label.
 */
export function t(key: string, substitutions?: string | string[], fallback?: string): string {
  let msg = '';
  try {
    msg = browser.i18n.getMessage(key, substitutions);
  } catch {
    msg = '';
  }
  return msg || fallback || key;
}

/** The browser UI language, e.g. "en-US", "zh-CN". */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return typeof navigator !== 'undefined' ? navigator.language : 'en';
  }
}
