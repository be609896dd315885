import { z } from 'zod'
import type { EventName, JourneyEventMap } from './catalog'

// Development-only: the journey calls `validateProperties` inside
// `if (process.env.NODE_ENV !== 'production')`, so production bundles drop this module and zod.
// The schemas are built on first use, not at module level: the built dist/ bundles this module
// into the same chunk as the journey, and top-level `z.object(...)` calls would survive tree
// shaking (the bundler must assume they have side effects), dragging zod into production.

function buildSchemas() {
  const money = z.object({
    amount: z.int({ error: 'must be an integer amount in minor units' }),
    currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code (3 uppercase letters)' }),
  })

  const count = z.int().nonnegative()

  const item = z.object({
    id: z.string(),
    name: z.string(),
    price: money,
    quantity: z.int().positive().optional(),
    variant: z.string().optional(),
    brand: z.string().optional(),
    category: z.string().optional(),
    position: z.int().positive().optional(),
    listId: z.string().optional(),
    coupon: z.string().optional(),
  })

  const items = z.array(item)

  const promotion = z.object({
    promotionId: z.string(),
    name: z.string(),
    creative: z.string().optional(),
    slot: z.string().optional(),
  })

  const survey = z
    .object({
      surveyId: z.string(),
      kind: z.enum(['nps', 'csat']),
      score: z.int(),
      commentLength: count.optional(),
    })
    .refine(({ kind, score }) => (kind === 'nps' ? score >= 0 && score <= 10 : score >= 1 && score <= 5), {
      path: ['score'],
      error: 'must be 0–10 for nps, 1–5 for csat',
    })

  /** One schema per catalog event, mirroring `JourneyEventMap` in catalog.ts. */
  const schemas: { [N in EventName]: z.ZodType<JourneyEventMap[N]> } = {
    page_viewed: z.object({}) as z.ZodType<Record<string, never>>,
    promotion_viewed: promotion,
    promotion_clicked: promotion,
    lead_captured: z.object({ formId: z.string() }),
    products_searched: z.object({ query: z.string(), resultsCount: count.optional() }),
    product_list_viewed: z.object({ listId: z.string(), listName: z.string().optional(), items }),
    product_clicked: z.object({ item, listId: z.string().optional() }),
    product_viewed: z.object({ item }),
    comparison_viewed: z.object({ items }),
    comparison_changed: z.object({
      action: z.enum(['add', 'remove', 'differences']),
      itemId: z.string().optional(),
      value: z.boolean().optional(),
    }),
    reviews_interacted: z.object({
      productId: z.string(),
      action: z.enum(['filter', 'sort', 'helpful', 'photo', 'page']),
      value: z.string().optional(),
    }),
    social_proof_viewed: z.object({ widget: z.string(), productId: z.string().optional() }),
    product_added: z.object({ item, cartId: z.string().optional() }),
    product_removed: z.object({ item, cartId: z.string().optional() }),
    cart_viewed: z.object({ items, cartId: z.string().optional() }),
    coupon_applied: z.object({ code: z.string(), discount: money }),
    coupon_denied: z.object({ code: z.string(), reason: z.string() }),
    checkout_started: z.object({ checkoutId: z.string(), items, coupon: z.string().optional() }),
    shipping_info_added: z.object({ checkoutId: z.string(), items, shippingMethod: z.string() }),
    payment_info_entered: z.object({ checkoutId: z.string(), items, paymentMethod: z.string() }),
    payment_failed: z.object({ checkoutId: z.string(), reason: z.string(), paymentMethod: z.string().optional() }),
    order_completed: z.object({
      orderId: z.string(),
      items,
      subtotal: money,
      shipping: money,
      tax: money,
      discount: money,
      total: money,
      coupon: z.string().optional(),
    }),
    order_refunded: z.object({ orderId: z.string(), total: money, items: items.optional() }),
    loyalty_viewed: z.object({ member: z.boolean(), tier: z.string().optional() }),
    points_earned: z.object({ points: z.int(), balance: z.int(), reason: z.string() }),
    reward_redeemed: z.object({ rewardId: z.string(), points: z.int() }),
    tier_changed: z.object({ from: z.string(), to: z.string() }),
    referral_shared: z.object({ channel: z.string(), referralCode: z.string() }),
    referral_claimed: z.object({ referralCode: z.string() }),
    product_reviewed: z.object({
      productId: z.string(),
      reviewId: z.string().optional(),
      rating: z.number().min(1, { error: 'must be 1–5' }).max(5, { error: 'must be 1–5' }),
    }),
    survey_submitted: survey,
    experiment_viewed: z.object({ experiment: z.string().min(1), variant: z.string().min(1) }),
    email_clicked: z.object({ campaign: z.string().min(1), link: z.string().optional() }),
    email_sent: z.object({ template: z.string().min(1), campaign: z.string().min(1), messageId: z.string().min(1) }),
  }
  return schemas
}

let schemaCache: ReturnType<typeof buildSchemas> | undefined

/** Messages for the generic problems; the schemas above name the domain rules themselves. */
function describe(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type') return undefined
  if (issue.input === undefined) return 'is required'
  const expected = issue.expected === 'int' ? 'integer' : issue.expected
  return `must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`
}

/**
 * Checks an event's properties against the catalog. Returns one line per problem,
 * `<field path> <problem>` (e.g. `item.price.amount must be an integer amount in minor units`),
 * or an empty array when they are valid.
 */
export function validateProperties(name: EventName, properties: unknown): string[] {
  const result = (schemaCache ??= buildSchemas())[name].safeParse(properties, { error: describe })
  if (result.success) return []
  return result.error.issues.map((issue) => `${formatPath(issue.path) || 'properties'} ${issue.message}`)
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = ''
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`
  return text
}
