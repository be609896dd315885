import { FormField } from '../form-field'
import { COUPON_KINDS } from '../../lib/admin/constants'
import { useAdminText } from '../../lib/admin/messages'
import type { AdminCoupon } from '../../lib/admin/promotions.server'

const major = (minor: number | null) => (minor === null ? '' : (minor / 100).toFixed(2))

/** A coupon's terms as form fields (the create and the edit form): kind, value, minimum, window, limits; `fields` are the errors. */
export function CouponFields({ coupon, currency, fields }: { coupon?: AdminCoupon | undefined; currency: string; fields: Record<string, string> }) {
  const { t } = useAdminText()
  const field = (name: keyof AdminCoupon) => ({ id: `coupon-${name}`, className: 'admin-field', name, error: fields[name] })
  return (
    <>
      <div className="admin-field">
        <label htmlFor="coupon-kind">{t('coupon.kind')}</label>
        <select
          id="coupon-kind"
          name="kind"
          defaultValue={coupon?.kind ?? 'percent'}
          aria-invalid={fields.kind ? true : undefined}
          aria-describedby={fields.kind ? 'coupon-kind-error' : undefined}
        >
          {COUPON_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`coupon.kind.${kind}`)}
            </option>
          ))}
        </select>
        {fields.kind ? (
          <p id="coupon-kind-error" className="admin-field-error">
            {fields.kind}
          </p>
        ) : null}
      </div>
      <FormField
        {...field('value')}
        label={t('coupon.value', { currency })}
        inputMode="decimal"
        defaultValue={coupon ? (coupon.kind === 'fixed' ? major(coupon.value) : coupon.kind === 'percent' ? String(coupon.value) : '') : ''}
      />
      <FormField {...field('minSubtotal')} label={t('coupon.minSubtotal', { currency })} inputMode="decimal" defaultValue={major(coupon?.minSubtotal ?? null)} />
      <FormField {...field('startsOn')} label={t('coupon.startsOn')} type="date" defaultValue={coupon?.startsOn ?? ''} />
      <FormField {...field('endsOn')} label={t('coupon.endsOn')} type="date" defaultValue={coupon?.endsOn ?? ''} />
      <FormField {...field('usageLimit')} label={t('coupon.usageLimit')} inputMode="numeric" defaultValue={coupon?.usageLimit?.toString() ?? ''} />
      <FormField {...field('perCustomerLimit')} label={t('coupon.perCustomerLimit')} inputMode="numeric" defaultValue={coupon?.perCustomerLimit?.toString() ?? ''} />
    </>
  )
}

