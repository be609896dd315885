import { reviewRequestPath } from '../reviews.server'
import { hasLinkSignature, linkSignature } from './link-signature.server'

/**
 * How long a review link proves the buyer: 90 days after it was handed out (the review request is due, or
 * the order page shown). Long enough for a product that is used for a while before it is judged; a link in
 * a forwarded or leaked message stops making verified reviews one day.
 */
export const REVIEW_LINK_TTL_MS = 90 * 24 * 60 * 60_000

/** The purpose the review links' key is derived for (a new version voids every link). */
const REVIEW_LINKS = 'review-link v1'

/** The id of the review form on the product page, where a review link lands. */
export const REVIEW_FORM_ANCHOR = 'write-review'

/**
 * The token of a review link: when it expires (seconds, base 36) and the signature of the order, the
 * product and that time. It proves that whoever holds it received the link the shop made for that order
 * and that product, until then; nothing is stored per link.
 */
export function reviewLinkToken(orderId: string, productId: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000).toString(36)
  return `${expires}.${linkSignature(REVIEW_LINKS, `${orderId}\n${productId}\n${expires}`)}`
}

export type ReviewLinkCheck = { ok: true } | { ok: false; reason: 'invalid' | 'expired' }

/** Whether `token` is the shop's review link for this order and product (`invalid` for any other) and still valid at `now`. */
export function checkReviewLinkToken(orderId: string, productId: string, token: string, now: Date = new Date()): ReviewLinkCheck {
  const [expires, signature, ...rest] = token.split('.')
  if (!expires || !signature || rest.length > 0) return { ok: false, reason: 'invalid' }
  if (!hasLinkSignature(REVIEW_LINKS, `${orderId}\n${productId}\n${expires}`, signature)) return { ok: false, reason: 'invalid' }
  return now.getTime() < parseInt(expires, 36) * 1000 ? { ok: true } : { ok: false, reason: 'expired' }
}

/** What a refused review link tells the visitor. */
export const REVIEW_LINK_PROBLEMS: Record<'invalid' | 'expired', string> = {
  invalid: 'This review link is not valid for this product. You can still write a review; it will not be marked as a verified purchase.',
  expired: 'This review link has expired. You can still write a review; it will not be marked as a verified purchase.',
}

/**
 * The product page's review form for a product of an order, signed for that order and product until
 * `REVIEW_LINK_TTL_MS` after `issuedAt` (a path; the email makes it absolute).
 */
export function reviewLinkPath(productSlug: string, productId: string, orderId: string, issuedAt: Date = new Date()): string {
  const [path, query] = reviewRequestPath(productSlug, orderId).split('#')[0]!.split('?')
  const search = new URLSearchParams(query)
  search.set('token', reviewLinkToken(orderId, productId, new Date(issuedAt.getTime() + REVIEW_LINK_TTL_MS)))
  return `${path}?${search}#${REVIEW_FORM_ANCHOR}`
}

/** A product page visit's review link: verified (with what the form posts back), or why it is not. */
export type ReviewLinkVisit = { verified: true; orderId: string; token: string } | { verified: false; problem: string }

/** The review link a product page request carries (`order` and `token`), checked for `productId`; null without one. */
export function reviewLinkOfRequest(request: Request, productId: string, now: Date = new Date()): ReviewLinkVisit | null {
  const params = new URL(request.url).searchParams
  const orderId = params.get('order')
  const token = params.get('token')
  if (!orderId || !token) return null
  const link = checkReviewLinkToken(orderId, productId, token, now)
  return link.ok ? { verified: true, orderId, token } : { verified: false, problem: REVIEW_LINK_PROBLEMS[link.reason] }
}
