import browser from 'webextension-polyfill';
import { pendingArea, putPendingCheck } from '../popup/pending-check.ts';
import { t } from '../shared/i18n.ts';

export const MENU_ID = 'lurewatch-check-selection';
export const CHECK_PAGE = 'src/popup/index.html';
/** Selections longer than this are cut (the check box has the same limit). */
export const MAX_SELECTION = 20_000;

/**
 * "Check this text with Lurewatch" on selected text of any page. Needs only the contextMenus
 * permission: the browser hands us the selection when the user clicks, no host access involved.
 */
export function installContextMenu(api: typeof browser = browser): void {
  api.runtime.onInstalled.addListener(() => {
    void api.contextMenus
      .removeAll()
      .then(() => {
        api.contextMenus.create({
          id: MENU_ID,
          title: t('popup_context_menu', undefined, 'Check this text with Lurewatch'),
          contexts: ['selection'],
        });
      })
      .catch(() => undefined);
  });
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    void checkSelection(info.selectionText ?? '', tab?.index, api);
  });
}

export async function checkSelection(text: string, index: number | undefined, api: typeof browser = browser) {
  const id = await putPendingCheck(text.slice(0, MAX_SELECTION), pendingArea(api));
  await api.tabs.create({
    url: api.runtime.getURL(`${CHECK_PAGE}?check=${id}`),
    ...(index !== undefined ? { index: index + 1 } : {}),
  });
}
