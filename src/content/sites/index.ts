import { discord } from './discord.ts';
import { gmail } from './gmail.ts';
import { instagram } from './instagram.ts';
import { linkedin } from './linkedin.ts';
import { messenger } from './messenger.ts';
import { outlook } from './outlook.ts';
import { telegramA } from './telegram-a.ts';
import { telegramK } from './telegram-k.ts';
import type { PageLocation, SiteAdapter } from './types.ts';
import { whatsapp } from './whatsapp.ts';
import { yahooMail } from './yahoo-mail.ts';

/** Every adapter, in match order (Telegram A before K: K matches the rest of web.telegram.org). */
export const ADAPTERS: readonly SiteAdapter[] = [
  gmail,
  outlook,
  yahooMail,
  whatsapp,
  telegramA,
  telegramK,
  messenger,
  instagram,
  linkedin,
  discord,
];

export function adapterById(id: string): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.id === id);
}

/** The adapter for a page location, if Lurewatch supports it. */
export function adapterFor(loc: PageLocation): SiteAdapter | undefined {
  return ADAPTERS.find((a) => {
    try {
      return a.matches(loc);
    } catch {
      return false;
    }
  });
}

export type { PageLocation, PageMessage, SiteAdapter } from './types.ts';
