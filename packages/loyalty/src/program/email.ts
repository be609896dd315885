const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com'])

/**
 * One spelling per mailbox, to recognise the same person: lower case, no "+tag" (plus
 * addressing), and for Gmail no dots in the local part and googlemail.com → gmail.com.
 */
export function normalizeEmail(email: string): string {
  const trimmed = email.trim().toLowerCase()
  const at = trimmed.lastIndexOf('@')
  if (at <= 0) return trimmed
  let local = trimmed.slice(0, at)
  let domain = trimmed.slice(at + 1)
  const plus = local.indexOf('+')
  if (plus > 0) local = local.slice(0, plus)
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replace(/\./g, '')
    domain = 'gmail.com'
  }
  return `${local}@${domain}`
}
