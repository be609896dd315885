import { Button } from '@journeykit/ui'
import { data, Form, redirect, useActionData, useLoaderData } from 'react-router'
import { AccountLookup, type LookupActionData } from '../components/account-lookup'
import { AccountOrder, AccountOrderList } from '../components/account-order'
import { AccountJoin, AccountReferral, AccountRewards, type RedeemActionData } from '../components/account-rewards'
import {
  accountOrderView,
  accountVisit,
  customerOrder,
  customerOrders,
  forgetAccountVisit,
  guardRefusal,
  lookupOrder,
  maskedEmailOf,
  rememberAccountVisit,
} from '../lib/account.server'
import { getDatabase } from '../lib/db.server'
import { LOYALTY_CONFIG, memberSummary, redeemReward } from '../lib/loyalty.server'
import { env } from '../lib/env.server'
import { clientAddress, rateLimit } from '../lib/rate-limit.server'
import { isEmailAddress, REFERRAL_CONFIG, referralForCustomer } from '../lib/referrals.server'
import { requireCsrf } from '../lib/session.server'
import { useRootData } from '../root'
import type { Route } from './+types/account'
import stylesheet from './account.css?url'

const LOOKUP_LIMIT = { limit: 10, windowMs: 15 * 60_000 }
const REDEEM_LIMIT = { limit: 20, windowMs: 10 * 60_000 }
const NOT_FOUND = "We couldn't find that order. Check the order number and the email address you used at checkout."

export const meta: Route.MetaFunction = () => [{ title: 'Your account — Northwind Outfitters' }, { name: 'robots', content: 'noindex' }]

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]

export async function loader({ request }: Route.LoaderArgs) {
  const visit = await accountVisit(request)
  const db = await getDatabase()
  if (visit) {
    // `?order=` opens another order of the same customer; anyone else's order number is ignored.
    const wanted = new URL(request.url).searchParams.get('order')
    const order = (wanted && (await customerOrder(db, visit.customerId, wanted))) || (await customerOrder(db, visit.customerId, visit.orderId))
    if (order) {
      const [orders, summary, referral, email] = await Promise.all([
        customerOrders(db, visit.customerId),
        memberSummary(db, visit.customerId),
        referralForCustomer(db, visit.customerId, { origin: env.shopUrl }),
        maskedEmailOf(db, visit.customerId),
      ])
      return data({
        program: LOYALTY_CONFIG,
        account: {
          email,
          order: accountOrderView(order),
          orders,
          rewards: {
            member: summary.member,
            history: summary.history,
            redeemedRewardIds: summary.redeemedRewardIds,
            rewardCodes: summary.rewardCodes,
          },
          referral: { ...referral, refereeReward: REFERRAL_CONFIG.refereeReward, referrerReward: REFERRAL_CONFIG.referrerReward },
        },
      })
    }
  }
  return data({ program: LOYALTY_CONFIG, account: null })
}

/**
 * Form posts with `_csrf` and `intent`:
 * - `lookup` (`email`, `orderNumber`; 10 per 15 minutes per address): remembers the order's
 *   customer for this visit and redirects back, or answers 400/404 with form errors.
 * - `redeem` (`rewardId`): redeems for the remembered customer → `{ redemption }` (the code, or a
 *   typed refusal); 401 without a looked-up customer.
 * - `forget`: forgets the customer and redirects back.
 */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  const intent = form.get('intent')
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  try {
    await requireCsrf(request, form)
    if (intent === 'lookup') {
      const values = { email: text('email').trim(), orderNumber: text('orderNumber').trim() }
      const fieldErrors: NonNullable<LookupActionData['fieldErrors']> = {}
      if (!values.email) fieldErrors.email = 'Enter the email address you used at checkout.'
      else if (!isEmailAddress(values.email.toLowerCase())) fieldErrors.email = 'Enter a valid email address, like name@example.com.'
      if (!values.orderNumber) fieldErrors.orderNumber = 'Enter your order number.'
      else if (values.orderNumber.length > 64) fieldErrors.orderNumber = 'That is longer than any of our order numbers.'
      if (fieldErrors.email || fieldErrors.orderNumber) {
        return data<LookupActionData>({ intent: 'lookup', fieldErrors, values }, { status: 400 })
      }
      await rateLimit(await getDatabase(), `account-lookup:${clientAddress(request)}`, LOOKUP_LIMIT)
      const order = await lookupOrder(await getDatabase(), values.email, values.orderNumber)
      if (!order) return data<LookupActionData>({ intent: 'lookup', formError: NOT_FOUND, values }, { status: 404 })
      return redirect('/account', { headers: { 'Set-Cookie': await rememberAccountVisit({ customerId: order.customerId, orderId: order.id }) } })
    }
    if (intent === 'redeem') {
      const visit = await accountVisit(request)
      // The visit's order must still open: an erased customer's remembered visit no longer does.
      if (!visit || !(await customerOrder(await getDatabase(), visit.customerId, visit.orderId))) {
        return data<RedeemActionData>({ intent: 'redeem', error: 'Look up one of your orders first.' }, { status: 401 })
      }
      await rateLimit(await getDatabase(), `account-redeem:${clientAddress(request)}`, REDEEM_LIMIT)
      const rewardId = text('rewardId')
      if (!rewardId || rewardId.length > 64) return data<RedeemActionData>({ intent: 'redeem', error: 'Choose a reward.' }, { status: 400 })
      const result = await redeemReward(await getDatabase(), visit.customerId, rewardId)
      return data<RedeemActionData>(
        { intent: 'redeem', redemption: result.ok ? { ok: true, code: result.code } : result },
        { status: result.ok ? 200 : 409 },
      )
    }
    if (intent === 'forget') return redirect('/account', { headers: { 'Set-Cookie': await forgetAccountVisit() } })
    return data({ intent: 'unknown', error: 'Unknown form.' }, { status: 400 })
  } catch (error) {
    const refusal = guardRefusal(error)
    if (!refusal) throw error
    return intent === 'redeem'
      ? data<RedeemActionData>({ intent: 'redeem', error: refusal.error }, { status: refusal.status })
      : data<LookupActionData>(
          {
            intent: 'lookup',
            formError: refusal.status === 429 ? 'Too many attempts. Wait a few minutes, then try again.' : refusal.error,
            values: { email: text('email'), orderNumber: text('orderNumber') },
          },
          { status: refusal.status },
        )
  }
}

export default function Account() {
  const { program, account } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { csrf } = useRootData()
  const lookupResult = actionData && actionData.intent === 'lookup' ? (actionData as LookupActionData) : undefined

  if (!account) {
    return (
      <div className="account">
        <header className="account-header">
          <h1 className="page-title">Your account</h1>
          <p className="account-lede">
            No password needed: look up an order to see where it is, collect and spend your points, and share €10 with a friend.
          </p>
        </header>
        <div className="account-grid">
          <AccountLookup result={lookupResult} />
          <AccountJoin program={program} />
        </div>
      </div>
    )
  }

  return (
    <div className="account">
      <header className="account-header account-header-member">
        <div>
          <h1 className="page-title">Your account</h1>
          <p className="account-lede">
            Looked up with <strong>{account.email}</strong> for this visit.
          </p>
        </div>
        <Form method="post">
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="intent" value="forget" />
          <Button type="submit" variant="secondary" size="sm">
            Forget me on this device
          </Button>
        </Form>
      </header>
      <div className="account-grid">
        <div className="account-column">
          <AccountOrder order={account.order} />
          <AccountOrderList orders={account.orders} currentId={account.order.id} />
        </div>
        <div className="account-column">
          <AccountRewards program={program} {...account.rewards} />
          <AccountReferral {...account.referral} />
        </div>
      </div>
    </div>
  )
}
