import { randomBytes } from 'node:crypto'

/**
 * The shop's configuration, from the environment. Everything is optional: without keys the shop
 * runs on embedded parts (PGlite, the offline test payment adapter, the first-party collector).
 */
export const env = {
  databaseUrl: process.env.DATABASE_URL,
  stripe:
    process.env.STRIPE_SECRET_KEY && process.env.STRIPE_PUBLISHABLE_KEY && process.env.STRIPE_WEBHOOK_SECRET
      ? {
          secretKey: process.env.STRIPE_SECRET_KEY,
          publishableKey: process.env.STRIPE_PUBLISHABLE_KEY,
          webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
        }
      : undefined,
  ga4MeasurementId: process.env.GA4_MEASUREMENT_ID,
  segmentWriteKey: process.env.SEGMENT_WRITE_KEY,
  /** Protects /journey. In development a random token is made and printed at start. */
  dashboardToken: process.env.JOURNEY_DASHBOARD_TOKEN ?? randomBytes(12).toString('base64url'),
  dashboardTokenGenerated: !process.env.JOURNEY_DASHBOARD_TOKEN,
  /** Signs the shop's cookies. */
  sessionSecret: process.env.SESSION_SECRET ?? 'journeykit-dev-secret-change-me',
  isProduction: process.env.NODE_ENV === 'production',
}

/** What the browser may know of the configuration. */
export function publicConfig() {
  return {
    ga4MeasurementId: env.ga4MeasurementId ?? null,
    segmentWriteKey: env.segmentWriteKey ?? null,
    stripePublishableKey: env.stripe?.publishableKey ?? null,
  }
}
export type PublicConfig = ReturnType<typeof publicConfig>
