/**
 * Copy plain text during a click. navigator.clipboard needs focus and, in some browsers, a
 * permission; the `copy` event path works from a user gesture everywhere. Returns whether a
 * copy was accepted. Nothing is inserted into the page.
 */
export function copyText(text: string, doc: Document = document): boolean {
  let ok = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    e.stopImmediatePropagation();
    ok = true;
  };
  // Capture on the window so our handler runs before the page's own listeners.
  const win = doc.defaultView ?? window;
  win.addEventListener('copy', onCopy, { capture: true });
  try {
    doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    win.removeEventListener('copy', onCopy, { capture: true });
  }
  if (!ok && typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
    void navigator.clipboard.writeText(text).catch(() => undefined);
    ok = true;
  }
  return ok;
}
