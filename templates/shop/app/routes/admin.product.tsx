import { Button } from '@journeykit/ui'
import { data, Link, redirect, useNavigation } from 'react-router'
import { ActionForm } from '../components/admin/action-form'
import { FormError, Notice } from '../components/admin/feedback'
import { FormField } from '../components/form-field'
import { requireStaff, requireStaffAction } from '../lib/admin/auth.server'
import { getCatalogProduct, updateCatalogProduct } from '../lib/admin/catalog.server'
import { PRODUCT_DESCRIPTION_MAX } from '../lib/admin/constants'
import { useAdminText } from '../lib/admin/messages'
import { attempt, formText, type ActionFailure } from '../lib/admin/route-kit.server'
import { getDatabase } from '../lib/db.server'
import type { Route } from './+types/admin.product'

export async function loader({ request, params }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'catalog')
  const product = await getCatalogProduct(db, params.productId)
  if (!product) throw data('Not found', { status: 404 })
  return { product, saved: new URL(request.url).searchParams.has('saved') }
}

export async function action({ request, params }: Route.ActionArgs) {
  const db = await getDatabase()
  const form = await request.formData()
  const { staff } = await requireStaffAction(db, request, form, 'catalog')
  return attempt('save', async () => {
    await updateCatalogProduct(db, staff, params.productId, {
      name: formText(form, 'name'),
      description: formText(form, 'description'),
      price: formText(form, 'price'),
      variants: form.getAll('variantId').map((id) => ({ id: String(id), label: formText(form, `label:${id}`), stock: formText(form, `stock:${id}`) })),
    })
    return redirect(`/admin/products/${encodeURIComponent(params.productId)}?saved`)
  })
}

export default function AdminProduct({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const { product, saved } = loaderData
  const fields = (actionData as ActionFailure | undefined)?.fields ?? {}
  const busy = useNavigation().state === 'submitting'
  return (
    <section aria-labelledby="product-title" className="admin">
      <p>
        <Link to="/admin/products">{t('product.back')}</Link>
      </p>
      <h1 id="product-title">{product.name}</h1>
      <p>
        {product.categoryName} · <Link to={`/p/${product.slug}`}>{t('product.view')}</Link>
      </p>
      {saved ? <Notice>{t('product.saved')}</Notice> : null}
      {Object.keys(fields).length > 0 ? <FormError>{t('product.invalid')}</FormError> : null}
      <ActionForm className="admin-form admin-card">
        <FormField id="product-name" className="admin-field" label={t('product.name')} name="name" defaultValue={product.name} required error={fields.name} />
        <div className="admin-field">
          <label htmlFor="product-description">{t('product.description')}</label>
          <textarea
            id="product-description"
            name="description"
            rows={5}
            maxLength={PRODUCT_DESCRIPTION_MAX}
            required
            defaultValue={product.description}
            aria-invalid={fields.description ? true : undefined}
            aria-describedby={fields.description ? 'product-description-error' : undefined}
          />
          {fields.description ? (
            <p id="product-description-error" className="admin-field-error">
              {fields.description}
            </p>
          ) : null}
        </div>
        <FormField
          id="product-price"
          className="admin-field"
          label={t('product.price', { currency: product.price.currency })}
          name="price"
          inputMode="decimal"
          defaultValue={(product.price.amount / 100).toFixed(2)}
          required
          error={fields.price}
        />
        <fieldset>
          <legend>{t('product.variants')}</legend>
          {product.variants.map((variant, index) => (
            <div key={variant.id} className="admin-form-inline">
              <input type="hidden" name="variantId" value={variant.id} />
              <FormField
                id={`label-${variant.id}`}
                className="admin-field"
                label={t('product.variantLabel', { number: index + 1 })}
                name={`label:${variant.id}`}
                defaultValue={variant.label}
                required
                error={fields[`label:${variant.id}`]}
              />
              <FormField
                id={`stock-${variant.id}`}
                className="admin-field"
                label={t('product.stock', { variant: variant.label })}
                name={`stock:${variant.id}`}
                type="number"
                min={0}
                step={1}
                defaultValue={String(variant.stock)}
                required
                error={fields[`stock:${variant.id}`]}
              />
            </div>
          ))}
        </fieldset>
        <Button type="submit" loading={busy}>
          {t('product.save')}
        </Button>
      </ActionForm>
    </section>
  )
}
