import { useTrack } from '@journeykit/react'
import { Button, Money } from '@journeykit/ui'
import { useEffect, useRef } from 'react'
import { data, Form, Link, redirect, useActionData, useLoaderData, useNavigation } from 'react-router'
import { CouponCode } from '../components/account-coupon-code'
import { accountVisit, guardRefusal } from '../lib/account.server'
import { carriesCampaign } from '../lib/attribution.server'
import { getDatabase } from '../lib/db.server'
import { couponPromotion } from '../lib/promotions.server'
import { clientAddress, rateLimit } from '../lib/rate-limit.server'
import { claimReferral, claimRefusalMessage, referralLanding, referralPath, type ClaimRefusalReason } from '../lib/referrals.server'
import { getShopSession, requireCsrf } from '../lib/session.server'
import { useRootData } from '../root'
import type { Route } from './+types/referral'
import stylesheet from './referral.css?url'

const CLAIM_LIMIT = { limit: 10, windowMs: 60 * 60_000 }

type ClaimActionData =
  | { ok: true; couponCode: string; referralCode: string; email: string; alreadyClaimed: boolean }
  | { ok: false; reason?: ClaimRefusalReason; error: string; email: string }

export const meta: Route.MetaFunction = ({ data: loaderData }) => [
  { title: loaderData?.landing ? 'A €10 gift from a friend — Northwind Outfitters' : 'Referral link not found — Northwind Outfitters' },
  { name: 'robots', content: 'noindex' },
]

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]

export async function loader({ request, params }: Route.LoaderArgs) {
  const db = await getDatabase()
  const landing = await referralLanding(db, params.code)
  // A bare /r/<code> (an older link, or typed by hand) gets the referral campaign, so the visit counts as earned, not direct.
  if (landing && !carriesCampaign(request)) throw redirect(referralPath(landing.code))
  if (landing) return data({ landing, promotion: null })
  // A friendly page, with the 404 status a crawler or a link checker should see, and the shop's public offer if there is one.
  return data({ landing, promotion: await couponPromotion(db, 'WELCOME10') }, { status: 404 })
}

/**
 * POST `_csrf`, `email`: claims the code for that address (10 per hour per client address) and
 * answers with the friend's coupon code, or the refusal in plain words (400/409/429).
 */
export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData()
  const email = typeof form.get('email') === 'string' ? String(form.get('email')).trim().slice(0, 254) : ''
  try {
    await requireCsrf(request, form)
    await rateLimit(await getDatabase(), `referral-claim:${clientAddress(request)}`, CLAIM_LIMIT)
  } catch (error) {
    const refusal = guardRefusal(error)
    if (!refusal) throw error
    const message = refusal.status === 429 ? 'Too many attempts from your network. Try again in an hour.' : refusal.error
    return data<ClaimActionData>({ ok: false, error: message, email }, { status: refusal.status })
  }
  if (!email) return data<ClaimActionData>({ ok: false, error: 'Enter your email address.', email }, { status: 400 })
  const session = await getShopSession(request)
  const visit = await accountVisit(request)
  const result = await claimReferral(await getDatabase(), params.code, email, {
    visitorId: session.visitorId,
    ...(visit ? { customerId: visit.customerId } : {}),
  })
  if (!result.ok) {
    const status = result.reason === 'invalid_email' ? 400 : result.reason === 'invalid_code' ? 404 : 409
    return data<ClaimActionData>({ ok: false, reason: result.reason, error: claimRefusalMessage(result.reason), email }, { status })
  }
  return data<ClaimActionData>({ ok: true, couponCode: result.couponCode, referralCode: result.referralCode, email, alreadyClaimed: result.alreadyClaimed })
}

export default function ReferralLanding() {
  const { landing, promotion } = useLoaderData<typeof loader>()
  const claim = useActionData<typeof action>() as ClaimActionData | undefined
  if (!landing) return <UnknownReferral offer={promotion?.name ?? null} />
  const friend = landing.referrerFirstName ?? 'Your friend'
  return (
    <div className="referral">
      <section className="referral-hero" aria-labelledby="referral-title">
        <p className="referral-eyebrow">A gift from {landing.referrerFirstName ?? 'a friend'}</p>
        <h1 id="referral-title">
          {friend} gave you <Money value={landing.refereeReward} /> off your first order
        </h1>
        <p className="referral-lede">
          Northwind Outfitters makes headphones, running shoes and backpacks easy to compare. Claim your code, pick something
          you love, and the first <Money value={landing.refereeReward} /> is on {landing.referrerFirstName ?? 'your friend'}.
        </p>
      </section>
      <div className="referral-grid">
        {claim?.ok ? <ClaimedOffer claim={claim} /> : <ClaimForm claim={claim} />}
        <section className="referral-steps" aria-labelledby="referral-how">
          <h2 id="referral-how">How it works</h2>
          <ol>
            <li>
              <strong>Get your code.</strong> Enter your email address and we make a code just for you.
            </li>
            <li>
              <strong>Shop as usual.</strong> Add what you like to your cart.
            </li>
            <li>
              <strong>Save at checkout.</strong> Enter the code in the coupon field and check out with the same email address.
            </li>
          </ol>
          <p className="referral-fine-print">
            For new customers, on the first order only. The code works once and is valid for 90 days. When your order has been
            paid, your friend gets <Money value={landing.refereeReward} /> too.
          </p>
        </section>
      </div>
    </div>
  )
}

function ClaimForm({ claim }: { claim: Extract<ClaimActionData, { ok: false }> | undefined }) {
  const { csrf } = useRootData()
  const navigation = useNavigation()
  const error = claim?.error
  return (
    <section className="referral-card" aria-labelledby="referral-claim-title">
      <h2 id="referral-claim-title">Claim your code</h2>
      <Form method="post" noValidate className="referral-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <label htmlFor="referral-email">Your email address</label>
        <input
          id="referral-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={claim?.email}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'referral-email-error referral-email-hint' : 'referral-email-hint'}
        />
        <p id="referral-email-hint" className="referral-hint">
          Use the address you will check out with: the code is tied to it.
        </p>
        {error && (
          <p id="referral-email-error" role="alert" className="referral-error" data-reason={claim?.reason}>
            {error}
          </p>
        )}
        <Button type="submit" size="lg" loading={navigation.state === 'submitting'}>
          Get my code
        </Button>
      </Form>
    </section>
  )
}

function ClaimedOffer({ claim }: { claim: Extract<ClaimActionData, { ok: true }> }) {
  const track = useTrack({ block: 'ReferralLanding' })
  const reported = useRef<string | null>(null)
  useEffect(() => {
    // Once per claim, also when the claim came from a plain form post and the page hydrates with it.
    if (claim.alreadyClaimed || reported.current === claim.couponCode) return
    reported.current = claim.couponCode
    track('referral_claimed', { referralCode: claim.referralCode })
  }, [claim, track])
  return (
    <section className="referral-card referral-claimed" aria-labelledby="referral-claimed-title">
      <h2 id="referral-claimed-title">{claim.alreadyClaimed ? 'Welcome back: here is your code again' : 'Your code is ready'}</h2>
      <CouponCode
        code={claim.couponCode}
        label="Your code"
        hint={`Enter it in the coupon field at checkout, with ${claim.email}.`}
      />
      <div className="referral-actions">
        <Link className="referral-cta" to="/#featured">
          Start shopping
        </Link>
        <Link to="/cart">Go to your cart</Link>
      </div>
    </section>
  )
}

function UnknownReferral({ offer }: { offer: string | null }) {
  return (
    <section className="referral referral-missing" aria-labelledby="referral-missing-title">
      <h1 id="referral-missing-title">This referral link doesn’t work</h1>
      <p className="referral-lede">
        It may be mistyped or cut short. Ask your friend to send it again, or have a look around in the meantime.
      </p>
      {offer && <p className="referral-offer">{offer}.</p>}
      <div className="referral-actions">
        <Link className="referral-cta" to="/">
          Visit the shop
        </Link>
      </div>
    </section>
  )
}
