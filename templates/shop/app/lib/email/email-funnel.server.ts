import type { Queryable } from '../db.server'
import { rangeInstants, type DayRange } from '../dashboard.server'

/** One campaign of the shop's emails (`utm_campaign` of their links, e.g. `review_request`). */
export interface EmailCampaignFunnel {
  campaign: string
  /** Visits (distinct sessions) with an event that landed from an email link of the campaign. */
  visits: number
  /** Paid orders attributed to the campaign (the visit they were placed in came from its email). */
  orders: number
  /** Their revenue in minor units, per currency, e.g. `{ EUR: 24700 }`. */
  revenue: Record<string, number>
}

export interface EmailFunnel {
  /** Messages the outbox sent in the range, per kind (template name), most first. */
  sent: Array<{ kind: string; count: number }>
  /** Per campaign, the visits and orders its emails brought (`utm_medium=email`), most visits first. */
  campaigns: EmailCampaignFunnel[]
}

/**
 * The owned-email funnel of a range: sent (from the outbox, so also with analytics declined) → visits
 * (journey events whose campaign has `utm_medium=email`) → orders (the server's `order_completed`,
 * attributed to an email campaign). The core catalog has no `email_sent` / `email_clicked` events yet;
 * these are counted from what the shop already stores.
 */
export async function emailFunnel(db: Queryable, range: DayRange): Promise<EmailFunnel> {
  const { from, to } = rangeInstants(range)
  const [sent, visits, orders] = await Promise.all([
    db.query<{ kind: string; count: number }>(
      "SELECT kind, count(*)::int AS count FROM email_outbox WHERE status = 'sent' AND sent_at >= $1 AND sent_at < $2 GROUP BY kind ORDER BY count DESC, kind",
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
  const campaign = (name: string) => campaigns.get(name) ?? campaigns.set(name, { campaign: name, visits: 0, orders: 0, revenue: {} }).get(name)!
  for (const row of visits.rows) campaign(row.campaign).visits = row.visits
  for (const row of orders.rows) {
    const funnel = campaign(row.campaign)
    funnel.orders += row.orders
    funnel.revenue[row.currency] = Number(row.revenue)
  }
  return { sent: sent.rows, campaigns: [...campaigns.values()].sort((a, b) => b.visits - a.visits || a.campaign.localeCompare(b.campaign)) }
}
