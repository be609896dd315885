/**
 * Providers whose domains are one mailbox namespace: the address at any of them reaches the same
 * inbox, so they are spelled with the first domain.
 */
export const MAILBOX_DOMAIN_ALIASES: Readonly<Record<string, string>> = {
  'googlemail.com': 'gmail.com',
  'protonmail.com': 'proton.me',
  'protonmail.ch': 'proton.me',
  'pm.me': 'proton.me',
  'me.com': 'icloud.com',
  'mac.com': 'icloud.com',
  'yandex.com': 'yandex.ru',
  'yandex.by': 'yandex.ru',
  'yandex.kz': 'yandex.ru',
  'yandex.ua': 'yandex.ru',
  'ya.ru': 'yandex.ru',
}

/** Yahoo's disposable addresses are `base-keyword@`; Yahoo names cannot hold a hyphen otherwise. */
export const YAHOO_DOMAIN = /^(yahoo\.[a-z.]+|ymail\.com|rocketmail\.com)$/

/**
 * One spelling per mailbox, to recognise the same person behind different spellings:
 * - the whole address trimmed and in lower case, the domain without its trailing dot(s)
 *   (`example.com.` is the same DNS name);
 * - no `+tag` (plus addressing, which Gmail, Outlook, iCloud, Proton, Fastmail and most others deliver
 *   to the base mailbox);
 * - Gmail: no dots in the local part, googlemail.com → gmail.com;
 * - Proton (proton.me, protonmail.com/.ch, pm.me → proton.me): no dots, hyphens or underscores;
 * - iCloud (me.com, mac.com → icloud.com);
 * - Yandex (yandex.com/.by/.kz/.ua, ya.ru → yandex.ru): a dot is a hyphen;
 * - Yahoo (yahoo.*, ymail.com, rocketmail.com): no `-keyword` (disposable addresses).
 * A value without an `@` is only trimmed and lower-cased. Custom domains (catch-all mailboxes)
 * cannot be known from the address and are left as they are.
 */
export function normalizeEmail(email: string): string {
  const trimmed = email.trim().toLowerCase()
  const at = trimmed.lastIndexOf('@')
  if (at <= 0) return trimmed
  let local = trimmed.slice(0, at)
  const bareDomain = trimmed.slice(at + 1).replace(/\.+$/, '')
  const domain = MAILBOX_DOMAIN_ALIASES[bareDomain] ?? bareDomain
  const plus = local.indexOf('+')
  if (plus > 0) local = local.slice(0, plus)
  if (domain === 'gmail.com') local = local.replace(/\./g, '')
  else if (domain === 'proton.me') local = local.replace(/[._-]/g, '')
  else if (domain === 'yandex.ru') local = local.replace(/\./g, '-')
  else if (YAHOO_DOMAIN.test(domain)) local = local.replace(/^([^-]+)-.*$/, '$1')
  return `${local}@${domain}`
}
