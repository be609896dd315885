// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { dataFolderSecrets, parseShopConfig, shopEnvSchema, shopMode } from './env.server'

const SECRET = 'x'.repeat(32)
const STRIPE_TEST = { STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_PUBLISHABLE_KEY: 'pk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc123' }
const PRODUCTION = { SESSION_SECRET: SECRET, SHOP_URL: 'https://shop.example.com', PAYMENTS: 'test' }

const problemsOf = (env: Record<string, string>, mode: 'production' | 'demo' = 'production') => {
  const result = parseShopConfig(env, mode)
  return result.ok ? [] : result.problems
}

describe('the environment schema', () => {
  it.each([
    ['production with a secret, an origin and test payments', PRODUCTION],
    ['production with Stripe test keys', { SESSION_SECRET: SECRET, SHOP_URL: 'https://shop.example.com', ...STRIPE_TEST }],
    ['production on PostgreSQL behind one proxy', { ...PRODUCTION, DATABASE_URL: 'postgresql://shop:pw@db.internal:5432/shop', TRUST_PROXY: '1' }],
    ['production with analytics and embedders', { ...PRODUCTION, GA4_MEASUREMENT_ID: 'G-ABC123', SEGMENT_WRITE_KEY: 'abcDEF123', FRAME_ANCESTORS: 'https://partner.example' }],
  ])('accepts %s', (_name, env) => {
    expect(problemsOf(env)).toEqual([])
  })

  it.each([
    ['nothing set, outside demo mode', {}, ['SESSION_SECRET is required in production', 'SHOP_URL is required in production', 'a payment configuration is required in production']],
    ['a short session secret', { ...PRODUCTION, SESSION_SECRET: 'short' }, ['SESSION_SECRET is too short: use at least 32 characters']],
    ['a SHOP_URL with a path', { ...PRODUCTION, SHOP_URL: 'https://shop.example.com/store' }, ['SHOP_URL must be an origin only']],
    ['a SHOP_URL that is not http(s)', { ...PRODUCTION, SHOP_URL: 'ftp://shop.example.com' }, ['SHOP_URL must be an http(s) URL']],
    ['a MySQL DATABASE_URL', { ...PRODUCTION, DATABASE_URL: 'mysql://shop@localhost/shop' }, ['DATABASE_URL must be a PostgreSQL URL']],
    ['part of Stripe', { ...PRODUCTION, PAYMENTS: '', STRIPE_SECRET_KEY: 'sk_test_abc' }, ['Stripe is configured only in part: STRIPE_SECRET_KEY set, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET missing']],
    ['keys swapped', { ...PRODUCTION, PAYMENTS: '', STRIPE_SECRET_KEY: 'pk_test_abc', STRIPE_PUBLISHABLE_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_1' }, ['STRIPE_SECRET_KEY must start with sk_test_ or sk_live_', 'STRIPE_PUBLISHABLE_KEY must start with pk_test_ or pk_live_']],
    ['a webhook secret without whsec_', { ...PRODUCTION, PAYMENTS: '', ...STRIPE_TEST, STRIPE_WEBHOOK_SECRET: 'abc' }, ['STRIPE_WEBHOOK_SECRET must start with whsec_']],
    ['test and live keys mixed', { ...PRODUCTION, PAYMENTS: '', ...STRIPE_TEST, STRIPE_PUBLISHABLE_KEY: 'pk_live_abc' }, ['STRIPE_SECRET_KEY is a test key but STRIPE_PUBLISHABLE_KEY is a live key']],
    ['PAYMENTS=test beside Stripe keys', { ...PRODUCTION, ...STRIPE_TEST }, ['PAYMENTS=test cannot be combined with STRIPE_* variables']],
    ['PAYMENTS=stripe without keys', { ...PRODUCTION, PAYMENTS: 'stripe' }, ['PAYMENTS=stripe needs STRIPE_SECRET_KEY']],
    ['an unknown payment mode', { ...PRODUCTION, PAYMENTS: 'paypal' }, ['PAYMENTS must be "stripe" or "test"']],
    ['a REVIEW_MODERATION that is not a setting', { ...PRODUCTION, REVIEW_MODERATION: 'sometimes' }, ['REVIEW_MODERATION must be off, anonymous or all']],
    ['a TRUST_PROXY that is not a count', { ...PRODUCTION, TRUST_PROXY: 'yes' }, ['TRUST_PROXY must be the number of proxies']],
    ['an ADMIN_EMAIL that is not an email address', { ...PRODUCTION, ADMIN_EMAIL: 'owner' }, ['ADMIN_EMAIL must be an email address']],
    ['an http embedder', { ...PRODUCTION, FRAME_ANCESTORS: 'http://partner.example' }, ['FRAME_ANCESTORS must be a space-separated list of https:// origins']],
    ['a bad port', { ...PRODUCTION, PORT: '99999' }, ['PORT ']],
  ])('refuses %s, naming each problem', (_name, env, expected) => {
    const problems = problemsOf(env)
    expect(problems).toHaveLength(expected.length)
    expected.forEach((text, index) => expect(problems[index]).toContain(text))
  })

  it('never uses the offline test adapter when Stripe is configured, and never outside demo mode unless asked', () => {
    const stripe = parseShopConfig({ SESSION_SECRET: SECRET, SHOP_URL: 'https://shop.example.com', ...STRIPE_TEST }, 'production')
    expect(stripe.ok && stripe.config.payments).toBe('stripe')
    expect(problemsOf({ SESSION_SECRET: SECRET, SHOP_URL: 'https://shop.example.com' })).toEqual([expect.stringContaining('PAYMENTS=test')])
  })

  it('refuses live Stripe keys in demo mode', () => {
    const live = { STRIPE_SECRET_KEY: 'sk_live_abc', STRIPE_PUBLISHABLE_KEY: 'pk_live_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' }
    expect(problemsOf(live, 'demo')).toEqual([expect.stringContaining('live Stripe keys are refused in demo mode')])
  })

  it('marks https shops for secure cookies and HSTS', () => {
    const result = parseShopConfig(PRODUCTION, 'production')
    expect(result.ok && result.config).toMatchObject({ adminEmail: undefined, retired: [], payments: 'test', shopUrl: 'https://shop.example.com', isProduction: true, trustProxy: 0 })
  })

  it('takes the first owner from ADMIN_EMAIL, and names the retired dashboard token instead of ignoring it silently', () => {
    const result = parseShopConfig({ ...PRODUCTION, ADMIN_EMAIL: 'Owner@Shop.example', JOURNEY_DASHBOARD_TOKEN: 'an-old-shared-token' }, 'production')
    expect(result.ok && result.config.adminEmail).toBe('owner@shop.example')
    expect(result.ok && result.config.retired).toEqual([expect.stringContaining('JOURNEY_DASHBOARD_TOKEN is no longer read')])
  })

  it('is demo mode only when asked (SHOP_DEMO=1 or the development server), test mode under Vitest', () => {
    expect(shopMode({ NODE_ENV: 'production' })).toBe('production')
    expect(shopMode({})).toBe('production')
    expect(shopMode({ SHOP_DEMO: '1', NODE_ENV: 'production' })).toBe('demo')
    expect(shopMode({ NODE_ENV: 'development' }, true)).toBe('demo')
    expect(shopMode({ NODE_ENV: 'test' })).toBe('test')
  })
})

describe('demo mode', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jk-env-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('runs with nothing set: test payments, a localhost origin, secrets generated once for the data folder, owner-only', () => {
    const first = parseShopConfig({ SHOP_DATA_DIR: dataDir }, 'demo', dataFolderSecrets())
    const again = parseShopConfig({ SHOP_DATA_DIR: dataDir }, 'demo', dataFolderSecrets())
    if (!first.ok || !again.ok) throw new Error('demo mode refused an empty environment')
    expect(first.config).toMatchObject({ payments: 'test', shopUrl: 'http://localhost:3000', host: '127.0.0.1' })
    expect(first.config.sessionSecretFile).toBe(join(dataDir, 'session-secret'))
    expect(first.config.sessionSecret.length).toBeGreaterThanOrEqual(32)
    expect(again.config.sessionSecret).toBe(first.config.sessionSecret)
    expect(statSync(join(dataDir, 'session-secret')).mode & 0o777).toBe(0o600)
  })
})

describe('the documentation', () => {
  const shopDir = join(import.meta.dirname, '../..')
  it.each(Object.keys(shopEnvSchema.shape).filter((name) => name !== 'NODE_ENV'))('lists %s in .env.example and the README', (name) => {
    expect(readFileSync(join(shopDir, '.env.example'), 'utf8')).toMatch(new RegExp(`^# ${name}=`, 'm'))
    expect(readFileSync(join(shopDir, 'README.md'), 'utf8')).toContain(`\`${name}\``)
  })
})
