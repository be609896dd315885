import { Badge, Button, Money } from '@journeykit/ui'
import { Form, Link, useNavigation } from 'react-router'
import { filterHref } from '../components/admin/filter-href'
import { ListTable } from '../components/admin/list-table'
import { Pager } from '../components/admin/pager'
import { SelectField } from '../components/admin/select-field'
import { requireStaff } from '../lib/admin/auth.server'
import { CATALOG_PAGE_SIZE, listCatalog } from '../lib/admin/catalog.server'
import { useAdminText } from '../lib/admin/messages'
import { getDatabase } from '../lib/db.server'
import type { Route } from './+types/admin.products'

export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'catalog')
  const params = new URL(request.url).searchParams
  const search = params.get('q')?.slice(0, 200) ?? ''
  const category = params.get('category') ?? ''
  const page = Number.parseInt(params.get('page') ?? '1', 10) || 1
  const result = await listCatalog(db, { query: search, categoryId: category, page })
  return { search, category, page, pageCount: Math.max(1, Math.ceil(result.total / CATALOG_PAGE_SIZE)), ...result }
}

export default function AdminProducts({ loaderData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const busy = useNavigation().state === 'loading'
  const { products, categories, search, category, page, pageCount, total } = loaderData
  const categoryName = new Map(categories.map((entry) => [entry.id, entry.name]))
  const pageLink = (target: number) => filterHref({ q: search, category, page: target })
  return (
    <section aria-labelledby="products-title" className="admin">
      <h1 id="products-title">{t('products.title')}</h1>
      <p className="admin-actions">
        <a href="/admin/products.csv" download>
          {t('products.export')}
        </a>
        <Link to="/admin/products/import">{t('products.import')}</Link>
      </p>
      <Form method="get" className="admin-form-inline" role="search">
        <div className="admin-field">
          <label htmlFor="products-q">{t('products.search')}</label>
          <input id="products-q" name="q" type="search" defaultValue={search} />
        </div>
        <SelectField
          id="products-category"
          name="category"
          label={t('products.category')}
          options={categories.map((entry) => entry.id)}
          optionLabel={(id) => categoryName.get(id) ?? id}
          defaultValue={category}
          anyLabel={t('products.anyCategory')}
        />
        <Button type="submit" loading={busy}>
          {t('orders.filter')}
        </Button>
      </Form>
      <ListTable
        count={t('products.count', { count: total })}
        none={t('products.none')}
        caption={t('products.title')}
        isEmpty={products.length === 0}
        head={
          <>
            <th scope="col">{t('products.name')}</th>
            <th scope="col">{t('products.category')}</th>
            <th scope="col" className="admin-number">
              {t('products.variants')}
            </th>
            <th scope="col" className="admin-number">
              {t('products.stock')}
            </th>
            <th scope="col" className="admin-number">
              {t('products.price')}
            </th>
          </>
        }
      >
        {products.map((product) => (
          <tr key={product.id}>
            <th scope="row">
              <Link to={`/admin/products/${encodeURIComponent(product.id)}`}>{product.name}</Link>
              {product.published ? null : (
                <>
                  {' '}
                  <Badge tone="neutral">{t('products.draft')}</Badge>
                </>
              )}
            </th>
            <td>{product.categoryName}</td>
            <td className="admin-number">{product.variantCount}</td>
            <td className="admin-number">{product.stock}</td>
            <td className="admin-number">
              <Money value={product.price} />
            </td>
          </tr>
        ))}
      
      </ListTable>
      <Pager page={page} pageCount={pageCount} pageLink={pageLink} />
    </section>
  )
}
