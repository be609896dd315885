import { abandonedCheckoutEmail } from '@journeykit/email'
import type { Queryable } from '../db.server'
import { rangeInstants, type DayRange } from '../dashboard.server'

/** One campaign of the shop's emails (`utm_campaign` of their links, e.g. `review_request`). */
export interface EmailCampaignFunnel {
  campaign: string
  /** Messages of the campaign the outbox sent (the server's `email_sent`). */
  sent: number
  /** Visits (distinct sessions) in which a link of the campaign's email was followed (`email_clicked`). */
  clicks: number
  /** Visits (distinct sessions) with an event that landed from an email link of the campaign. */
  visits: number
  /** Paid orders attributed to the campaign (the visit they were placed in came from its email). */
  orders: number
  /** Their revenue in minor units, per currency, e.g. `{ EUR: 24700 }`. */
  revenue: Record<string, number>
}

/** What the abandoned-checkout reminders brought back in a range. */
export interface CartRecovery {
  /** Reminders the outbox sent (the server's `email_sent` of the abandoned-checkout template). */
  remindersSent: number
  /** Visits that followed a reminder's link back to their cart (`email_clicked`). */
  cartsRestored: number
  /** Paid orders placed in a visit that came from a reminder. */
  cartsRecovered: number
  /** Their revenue in minor units, per currency. */
  revenue: Record<string, number>
}

export interface EmailFunnel {
  /** Messages the outbox sent in the range (the server's `email_sent`), per kind (template name), most first. */
  sent: Array<{ kind: string; count: number }>
  /** Per campaign, the visits and orders its emails brought (`utm_medium=email`), most visits first. */
  campaigns: EmailCampaignFunnel[]
  /** Reminders sent → carts restored → carts recovered → revenue recovered. */
  recovery: CartRecovery
}

/**
 * The owned-email funnel of a range: sent (the server's `email_sent` events, written when the worker marks a
 * message sent, so also with analytics declined; a browser's copy never counts) → clicks
 * (`email_clicked`, which the landing page records with analytics consent) and visits (journey events whose
 * campaign has `utm_medium=email`) → orders (the server's `order_completed`, attributed to an email
 * campaign); and the same for the abandoned-checkout reminder alone (`recovery`).
 */
export async function emailFunnel(db: Queryable, range: DayRange): Promise<EmailFunnel> {
  const { from, to } = rangeInstants(range)
  const [sent, clicks, visits, orders] = await Promise.all([
    db.query<{ kind: string; campaign: string; count: number }>(
      `SELECT event #>> '{properties,template}' AS kind, event #>> '{properties,campaign}' AS campaign, count(*)::int AS count
         FROM journey_events WHERE name = 'email_sent' AND origin = 'server' AND occurred_at >= $1 AND occurred_at < $2
        GROUP BY 1, 2`,
      [from, to],
    ),
    db.query<{ campaign: string; clicks: number }>(
      `SELECT event #>> '{properties,campaign}' AS campaign, count(DISTINCT session_id)::int AS clicks
         FROM journey_events WHERE name = 'email_clicked' AND occurred_at >= $1 AND occurred_at < $2 GROUP BY 1`,
      [from, to],
    ),
    db.query<{ campaign: string; visits: number }>(
      `SELECT coalesce(event #>> '{context,campaign,name}', '(none)') AS campaign, count(DISTINCT session_id)::int AS visits
         FROM journey_events
        WHERE occurred_at >= $1 AND occurred_at < $2 AND lower(event #>> '{context,campaign,medium}') = 'email'
        GROUP BY 1`,
      [from, to],
    ),
    db.query<{ campaign: string; currency: string; orders: number; revenue: string }>(
      `SELECT coalesce(event #>> '{context,campaign,name}', '(none)') AS campaign, event #>> '{properties,total,currency}' AS currency,
              count(*)::int AS orders, sum((event #>> '{properties,total,amount}')::numeric)::text AS revenue
         FROM journey_events
        WHERE name = 'order_completed' AND origin = 'server' AND occurred_at >= $1 AND occurred_at < $2
          AND lower(event #>> '{context,campaign,medium}') = 'email'
        GROUP BY 1, 2`,
      [from, to],
    ),
  ])
  const campaigns = new Map<string, EmailCampaignFunnel>()
  const campaign = (name: string) => campaigns.get(name) ?? campaigns.set(name, { campaign: name, sent: 0, clicks: 0, visits: 0, orders: 0, revenue: {} }).get(name)!
  const sentPerKind = new Map<string, number>()
  for (const row of sent.rows) {
    sentPerKind.set(row.kind, (sentPerKind.get(row.kind) ?? 0) + row.count)
    campaign(row.campaign).sent += row.count
  }
  for (const row of clicks.rows) campaign(row.campaign).clicks = row.clicks
  for (const row of visits.rows) campaign(row.campaign).visits = row.visits
  for (const row of orders.rows) {
    const funnel = campaign(row.campaign)
    funnel.orders += row.orders
    funnel.revenue[row.currency] = Number(row.revenue)
  }
  const reminders = campaigns.get(abandonedCheckoutEmail.name)
  return {
    sent: [...sentPerKind].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    campaigns: [...campaigns.values()].sort((a, b) => b.visits - a.visits || a.campaign.localeCompare(b.campaign)),
    recovery: {
      remindersSent: sentPerKind.get(abandonedCheckoutEmail.name) ?? 0,
      cartsRestored: reminders?.clicks ?? 0,
      cartsRecovered: reminders?.orders ?? 0,
      revenue: reminders?.revenue ?? {},
    },
  }
}
