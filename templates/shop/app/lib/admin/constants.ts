// What both the server modules and the back office's pages (client code) need to know.
import type { TouchpointChannel } from '@journeykit/core'
import type { OrderStatus } from '../orders.server'

/** owner: everything, staff accounts, the audit log and erasing a customer's personal data included; staff: orders, customers, reviews, the catalog and promotions; analyst: the dashboard. */
export type StaffRole = 'owner' | 'staff' | 'analyst'
export const STAFF_ROLES: readonly StaffRole[] = ['owner', 'staff', 'analyst']
export const MIN_PASSWORD_LENGTH = 12

export const ORDER_STATUSES: readonly OrderStatus[] = ['pending', 'paid', 'fulfilled', 'refunded', 'cancelled']
export const TOUCHPOINT_CHANNELS: readonly TouchpointChannel[] = ['paid', 'owned', 'earned', 'direct']

/** The review queue's tabs: `pending` are the reviews held for moderation (stored as 'held'). */
export type ModerationStatus = 'pending' | 'published' | 'rejected'
export const MODERATION_STATUSES: readonly ModerationStatus[] = ['pending', 'published', 'rejected']
export const REPLY_MAX_LENGTH = 2000

export const FEEDBACK_KINDS = ['nps', 'csat'] as const
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]
/** NPS: detractors 0–6, passives 7–8, promoters 9–10. CSAT (1–5): unsatisfied 1–3, satisfied 4–5. */
export const FEEDBACK_GROUPS = ['detractor', 'passive', 'promoter', 'unsatisfied', 'satisfied'] as const
export type FeedbackGroup = (typeof FEEDBACK_GROUPS)[number]
/** What a product's edit and the catalog import accept. */
export const PRODUCT_NAME_MAX = 200
export const PRODUCT_DESCRIPTION_MAX = 5000
export const VARIANT_LABEL_MAX = 100
export const STOCK_MAX = 1_000_000
/** A manual points adjustment's reason (the customer page's form and customers.server.ts). */
export const ADJUSTMENT_REASON_MAX = 200

/** Promotions: what a coupon takes off (a percentage, an amount, or the shipping) and the limits of its form. */
export const COUPON_KINDS = ['percent', 'fixed', 'free_shipping'] as const
export type CouponKind = (typeof COUPON_KINDS)[number]
export const COUPON_CODE_PATTERN = /^[A-Z0-9_-]{3,32}$/
