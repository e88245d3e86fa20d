import browser from 'webextension-polyfill';

/**
 * Text handed from the context menu to the check page. It is kept in storage.session (memory
 * only, cleared when the browser closes; Chrome 102+, Firefox 115+), or in storage.local where
 * storage.session is missing, and deleted as soon as the page has read it. Only a random id goes
 * into the page's address: the selected text never appears in a URL.
 */
export const PENDING_PREFIX = 'pendingCheck:';
export const PENDING_MAX_AGE_MS = 10 * 60 * 1000;
const ID_RE = /^[a-z0-9]{8,40}$/;

type Area = Pick<browser.Storage.StorageArea, 'get' | 'set' | 'remove'>;

export function pendingArea(api: typeof browser = browser): Area {
  const storage = api.storage as typeof api.storage & { session?: Area };
  return storage.session ?? api.storage.local;
}

export function newPendingId(): string {
  const a = new Uint32Array(3);
  crypto.getRandomValues(a);
  return Array.from(a, (n) => n.toString(36))
    .join('')
    .padEnd(8, '0');
}

export async function putPendingCheck(
  text: string,
  area: Area = pendingArea(),
  now = Date.now(),
): Promise<string> {
  const id = newPendingId();
  await area.set({ [PENDING_PREFIX + id]: { text, at: now } });
  return id;
}

/** Read and delete. Undefined when the id is malformed, unknown or too old. */
export async function takePendingCheck(
  id: string,
  area: Area = pendingArea(),
  now = Date.now(),
): Promise<string | undefined> {
  if (!ID_RE.test(id)) return undefined;
  const key = PENDING_PREFIX + id;
  const got = (await area.get(key)) as Record<string, { text?: unknown; at?: unknown } | undefined>;
  await area.remove(key);
  const entry = got[key];
  if (!entry || typeof entry.text !== 'string' || typeof entry.at !== 'number') return undefined;
  if (now - entry.at > PENDING_MAX_AGE_MS) return undefined;
  return entry.text;
}
