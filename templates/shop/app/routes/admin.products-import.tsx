import { Badge, Button } from '@journeykit/ui'
import { data, Link, useNavigation } from 'react-router'
import { ActionForm } from '../components/admin/action-form'
import { FormError, Notice } from '../components/admin/feedback'
import { requireStaff, requireStaffAction } from '../lib/admin/auth.server'
import { applyCatalogImport, CatalogImportError, IMPORT_MAX_BYTES, previewCatalogImport, type ImportPlan, type ImportRowStatus } from '../lib/admin/catalog-csv.server'
import { useAdminText } from '../lib/admin/messages'
import { formText } from '../lib/admin/route-kit.server'
import { getDatabase } from '../lib/db.server'
import type { Route } from './+types/admin.products-import'

export async function loader({ request }: Route.LoaderArgs) {
  await requireStaff(await getDatabase(), request, 'catalog')
  return null
}

/** `preview` reads the uploaded file (a dry run); `apply` imports the previewed text, all rows or none. */
type ImportAnswer = { intent: 'preview' | 'apply'; plan: ImportPlan; csv: string; applied?: boolean }

export async function action({ request }: Route.ActionArgs) {
  const db = await getDatabase()
  const form = await request.formData()
  const { staff } = await requireStaffAction(db, request, form, 'catalog')
  const intent = formText(form, 'intent')
  if (intent === 'preview') {
    const file = form.get('file')
    const csv = file instanceof File && file.size <= IMPORT_MAX_BYTES ? await file.text() : formText(form, 'csv')
    const plan = await previewCatalogImport(db, csv)
    return data<ImportAnswer>({ intent, plan, csv: plan.fileError ? '' : csv }, { status: plan.fileError ? 400 : 200 })
  }
  if (intent === 'apply') {
    const csv = formText(form, 'csv')
    try {
      return { intent, plan: await applyCatalogImport(db, staff, csv), csv: '', applied: true } satisfies ImportAnswer
    } catch (error) {
      if (!(error instanceof CatalogImportError)) throw error
      return data<ImportAnswer>({ intent, plan: error.plan, csv }, { status: 422 })
    }
  }
  throw data('Unknown action', { status: 400 })
}

const STATUS_TONE: Record<ImportRowStatus, 'success' | 'info' | 'neutral' | 'danger'> = { created: 'success', updated: 'info', unchanged: 'neutral', error: 'danger' }

export default function AdminProductsImport({ actionData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const navigation = useNavigation()
  const answer = actionData as ImportAnswer | undefined
  const busy = (intent: string) => navigation.state === 'submitting' && navigation.formData?.get('intent') === intent
  const plan = answer?.plan
  return (
    <section aria-labelledby="import-title" className="admin">
      <p>
        <Link to="/admin/products">{t('product.back')}</Link>
      </p>
      <h1 id="import-title">{t('import.title')}</h1>
      <p id="import-hint">{t('import.hint')}</p>
      <ActionForm intent="preview" encType="multipart/form-data" className="admin-form-inline admin-card" aria-describedby="import-hint">
        <div className="admin-field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required />
        </div>
        <Button type="submit" loading={busy('preview')}>
          {t('import.preview')}
        </Button>
      </ActionForm>
      {plan?.fileError ? <FormError>{plan.fileError}</FormError> : null}
      {answer?.applied ? <Notice>{t('import.applied', plan!.counts)}</Notice> : null}
      {plan && !plan.fileError ? (
        <>
          <p role="status">{t('import.counts', plan.counts)}</p>
          {plan.counts.error > 0 ? <FormError>{t('import.hasErrors')}</FormError> : null}
          {!answer?.applied && plan.counts.error === 0 ? (
            <ActionForm intent="apply" fields={{ csv: answer!.csv }}>
              <Button type="submit" loading={busy('apply')}>
                {t('import.apply', { count: plan.counts.created + plan.counts.updated })}
              </Button>
            </ActionForm>
          ) : null}
          <div className="admin-table-wrap">
            <table className="admin-table">
              <caption className="visually-hidden">{t('import.rows')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.line')}</th>
                  <th scope="col">{t('import.product')}</th>
                  <th scope="col">{t('import.variant')}</th>
                  <th scope="col">{t('import.status')}</th>
                  <th scope="col">{t('import.errors')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.map((row) => (
                  <tr key={row.line}>
                    <th scope="row">{row.line}</th>
                    <td>{row.productId}</td>
                    <td>{row.variantId}</td>
                    <td>
                      <Badge tone={STATUS_TONE[row.status]}>{t(`import.status.${row.status}`)}</Badge>
                    </td>
                    <td>
                      {row.errors.length > 0 ? (
                        <ul>
                          {row.errors.map((error) => (
                            <li key={error}>{error}</li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  )
}
