import { Button, Money } from '@journeykit/ui'
import { data, Link, redirect, useNavigation } from 'react-router'
import { ActionForm } from '../components/admin/action-form'
import { CouponFields } from '../components/admin/coupon-fields'
import { FormError, Notice } from '../components/admin/feedback'
import { filterHref } from '../components/admin/filter-href'
import { ListTable } from '../components/admin/list-table'
import { Pager } from '../components/admin/pager'
import { FormField } from '../components/form-field'
import { HERO_DEFAULT_COPY } from '../components/home-hero'
import { requireStaff, requireStaffAction } from '../lib/admin/auth.server'
import { useAdminText } from '../lib/admin/messages'
import { activeCouponCodes, COUPONS_PAGE_SIZE, couponInputOf, createCoupon, listCoupons, saveBannerCoupon, saveHeroCopy, type AdminCoupon } from '../lib/admin/promotions.server'
import { attempt, formText, type ActionFailure } from '../lib/admin/route-kit.server'
import { getDatabase } from '../lib/db.server'
import { HERO_HEADLINE_MAX, HERO_SOURCES, HERO_SUBLINE_MAX } from '../lib/hero-copy'
import { promotionSettings } from '../lib/promotions.server'
import { CURRENCY } from '../lib/seed.server'
import type { Route } from './+types/admin.promotions'

export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'promotions')
  const params = new URL(request.url).searchParams
  const page = Number.parseInt(params.get('page') ?? '1', 10) || 1
  const [{ coupons, total }, settings, bannerChoices] = await Promise.all([listCoupons(db, page), promotionSettings(db), activeCouponCodes(db)])
  return {
    coupons,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / COUPONS_PAGE_SIZE)),
    currency: CURRENCY,
    settings,
    bannerChoices,
    heroDefaults: HERO_DEFAULT_COPY,
    done: params.get('done'),
  }
}

export async function action({ request }: Route.ActionArgs) {
  const db = await getDatabase()
  const form = await request.formData()
  const { staff } = await requireStaffAction(db, request, form, 'promotions')
  const intent = formText(form, 'intent')
  if (intent === 'create') {
    return attempt(intent, async () => {
      const code = await createCoupon(db, staff, { code: formText(form, 'code'), ...couponInputOf(form) })
      return redirect(`/admin/promotions/${encodeURIComponent(code)}?created`)
    })
  }
  if (intent === 'banner') {
    return attempt(intent, async () => {
      await saveBannerCoupon(db, staff, formText(form, 'bannerCoupon'))
      return redirect('/admin/promotions?done=banner')
    })
  }
  if (intent === 'hero') {
    return attempt(intent, async () => {
      const copy = Object.fromEntries(HERO_SOURCES.map((source) => [source, { headline: formText(form, `headline:${source}`), subline: formText(form, `subline:${source}`) }]))
      await saveHeroCopy(db, staff, copy)
      return redirect('/admin/promotions?done=hero')
    })
  }
  throw data('Unknown action', { status: 400 })
}

function CouponValue({ coupon, currency }: { coupon: AdminCoupon; currency: string }) {
  const { t } = useAdminText()
  if (coupon.kind === 'percent') return <>{coupon.value}%</>
  if (coupon.kind === 'fixed') return <Money value={{ amount: coupon.value, currency }} />
  return <>{t('coupon.kind.free_shipping')}</>
}

export default function AdminPromotions({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const { coupons, total, page, pageCount, currency, settings, bannerChoices, heroDefaults, done } = loaderData
  const failure = actionData as ActionFailure | undefined
  const fieldsOf = (intent: string) => (failure?.intent === intent ? (failure.fields ?? {}) : {})
  const navigation = useNavigation()
  const busy = (intent: string) => navigation.state === 'submitting' && navigation.formData?.get('intent') === intent
  const validity = (coupon: AdminCoupon) => (coupon.startsOn || coupon.endsOn ? `${coupon.startsOn ?? '…'} – ${coupon.endsOn ?? '…'}` : t('promotions.always'))
  return (
    <section aria-labelledby="promotions-title" className="admin">
      <h1 id="promotions-title">{t('promotions.title')}</h1>
      {done === 'banner' || done === 'hero' ? <Notice>{t(`promotions.saved.${done}`)}</Notice> : null}
      <ListTable
        count={t('promotions.count', { count: total })}
        none={t('promotions.none')}
        caption={t('promotions.coupons')}
        isEmpty={coupons.length === 0}
        head={
          <>
            <th scope="col">{t('promotions.code')}</th>
            <th scope="col">{t('coupon.kind')}</th>
            <th scope="col" className="admin-number">
              {t('promotions.value')}
            </th>
            <th scope="col">{t('promotions.window')}</th>
            <th scope="col" className="admin-number">
              {t('promotions.uses')}
            </th>
            <th scope="col">{t('promotions.state')}</th>
          </>
        }
      >
        {coupons.map((coupon) => (
          <tr key={coupon.code}>
            <th scope="row">
              <Link to={`/admin/promotions/${encodeURIComponent(coupon.code)}`}>{coupon.code}</Link>
            </th>
            <td>{t(`coupon.kind.${coupon.kind}`)}</td>
            <td className="admin-number">
              <CouponValue coupon={coupon} currency={currency} />
            </td>
            <td>{validity(coupon)}</td>
            <td className="admin-number">{coupon.usageLimit === null ? coupon.used : `${coupon.used} / ${coupon.usageLimit}`}</td>
            <td>{t(coupon.active ? 'promotions.active' : 'promotions.inactive')}</td>
          </tr>
        ))}
      </ListTable>
      <Pager page={page} pageCount={pageCount} pageLink={(target) => filterHref({ page: target })} />

      <h2 id="coupon-new-title">{t('promotions.new')}</h2>
      {Object.keys(fieldsOf('create')).length > 0 ? <FormError>{t('product.invalid')}</FormError> : null}
      <ActionForm intent="create" className="admin-form admin-card" aria-labelledby="coupon-new-title">
        <FormField id="coupon-code" className="admin-field" label={t('promotions.code')} name="code" required error={fieldsOf('create').code} />
        <CouponFields currency={currency} fields={fieldsOf('create')} />
        <Button type="submit" loading={busy('create')}>
          {t('promotions.create')}
        </Button>
      </ActionForm>

      <h2 id="banner-title">{t('promotions.banner')}</h2>
      <p>{t('promotions.bannerHint')}</p>
      <ActionForm intent="banner" className="admin-form admin-card" aria-labelledby="banner-title">
        <div className="admin-field">
          <label htmlFor="banner-coupon">{t('promotions.bannerCoupon')}</label>
          <select
            id="banner-coupon"
            name="bannerCoupon"
            defaultValue={settings.bannerCoupon ?? ''}
            aria-invalid={fieldsOf('banner').bannerCoupon ? true : undefined}
            aria-describedby={fieldsOf('banner').bannerCoupon ? 'banner-coupon-error' : undefined}
          >
            <option value="">{t('promotions.noBanner')}</option>
            {[...new Set([...bannerChoices, ...(settings.bannerCoupon ? [settings.bannerCoupon] : [])])].map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
          {fieldsOf('banner').bannerCoupon ? (
            <p id="banner-coupon-error" className="admin-field-error">
              {fieldsOf('banner').bannerCoupon}
            </p>
          ) : null}
        </div>
        <Button type="submit" loading={busy('banner')}>
          {t('promotions.saveBanner')}
        </Button>
      </ActionForm>

      <h2 id="hero-title">{t('promotions.hero')}</h2>
      <p>{t('promotions.heroHint')}</p>
      <ActionForm intent="hero" className="admin-form admin-card" aria-labelledby="hero-title">
        {HERO_SOURCES.map((source) => (
          <fieldset key={source}>
            <legend>{t(`promotions.source.${source}`)}</legend>
            <FormField
              id={`hero-headline-${source}`}
              className="admin-field"
              label={t('promotions.headline')}
              name={`headline:${source}`}
              maxLength={HERO_HEADLINE_MAX}
              placeholder={heroDefaults[source].headline}
              defaultValue={settings.heroCopy[source]?.headline ?? ''}
              error={fieldsOf('hero')[`headline:${source}`]}
            />
            <FormField
              id={`hero-subline-${source}`}
              className="admin-field"
              label={t('promotions.subline')}
              name={`subline:${source}`}
              maxLength={HERO_SUBLINE_MAX}
              placeholder={heroDefaults[source].subline}
              defaultValue={settings.heroCopy[source]?.subline ?? ''}
              error={fieldsOf('hero')[`subline:${source}`]}
            />
          </fieldset>
        ))}
        <Button type="submit" loading={busy('hero')}>
          {t('promotions.saveHero')}
        </Button>
      </ActionForm>
    </section>
  )
}
