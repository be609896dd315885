import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'

/**
 * The shop's configuration: ONE schema for the whole environment, checked when the server starts.
 *
 * Three modes:
 * - `production`: the built server (`node server.mjs`). Requires SESSION_SECRET, SHOP_URL and a
 *   payment configuration (STRIPE_* or PAYMENTS=test); refuses to start otherwise.
 * - `demo`: chosen explicitly (`node server.mjs --demo`, i.e. `npm start`, or SHOP_DEMO=1) and by the
 *   development server (`npm run dev`). Test payments, a localhost origin, and a session secret
 *   generated once for the data folder and kept in it (mode 0600).
 * - `test`: Vitest (NODE_ENV=test): like demo, but the secrets live in memory only.
 */
export type ShopMode = 'production' | 'demo' | 'test'

const MIN_SECRET_LENGTH = 32

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional())

const origin = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://shop.example.com' }).refine(
  (value) => {
    const url = new URL(value)
    return (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username
  },
  { error: 'must be an origin only (scheme, host and port), without a path, query or credentials' },
)

/** Every environment variable the shop reads. `.env.example` and the README list the same set. */
export const shopEnvSchema = z.object({
  SHOP_DEMO: optional(z.enum(['1', '0', 'true', 'false'], { error: 'must be 1 (demo mode) or 0' })),
  NODE_ENV: optional(z.string()),
  SHOP_URL: optional(origin),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65_535).default(3000),
  HOST: optional(z.string()),
  SESSION_SECRET: optional(z.string().min(MIN_SECRET_LENGTH, { error: `is too short: use at least ${MIN_SECRET_LENGTH} characters (e.g. openssl rand -base64 32)` })),
  ADMIN_EMAIL: optional(z.email({ error: 'must be an email address: the first owner of the back office' })),
  DATABASE_URL: optional(
    z.string().refine((value) => /^postgres(?:ql)?:\/\/[^/]/.test(value) && URL.canParse(value), {
      error: 'must be a PostgreSQL URL: postgres://user:password@host:5432/database',
    }),
  ),
  SHOP_DATA_DIR: z.string().default('.data'),
  PAYMENTS: optional(z.enum(['stripe', 'test'], { error: 'must be "stripe" or "test"' })),
  STRIPE_SECRET_KEY: optional(z.string().regex(/^(sk|rk)_(test|live)_\w+$/, { error: 'must start with sk_test_ or sk_live_ (or rk_ for a restricted key)' })),
  STRIPE_PUBLISHABLE_KEY: optional(z.string().regex(/^pk_(test|live)_\w+$/, { error: 'must start with pk_test_ or pk_live_' })),
  STRIPE_WEBHOOK_SECRET: optional(z.string().regex(/^whsec_\w+$/, { error: 'must start with whsec_' })),
  GA4_MEASUREMENT_ID: optional(z.string().regex(/^G-[A-Z0-9]+$/, { error: 'must look like G-XXXXXXXXXX' })),
  SEGMENT_WRITE_KEY: optional(z.string().regex(/^[A-Za-z0-9]+$/, { error: 'must be a Segment write key (letters and digits)' })),
  TRUST_PROXY: z.coerce.number({ error: 'must be the number of proxies in front of the shop (0, 1, 2, …)' }).int().min(0).max(10).default(0),
  FRAME_ANCESTORS: optional(
    z.string().refine((value) => value.split(/\s+/).filter(Boolean).every((item) => /^https:\/\/[^\s;,'"]+$/.test(item)), {
      error: 'must be a space-separated list of https:// origins allowed to embed the shop',
    }),
  ),
  MAX_BODY_BYTES: z.coerce.number({ error: 'must be a number of bytes' }).int().min(1024).default(1_048_576),
  REVIEW_MODERATION: z.enum(['off', 'anonymous', 'all'], { error: 'must be off, anonymous or all' }).default('anonymous'),
  PAGE_CACHE_MAX_AGE: z.coerce.number({ error: 'must be a number of seconds' }).int().min(0).default(60),
  PAGE_CACHE_STALE_WHILE_REVALIDATE: z.coerce.number({ error: 'must be a number of seconds' }).int().min(0).default(600),
  SMTP_URL: optional(
    z.string().refine((value) => /^smtps?:\/\/[^/]/.test(value) && URL.canParse(value), {
      error: 'must be an SMTP URL: smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465',
    }),
  ),
  EMAIL_FROM: optional(z.string().min(3, { error: 'must be a sender such as "Northwind Outfitters <shop@example.com>"' })),
  EMAIL_REPLY_TO: optional(z.email({ error: 'must be an email address that receives replies, such as help@example.com' })),
  ABANDONED_CHECKOUT_DELAY_HOURS: z.coerce.number({ error: 'must be a number of hours' }).positive().max(24 * 30).default(4),
  REVIEW_REQUEST_DELAY_DAYS: z.coerce.number({ error: 'must be a number of days' }).positive().max(365).default(7),
  NPS_INVITATION_DELAY_DAYS: z.coerce.number({ error: 'must be a number of days' }).positive().max(365).default(14),
  CATALOG_CACHE_TTL: z.coerce.number({ error: 'must be a number of seconds' }).int().min(0).default(60),
  CATALOG_CACHE_MAX_ENTRIES: z.coerce.number({ error: 'must be a number of entries' }).int().min(1).default(1000),
  SITEMAP_MAX_URLS: z.coerce.number({ error: 'must be a number of URLs' }).int().min(1).max(50_000).default(50_000),
})

type StripeKeys = { secretKey: string; publishableKey: string; webhookSecret: string; mode: 'test' | 'live' }

export interface ShopConfig {
  mode: ShopMode
  /** The public origin every absolute link is made from (no trailing slash). */
  shopUrl: string
  port: number
  host: string | undefined
  databaseUrl: string | undefined
  /** Absolute path of the data folder (PGlite database, and in demo mode the generated secrets). */
  dataDir: string
  payments: 'stripe' | 'test'
  stripe: StripeKeys | undefined
  ga4MeasurementId: string | undefined
  segmentWriteKey: string | undefined
  /** The back office's first owner, created on the first start when there is no staff account yet (`ADMIN_EMAIL`). */
  adminEmail: string | undefined
  /** Variables set that the shop no longer reads, each with what replaced it (logged at start). */
  retired: string[]
  /** Signs the shop's cookies and order links. */
  sessionSecret: string
  sessionSecretFile: string | undefined
  trustProxy: number
  frameAncestors: string[]
  maxBodyBytes: number
  /** Which new reviews wait for a moderator before they are shown and counted (`REVIEW_MODERATION`). */
  reviewModeration: 'off' | 'anonymous' | 'all'
  /** How long shared caches keep anonymous catalog pages: `s-maxage` and `stale-while-revalidate`, in seconds. */
  pageCache: { maxAge: number; staleWhileRevalidate: number }
  /** Email: sent through `smtpUrl` when set, else kept in the outbox (see app/lib/email). `from` defaults to no-reply@ the shop's host. */
  email: { smtpUrl: string | undefined; from: string; replyTo: string | undefined; abandonedCheckoutDelayHours: number; reviewRequestDelayDays: number; npsInvitationDelayDays: number }
  /** The in-process cache of catalog reads: seconds an entry lives at most (0: no cache), and how many are kept. */
  catalogCache: { ttlSeconds: number; maxEntries: number }
  /** URLs per sitemap file (`SITEMAP_MAX_URLS`, at most the protocol's 50,000); more make /sitemap.xml an index of files. */
  sitemapMaxUrls: number
  /** Cookies get `Secure` when the shop is served over https. */
  isProduction: boolean
}

export type ConfigResult = { ok: true; config: ShopConfig } | { ok: false; problems: string[] }

/** Thrown when the environment is not a configuration the shop can start with; the message lists every problem. */
export class ShopConfigError extends Error {
  override name = 'ShopConfigError'
  constructor(readonly problems: string[]) {
    super(`The shop cannot start; fix its configuration (see .env.example):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
  }
}

export function shopMode(source: Record<string, string | undefined>, developmentServer = false): ShopMode {
  if (source.SHOP_DEMO === '1' || source.SHOP_DEMO === 'true') return 'demo'
  if (source.NODE_ENV === 'test') return 'test'
  return developmentServer ? 'demo' : 'production'
}

/** Validates `source` (the environment) for `mode`: every problem, or the configuration. Writes nothing. */
export function parseShopConfig(source: Record<string, string | undefined>, mode: ShopMode, secrets: DemoSecrets = memorySecrets()): ConfigResult {
  const parsed = shopEnvSchema.safeParse(source)
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)
  const vars = parsed.success ? parsed.data : undefined
  const has = (name: keyof z.infer<typeof shopEnvSchema>) => typeof source[name] === 'string' && source[name]!.trim() !== ''

  const stripeNames = ['STRIPE_SECRET_KEY', 'STRIPE_PUBLISHABLE_KEY', 'STRIPE_WEBHOOK_SECRET'] as const
  const stripeSet = stripeNames.filter((name) => has(name))
  if (stripeSet.length > 0 && stripeSet.length < 3) {
    const missing = stripeNames.filter((name) => !has(name))
    problems.push(`Stripe is configured only in part: ${stripeSet.join(', ')} set, ${missing.join(', ')} missing (set all three, or none)`)
  }
  if (stripeSet.length > 0 && source.PAYMENTS === 'test') problems.push('PAYMENTS=test cannot be combined with STRIPE_* variables: remove one or the other')
  if (source.PAYMENTS === 'stripe' && stripeSet.length === 0) problems.push('PAYMENTS=stripe needs STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY and STRIPE_WEBHOOK_SECRET')
  const secretMode = /^(?:sk|rk)_(test|live)_/.exec(source.STRIPE_SECRET_KEY ?? '')?.[1]
  const publishableMode = /^pk_(test|live)_/.exec(source.STRIPE_PUBLISHABLE_KEY ?? '')?.[1]
  if (secretMode && publishableMode && secretMode !== publishableMode) {
    problems.push(`STRIPE_SECRET_KEY is a ${secretMode} key but STRIPE_PUBLISHABLE_KEY is a ${publishableMode} key: use both test or both live keys`)
  }
  if (mode !== 'production' && (secretMode === 'live' || publishableMode === 'live')) problems.push(`live Stripe keys are refused in ${mode} mode: use test keys (sk_test_…, pk_test_…)`)

  if (mode === 'production') {
    if (!has('SESSION_SECRET')) problems.push(`SESSION_SECRET is required in production: a random value of at least ${MIN_SECRET_LENGTH} characters (openssl rand -base64 32)`)
    if (!has('SHOP_URL')) problems.push('SHOP_URL is required in production: the public origin, e.g. https://shop.example.com')
    if (stripeSet.length === 0 && !has('PAYMENTS')) {
      problems.push('a payment configuration is required in production: STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY and STRIPE_WEBHOOK_SECRET, or PAYMENTS=test for the offline test adapter')
    }
  }
  if (problems.length > 0 || !vars) return { ok: false, problems }

  const dataDir = resolve(vars.SHOP_DATA_DIR)
  const stripe =
    vars.STRIPE_SECRET_KEY && vars.STRIPE_PUBLISHABLE_KEY && vars.STRIPE_WEBHOOK_SECRET
      ? { secretKey: vars.STRIPE_SECRET_KEY, publishableKey: vars.STRIPE_PUBLISHABLE_KEY, webhookSecret: vars.STRIPE_WEBHOOK_SECRET, mode: secretMode as 'test' | 'live' }
      : undefined
  const sessionSecret = vars.SESSION_SECRET ? { value: vars.SESSION_SECRET, file: undefined } : secrets.get(dataDir, 'session-secret', 32)
  const shopUrl = (vars.SHOP_URL ?? `http://localhost:${vars.PORT}`).replace(/\/$/, '')
  return {
    ok: true,
    config: {
      mode,
      shopUrl,
      port: vars.PORT,
      host: vars.HOST ?? (mode === 'production' ? undefined : '127.0.0.1'),
      databaseUrl: vars.DATABASE_URL,
      dataDir,
      payments: stripe ? 'stripe' : 'test',
      stripe,
      ga4MeasurementId: vars.GA4_MEASUREMENT_ID,
      segmentWriteKey: vars.SEGMENT_WRITE_KEY,
      adminEmail: vars.ADMIN_EMAIL?.toLowerCase(),
      retired: source.JOURNEY_DASHBOARD_TOKEN?.trim()
        ? ['JOURNEY_DASHBOARD_TOKEN is no longer read: /journey opens to staff accounts (any role) — see the README, "Back office"']
        : [],
      sessionSecret: sessionSecret.value,
      sessionSecretFile: sessionSecret.file,
      trustProxy: vars.TRUST_PROXY,
      frameAncestors: vars.FRAME_ANCESTORS?.split(/\s+/).filter(Boolean) ?? [],
      maxBodyBytes: vars.MAX_BODY_BYTES,
      reviewModeration: vars.REVIEW_MODERATION,
      pageCache: { maxAge: vars.PAGE_CACHE_MAX_AGE, staleWhileRevalidate: vars.PAGE_CACHE_STALE_WHILE_REVALIDATE },
      email: {
        smtpUrl: vars.SMTP_URL,
        from: vars.EMAIL_FROM ?? `Northwind Outfitters <no-reply@${new URL(shopUrl).hostname}>`,
        replyTo: vars.EMAIL_REPLY_TO,
        abandonedCheckoutDelayHours: vars.ABANDONED_CHECKOUT_DELAY_HOURS,
        reviewRequestDelayDays: vars.REVIEW_REQUEST_DELAY_DAYS,
        npsInvitationDelayDays: vars.NPS_INVITATION_DELAY_DAYS,
      },
      catalogCache: { ttlSeconds: vars.CATALOG_CACHE_TTL, maxEntries: vars.CATALOG_CACHE_MAX_ENTRIES },
      sitemapMaxUrls: vars.SITEMAP_MAX_URLS,
      isProduction: shopUrl.startsWith('https:'),
    },
  }
}

/** Where demo and test mode keep the secrets they generate. */
export interface DemoSecrets {
  get(dataDir: string, name: string, bytes: number): { value: string; file: string | undefined }
}

/** Test mode: fresh secrets per process, nothing written. */
export function memorySecrets(): DemoSecrets {
  return { get: (_dataDir, _name, bytes) => ({ value: randomBytes(bytes).toString('base64url'), file: undefined }) }
}

/** Demo mode: made once per data folder and kept in it, readable by the owner only (0600). */
export function dataFolderSecrets(): DemoSecrets {
  return {
    get(dataDir, name, bytes) {
      const file = join(dataDir, name)
      if (!existsSync(file)) {
        mkdirSync(dataDir, { recursive: true })
        writeFileSync(file, randomBytes(bytes).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' })
      }
      chmodSync(file, 0o600)
      return { value: readFileSync(file, 'utf8').trim(), file }
    },
  }
}

/** The configuration of this process, from process.env; throws ShopConfigError listing every problem. */
export function loadShopConfig(source: Record<string, string | undefined> = process.env): ShopConfig {
  const mode = shopMode(source, Boolean(import.meta.env?.DEV) && !source.VITEST)
  const result = parseShopConfig(source, mode, mode === 'demo' ? dataFolderSecrets() : memorySecrets())
  if (!result.ok) throw new ShopConfigError(result.problems)
  return result.config
}

export const env: ShopConfig = loadShopConfig()

/** What the browser may know of the configuration. */
export function publicConfig() {
  return {
    ga4MeasurementId: env.ga4MeasurementId ?? null,
    segmentWriteKey: env.segmentWriteKey ?? null,
    stripePublishableKey: env.stripe?.publishableKey ?? null,
  }
}
export type PublicConfig = ReturnType<typeof publicConfig>
