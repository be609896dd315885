import { Button } from '@journeykit/ui'
import { data, Link, redirect, useNavigation } from 'react-router'
import { ActionForm } from '../components/admin/action-form'
import { CouponFields } from '../components/admin/coupon-fields'
import { FormError, Notice } from '../components/admin/feedback'
import { requireStaff, requireStaffAction } from '../lib/admin/auth.server'
import { useAdminText } from '../lib/admin/messages'
import { couponInputOf, getCoupon, setCouponActive, updateCoupon } from '../lib/admin/promotions.server'
import { attempt, formText, type ActionFailure } from '../lib/admin/route-kit.server'
import { getDatabase } from '../lib/db.server'
import { CURRENCY } from '../lib/seed.server'
import type { Route } from './+types/admin.promotion'

export async function loader({ request, params }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'promotions')
  const coupon = await getCoupon(db, params.code)
  if (!coupon) throw data('Not found', { status: 404 })
  const notice = (['created', 'saved', 'deactivated', 'activated'] as const).find((name) => new URL(request.url).searchParams.has(name)) ?? null
  return { coupon, currency: CURRENCY, notice }
}

export async function action({ request, params }: Route.ActionArgs) {
  const db = await getDatabase()
  const form = await request.formData()
  const { staff } = await requireStaffAction(db, request, form, 'promotions')
  const intent = formText(form, 'intent')
  const here = `/admin/promotions/${encodeURIComponent(params.code)}`
  if (intent === 'save') {
    return attempt(intent, async () => {
      await updateCoupon(db, staff, params.code, couponInputOf(form))
      return redirect(`${here}?saved`)
    })
  }
  if (intent === 'deactivate' || intent === 'activate') {
    return attempt(intent, async () => {
      await setCouponActive(db, staff, params.code, intent === 'activate')
      return redirect(`${here}?${intent}d`)
    })
  }
  throw data('Unknown action', { status: 400 })
}

export default function AdminPromotion({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const { coupon, currency, notice } = loaderData
  const fields = (actionData as ActionFailure | undefined)?.fields ?? {}
  const navigation = useNavigation()
  const busy = (intent: string) => navigation.state === 'submitting' && navigation.formData?.get('intent') === intent
  return (
    <section aria-labelledby="coupon-title" className="admin">
      <p>
        <Link to="/admin/promotions">{t('coupon.back')}</Link>
      </p>
      <h1 id="coupon-title">{t('coupon.title', { code: coupon.code })}</h1>
      <p>
        {t(coupon.active ? 'promotions.active' : 'promotions.inactive')} ·{' '}
        {coupon.usageLimit === null ? t('coupon.used', { used: coupon.used }) : t('coupon.usedOf', { used: coupon.used, limit: coupon.usageLimit })}
      </p>
      {notice ? <Notice>{t(`coupon.notice.${notice}`)}</Notice> : null}
      {Object.keys(fields).length > 0 ? <FormError>{t('product.invalid')}</FormError> : null}
      <ActionForm intent="save" className="admin-form admin-card">
        <CouponFields coupon={coupon} currency={currency} fields={fields} />
        <Button type="submit" loading={busy('save')}>
          {t('product.save')}
        </Button>
      </ActionForm>
      <ActionForm intent={coupon.active ? 'deactivate' : 'activate'} className="admin-actions">
        <p>{t(coupon.active ? 'coupon.deactivateHint' : 'coupon.activateHint')}</p>
        <Button type="submit" variant="secondary" loading={busy(coupon.active ? 'deactivate' : 'activate')}>
          {t(coupon.active ? 'coupon.deactivate' : 'coupon.activate')}
        </Button>
      </ActionForm>
    </section>
  )
}
