/** The sites Lurewatch reads. One settings switch per site; Telegram's two web clients share one. */
export const SITE_IDS = [
  'gmail',
  'outlook',
  'yahoo',
  'whatsapp',
  'telegram',
  'messenger',
  'instagram',
  'linkedin',
  'discord',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** Display names (proper nouns, not translated). */
export const SITE_NAMES: Record<SiteId, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  yahoo: 'Yahoo Mail',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  messenger: 'Messenger',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  discord: 'Discord',
};
