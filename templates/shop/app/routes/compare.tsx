import { ComparisonTable, useCompare, type ComparisonProduct } from '@journeykit/compare'
import { EmptyState } from '@journeykit/ui'
import { useCallback, useEffect, useRef } from 'react'
import { Link, useFetcher, useNavigate } from 'react-router'
import { firstAvailableVariant, getProductsByIds, listCategories, parseProductIds, toComparisonProduct } from '../lib/catalog.server'
import { getDatabase } from '../lib/db.server'
import { useRootData } from '../root'
import type { Route } from './+types/compare'
import type { CartActionResult } from './cart'
import stylesheet from './compare.css?url'

/** The most products side by side (the ComparisonTable's default); later ones are left out. */
const MAX_COMPARED = 4

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]

export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  const [products, categories] = await Promise.all([
    getProductsByIds(db, parseProductIds(new URL(request.url).searchParams.get('ids'))),
    listCategories(db),
  ])
  const links = categories.map(({ id, name }) => ({ id, name }))
  const category = categories.find((candidate) => candidate.id === products[0]?.categoryId)
  // Attributes only line up within a category: compare the first product's, say what was left out.
  const sameCategory = category ? products.filter((product) => product.categoryId === category.id) : []
  const compared = sameCategory.slice(0, MAX_COMPARED)
  const otherCategories = products.filter((product) => product.categoryId !== category?.id)
  return {
    categories: links,
    category: category && compared.length >= 2 ? { id: category.id, name: category.name, attributeGroups: category.attributeGroups } : null,
    columns: compared.map((product) => ({ product: toComparisonProduct(product), variantId: firstAvailableVariant(product)?.id ?? null })),
    leftOut: {
      otherCategories: otherCategories.map((product) => ({ name: product.name, categoryId: product.categoryId, categoryName: product.categoryName })),
      overLimit: sameCategory.slice(MAX_COMPARED).map((product) => product.name),
    },
  }
}

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data?.category ? `Compare ${data.category.name.toLowerCase()} — Northwind Outfitters` : 'Compare products — Northwind Outfitters' },
  { name: 'description', content: 'Products side by side: price, rating and every specification that matters.' },
  { name: 'robots', content: 'noindex' },
]

export default function ComparePage({ loaderData }: Route.ComponentProps) {
  const { categories, category, columns, leftOut } = loaderData
  const navigate = useNavigate()
  const addToCart = useAddToCart()
  // The tray on the listing keeps its own choice: keep it in step with removals made here.
  const compare = useCompare({ listId: category?.id ?? 'compare' })
  const products = columns.map((column) => column.product)

  const onAddToCart = (product: ComparisonProduct) => {
    const variantId = columns.find((column) => column.product.id === product.id)?.variantId
    return variantId ? addToCart.add(variantId) : Promise.reject(new Error(`${product.name} is sold out`))
  }

  function onRemove(productId: string) {
    compare.remove(productId)
    const ids = products.map((product) => product.id).filter((id) => id !== productId)
    void navigate(`/compare?ids=${ids.join(',')}`, { replace: true, preventScrollReset: true })
  }

  if (!category) {
    return (
      <div className="compare-page">
        <h1>Compare products</h1>
        <EmptyState className="compare-empty" title="Pick at least two products to compare">
          <p>Tick “Compare” on up to {MAX_COMPARED} products in a category, then press “Compare” in the tray at the bottom of the page.</p>
          <ul className="compare-category-links" role="list">
            {categories.map((link) => (
              <li key={link.id}>
                <Link to={`/c/${link.id}`} className="compare-button">
                  Browse {link.name.toLowerCase()}
                </Link>
              </li>
            ))}
          </ul>
        </EmptyState>
      </div>
    )
  }

  const listing = `/c/${category.id}`
  return (
    <div className="compare-page">
      <nav aria-label="Breadcrumb" className="compare-breadcrumb">
        <ol>
          <li>
            <Link to="/">Home</Link>
          </li>
          <li>
            <Link to={listing}>{category.name}</Link>
          </li>
          <li>
            <span aria-current="page">Compare</span>
          </li>
        </ol>
      </nav>
      <header className="compare-header">
        <h1>Compare {category.name.toLowerCase()}</h1>
        <p>
          {products.length} products side by side. The best value in each row is marked; switch on “Show differences only” to hide
          what they share.
        </p>
      </header>

      {(leftOut.otherCategories.length > 0 || leftOut.overLimit.length > 0) && (
        <div className="compare-notice">
          {leftOut.otherCategories.length > 0 && (
            <p>
              Products compare within one category, so this table shows {category.name.toLowerCase()} only. Left out:{' '}
              {leftOut.otherCategories.map((product, index) => (
                <span key={product.name}>
                  {index > 0 && ', '}
                  {product.name} (<Link to={`/c/${product.categoryId}`}>{product.categoryName}</Link>)
                </span>
              ))}
              .
            </p>
          )}
          {leftOut.overLimit.length > 0 && (
            <p>
              Up to {MAX_COMPARED} products fit side by side; left out: {leftOut.overLimit.join(', ')}.
            </p>
          )}
        </div>
      )}

      <ComparisonTable
        className="compare-table"
        products={products}
        groups={category.attributeGroups}
        maxProducts={MAX_COMPARED}
        caption={`${category.name} compared`}
        onAddToCart={onAddToCart}
        onRemove={onRemove}
        emptyAction={
          <Link to={listing} className="compare-button">
            Back to {category.name.toLowerCase()}
          </Link>
        }
      />

      {addToCart.message && (
        <p className="compare-cart-status" data-tone={addToCart.message.ok ? 'success' : 'danger'}>
          {addToCart.message.text} {addToCart.message.ok && <Link to="/cart">View cart</Link>}
        </p>
      )}

      <p className="compare-back">
        <Link to={listing}>← Back to all {category.name.toLowerCase()}</Link>
      </p>
    </div>
  )
}

/**
 * Adds one unit of a variant through the cart's form action with a fetcher (so the header's cart
 * count revalidates). `add` resolves when the cart accepted it and rejects with the cart's error;
 * adds run one after another because one fetcher carries one submission at a time.
 */
function useAddToCart() {
  const fetcher = useFetcher<CartActionResult>()
  const { csrf } = useRootData()
  const waiting = useRef<{ resolve: () => void; reject: (error: Error) => void; busy: boolean; before: unknown } | null>(null)
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const submit = fetcher.submit

  useEffect(() => {
    const pending = waiting.current
    if (!pending) return
    if (fetcher.state !== 'idle') {
      pending.busy = true
      return
    }
    if (!pending.busy && fetcher.data === pending.before) return
    waiting.current = null
    const result = fetcher.data
    if (result?.ok) pending.resolve()
    else pending.reject(new Error(result?.error ?? 'The cart could not be updated.'))
  }, [fetcher.state, fetcher.data])

  const add = useCallback(
    (variantId: string) => {
      const run = queue.current.then(
        () =>
          new Promise<void>((resolve, reject) => {
            waiting.current = { resolve, reject, busy: false, before: fetcher.data }
            void submit({ intent: 'add', variantId, quantity: '1', _csrf: csrf }, { method: 'post', action: '/cart' })
          }),
      )
      queue.current = run.catch(() => undefined)
      return run
    },
    [submit, csrf, fetcher.data],
  )

  const result = fetcher.state === 'idle' ? fetcher.data : undefined
  const message = result ? { ok: result.ok, text: result.ok ? result.message : result.error } : undefined
  return { add, message }
}
