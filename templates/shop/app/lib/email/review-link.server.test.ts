// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkReviewLinkToken, REVIEW_FORM_ANCHOR, REVIEW_LINK_TTL_MS, reviewLinkOfRequest, reviewLinkPath, reviewLinkToken } from './review-link.server'

const now = new Date('2026-12-04T10:00:00Z')
const later = new Date(now.getTime() + 60_000)

describe('review links', () => {
  it('accept the token made for the order and product until it expires', () => {
    const token = reviewLinkToken('NW-1', 'p-boot', later)
    expect(checkReviewLinkToken('NW-1', 'p-boot', token, now)).toEqual({ ok: true })
    expect(checkReviewLinkToken('NW-1', 'p-boot', token, later)).toEqual({ ok: false, reason: 'expired' })
  })

  it('refuse a forged token, another product’s or another order’s, and one whose expiry was changed', () => {
    const token = reviewLinkToken('NW-1', 'p-boot', later)
    const [expires, signature] = token.split('.')
    const farLater = Math.floor((later.getTime() + REVIEW_LINK_TTL_MS) / 1000).toString(36)
    for (const [orderId, productId, candidate] of [
      ['NW-1', 'p-tent', token],
      ['NW-2', 'p-boot', token],
      ['NW-1', 'p-boot', `${farLater}.${signature}`],
      ['NW-1', 'p-boot', `${expires}.${'A'.repeat(signature!.length)}`],
      ['NW-1', 'p-boot', `${token}.x`],
      ['NW-1', 'p-boot', ''],
    ] as const) {
      expect(checkReviewLinkToken(orderId, productId, candidate, now)).toEqual({ ok: false, reason: 'invalid' })
    }
  })

  it('land on the product page’s review form, valid for the link lifetime from when they are handed out', () => {
    const url = new URL(reviewLinkPath('ridge-boot', 'p-boot', 'NW-1', now), 'https://shop.example')
    expect([url.pathname, url.hash, url.searchParams.get('order'), url.searchParams.get('utm_source')]).toEqual(['/p/ridge-boot', `#${REVIEW_FORM_ANCHOR}`, 'NW-1', 'review-request'])
    const token = url.searchParams.get('token')!
    expect(checkReviewLinkToken('NW-1', 'p-boot', token, new Date(now.getTime() + REVIEW_LINK_TTL_MS - 1000))).toEqual({ ok: true })
    expect(checkReviewLinkToken('NW-1', 'p-boot', token, new Date(now.getTime() + REVIEW_LINK_TTL_MS))).toEqual({ ok: false, reason: 'expired' })
  })

  it('are read from a product page request: verified, refused with what to do, or absent', () => {
    const visit = (query: string, productId = 'p-boot', at = now) => reviewLinkOfRequest(new Request(`https://shop.example/p/ridge-boot?${query}`), productId, at)
    const token = reviewLinkToken('NW-1', 'p-boot', later)
    expect(visit(`order=NW-1&token=${token}`)).toEqual({ verified: true, orderId: 'NW-1', token })
    expect(visit(`order=NW-1&token=${token}`, 'p-tent')).toEqual({ verified: false, problem: expect.stringContaining('not valid') })
    expect(visit(`order=NW-1&token=${token}`, 'p-boot', later)).toEqual({ verified: false, problem: expect.stringContaining('has expired') })
    expect(visit('order=NW-1')).toBeNull()
    expect(visit('')).toBeNull()
  })
})
