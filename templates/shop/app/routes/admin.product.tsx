import { Button } from '@journeykit/ui'
import { data, Link, redirect, useNavigation } from 'react-router'
import { ActionForm } from '../components/admin/action-form'
import { FormError, Notice } from '../components/admin/feedback'
import { FormField } from '../components/form-field'
import { requireStaff, requireStaffAction } from '../lib/admin/auth.server'
import { getCatalogProduct, setProductImage, updateCatalogProduct } from '../lib/admin/catalog.server'
import { PRODUCT_DESCRIPTION_MAX } from '../lib/admin/constants'
import { useAdminText } from '../lib/admin/messages'
import { attempt, formText, type ActionFailure } from '../lib/admin/route-kit.server'
import type { StaffMember } from '../lib/admin/staff.server'
import { getDatabase, type Database } from '../lib/db.server'
import { checkImageSize, MediaUploadError } from '../lib/media.server'
import { IMAGE_TYPES } from '../lib/media-types'
import type { Route } from './+types/admin.product'

export async function loader({ request, params }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'catalog')
  const product = await getCatalogProduct(db, params.productId)
  if (!product) throw data('Not found', { status: 404 })
  const searchParams = new URL(request.url).searchParams
  return { product, saved: searchParams.has('saved'), imageSaved: searchParams.has('image') }
}

export async function action({ request, params }: Route.ActionArgs) {
  const db = await getDatabase()
  const form = await request.formData()
  const { staff } = await requireStaffAction(db, request, form, 'catalog')
  if (formText(form, 'intent') === 'image') return uploadImage(db, staff, params.productId, form.get('image'))
  return attempt('save', async () => {
    await updateCatalogProduct(db, staff, params.productId, {
      name: formText(form, 'name'),
      description: formText(form, 'description'),
      price: formText(form, 'price'),
      published: statusField(formText(form, 'status')),
      variants: form.getAll('variantId').map((id) => ({
        id: String(id),
        label: formText(form, `label:${id}`),
        stock: formText(form, `stock:${id}`),
        price: formText(form, `price:${id}`),
      })),
    })
    return redirect(`/admin/products/${encodeURIComponent(params.productId)}?saved`)
  })
}

/** The status select: published or draft; absent (or anything else): as it is. */
const statusField = (status: string) => (status === 'published' ? true : status === 'draft' ? false : undefined)

/** The image form's upload: 413 above 1 MB, 415 for anything but JPEG, PNG, WebP or AVIF (read from the bytes), with the reason on the form. */
async function uploadImage(db: Database, staff: StaffMember, productId: string, file: FormDataEntryValue | null) {
  return attempt('image', async () => {
    if (!(file instanceof File) || file.size === 0) return data<ActionFailure>({ ok: false, intent: 'image', fields: { image: 'Choose an image file to upload.' } }, { status: 400 })
    try {
      checkImageSize(file.size)
      await setProductImage(db, staff, productId, new Uint8Array(await file.arrayBuffer()))
    } catch (error) {
      if (!(error instanceof MediaUploadError)) throw error
      return data<ActionFailure>({ ok: false, intent: 'image', fields: { image: error.message } }, { status: error.status })
    }
    return redirect(`/admin/products/${encodeURIComponent(productId)}?image`)
  })
}

export default function AdminProduct({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const { product, saved, imageSaved } = loaderData
  const failure = actionData as ActionFailure | undefined
  const fields = failure?.intent === 'save' ? (failure.fields ?? {}) : {}
  const imageError = failure?.intent === 'image' ? failure.fields?.image : undefined
  const navigation = useNavigation()
  const busy = (intent: string) => navigation.state === 'submitting' && (navigation.formData?.get('intent') ?? 'save') === intent
  const mainImage = product.images[0]
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
      {imageSaved ? <Notice>{t('product.imageSaved')}</Notice> : null}
      {!product.published ? <Notice>{t('product.draftNotice')}</Notice> : null}
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
        <div className="admin-field">
          <label htmlFor="product-status">{t('product.status')}</label>
          <select id="product-status" name="status" defaultValue={product.published ? 'published' : 'draft'}>
            <option value="published">{t('product.status.published')}</option>
            <option value="draft">{t('product.status.draft')}</option>
          </select>
        </div>
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
              <FormField
                id={`price-${variant.id}`}
                className="admin-field"
                label={t('product.variantPrice', { variant: variant.label, currency: product.price.currency })}
                name={`price:${variant.id}`}
                inputMode="decimal"
                placeholder={(product.price.amount / 100).toFixed(2)}
                defaultValue={variant.price === null ? '' : (variant.price / 100).toFixed(2)}
                error={fields[`price:${variant.id}`]}
              />
            </div>
          ))}
        </fieldset>
        <Button type="submit" loading={busy('save')}>
          {t('product.save')}
        </Button>
      </ActionForm>
      <ActionForm intent="image" encType="multipart/form-data" className="admin-form admin-card" aria-labelledby="product-image-title">
        <h2 id="product-image-title">{t('product.image')}</h2>
        {mainImage ? <img src={mainImage.src} alt={mainImage.alt} width={160} height={160} className="admin-product-image" /> : <p>{t('product.noImage')}</p>}
        <FormField
          id="product-image"
          className="admin-field"
          label={t('product.imageFile')}
          name="image"
          type="file"
          accept={Object.keys(IMAGE_TYPES).join(',')}
          required
          error={imageError}
        />
        <Button type="submit" variant="secondary" loading={busy('image')}>
          {t('product.uploadImage')}
        </Button>
      </ActionForm>
    </section>
  )
}
