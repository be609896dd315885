import { randomBytes } from 'node:crypto'
import type { ShopConfig } from './env.server'

type HeaderConfig = Pick<ShopConfig, 'shopUrl' | 'frameAncestors' | 'ga4MeasurementId' | 'segmentWriteKey' | 'stripe'>

/** A fresh nonce for one response's inline scripts. */
export function createNonce(): string {
  return randomBytes(16).toString('base64')
}

// The hosts each optional part loads from (the README's "Add analytics" and Stripe's CSP guide).
const GA4 = { script: ['https://www.googletagmanager.com'], connect: ['https://*.google-analytics.com', 'https://*.analytics.google.com', 'https://*.googletagmanager.com'], img: ['https://*.google-analytics.com', 'https://*.googletagmanager.com'] }
const SEGMENT = { script: ['https://cdn.segment.com'], connect: ['https://api.segment.io', 'https://cdn.segment.com'] }
const STRIPE = {
  script: ['https://js.stripe.com', 'https://*.js.stripe.com'],
  connect: ['https://api.stripe.com'],
  frame: ['https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'],
}

/**
 * The Content-Security-Policy of a page: scripts only from the shop itself, inline ones only with
 * this response's nonce, and the analytics and Stripe hosts only when those parts are configured.
 * Without a nonce (JSON, files, errors) no inline script runs at all.
 */
export function contentSecurityPolicy(config: HeaderConfig, nonce?: string): string {
  const script = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : [])]
  const connect = ["'self'"]
  const img = ["'self'", 'data:', 'blob:']
  const frame: string[] = []
  if (config.ga4MeasurementId) script.push(...GA4.script), connect.push(...GA4.connect), img.push(...GA4.img)
  if (config.segmentWriteKey) script.push(...SEGMENT.script), connect.push(...SEGMENT.connect)
  if (config.stripe) script.push(...STRIPE.script), connect.push(...STRIPE.connect), frame.push(...STRIPE.frame)
  const directives = [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    // Styles may be inline (React's style attributes, Stripe's Payment Element); scripts may not.
    "style-src 'self' 'unsafe-inline'",
    `img-src ${img.join(' ')}`,
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    `frame-src ${frame.length ? frame.join(' ') : "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${config.frameAncestors.length ? config.frameAncestors.join(' ') : "'none'"}`,
  ]
  return directives.join('; ')
}

/** Paths whose pages hold personal data (a cart, an address, an order, the dashboard, the back office): never stored by a cache. */
const PERSONAL = /^\/(?:cart|checkout|orders|account|journey|admin)(?:\/|\.data$|$)/

export function holdsPersonalData(pathname: string): boolean {
  return PERSONAL.test(pathname)
}

/**
 * Sets the headers every response carries (a page passes its nonce). Keeps a Content-Security-Policy
 * already set, so a page's nonce policy is not replaced by the default one.
 */
export function applySecurityHeaders(headers: Headers, config: HeaderConfig, { pathname, nonce }: { pathname: string; nonce?: string }): void {
  if (nonce || !headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', contentSecurityPolicy(config, nonce))
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  if (!config.frameAncestors.length) headers.set('X-Frame-Options', 'DENY')
  if (config.shopUrl.startsWith('https:')) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  if (holdsPersonalData(pathname)) headers.set('Cache-Control', 'no-store')
}
