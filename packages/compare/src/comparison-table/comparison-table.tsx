'use client'
import { useComposedRefs } from '@radix-ui/react-compose-refs'
import { useImpression, useTrack } from '@journeykit/react'
import {
  Badge,
  Button,
  EmptyState,
  ErrorState,
  LoadingState,
  Rating,
  VisuallyHidden,
  useNumberFormat,
  useMessages,
  type NumberFormatter,
  type TranslateFunction,
} from '@journeykit/ui'
import { forwardRef, memo, useCallback, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef, type CSSProperties, type ReactNode } from 'react'
import { RemoveButton, useFocusAfterRemoval } from '../removal'
import { buildRow, buildSections, formerPrice, isMoney, toItem, visibleProducts, type CellValue, type ComparisonRow, type ComparisonSection } from './comparison-rows'
import { comparisonTableMessages, type ComparisonTableMessageKey } from './messages'
import type { Money } from '@journeykit/core'
import type { Attribute, AttributeGroup, ComparisonProduct } from './types'

type Translate = TranslateFunction<ComparisonTableMessageKey>

export interface ComparisonTableProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * The products, one column each (at most `maxProducts`). Removing a column hides it at once and
   * calls `onRemove`; the table follows this prop again as soon as you pass a new array, so a
   * controlled app simply passes the list without the removed product.
   */
  products: ComparisonProduct[]
  /** The attribute rows, in collapsible groups. Memoise it: the rows are recomputed when it changes. */
  groups: AttributeGroup[]
  /** The most products compared side by side. Defaults to 4 (at least 2). */
  maxProducts?: number
  /** The table's caption and accessible name. Defaults to "Product comparison". */
  caption?: ReactNode
  /**
   * Adds a product to the cart from its column. Return a promise to show the button as pending;
   * `product_added` is emitted when it resolves, and a rejection shows an error in the column.
   */
  onAddToCart?: (product: ComparisonProduct) => void | Promise<unknown>
  /** Called with the id of a product removed from the comparison (emits `comparison_changed`). */
  onRemove?: (productId: string) => void
  /** Whether "Show differences only" starts on. Defaults to false. */
  defaultDifferencesOnly?: boolean
  /** Ids of the groups that start collapsed. */
  defaultCollapsed?: string[]
  /** 'loading' and 'error' replace the table with a loading or error state. Defaults to 'ready'. */
  status?: 'loading' | 'error' | 'ready'
  /** The message of the error state. */
  error?: ReactNode
  /** Shows "Try again" in the error state. */
  onRetry?: () => void
  /** An action for the empty state (fewer than two products), e.g. a link back to the listing. */
  emptyAction?: ReactNode
}

const NONE: readonly string[] = []

/**
 * Products side by side: one column per product, attributes as rows in collapsible groups, the
 * best value of a row marked, "show differences only", remove and add to cart per column. A native
 * `<table>` with a caption and scoped headers, in a scroll region whose header row and attribute
 * column stay in view.
 *
 * Events: `comparison_viewed` (viewable impression), `comparison_changed` (remove, differences),
 * `product_clicked` (product name followed), `product_added` (add to cart succeeded).
 */
export const ComparisonTable = forwardRef<HTMLDivElement, ComparisonTableProps>(function ComparisonTable({
  products,
  groups,
  maxProducts = 4,
  caption,
  onAddToCart,
  onRemove,
  defaultDifferencesOnly = false,
  defaultCollapsed,
  status = 'ready',
  error,
  onRetry,
  emptyAction,
  ...props
}, ref) {
  const t = useMessages(comparisonTableMessages)
  const track = useTrack({ block: 'ComparisonTable', blockId: props.id })
  const baseId = useId()
  // Removed ids apply to the products they were removed from; a new `products` array starts over.
  const [removal, setRemoval] = useState({ source: products, ids: NONE })
  if (removal.source !== products) setRemoval({ source: products, ids: NONE })
  const removedIds = removal.source === products ? removal.ids : NONE
  const shown = useMemo(
    () => visibleProducts(products, removedIds, Math.max(2, maxProducts)),
    [products, removedIds, maxProducts],
  )
  const sections = useMemo(() => buildSections(groups, shown), [groups, shown])
  // Price and rating come from the products' own fields, as rows that mark the best value too.
  const summary = useMemo(() => {
    const rows: SummaryRow[] = [
      {
        row: buildRow({ id: 'price', label: t('compare.comparisonTable.price'), kind: 'price', better: 'lower' }, shown, (product) => product.price),
        render: (value, index) => <Price value={value as Money} was={formerPrice(shown[index]!)} />,
      },
    ]
    if (shown.some((product) => product.rating !== undefined)) {
      rows.push({
        row: buildRow({ id: 'rating', label: t('compare.comparisonTable.rating'), kind: 'rating', better: 'higher' }, shown, (product) => product.rating?.value),
        render: (value, index) => <ProductRatingCell value={value as number} count={shown[index]!.rating?.count} />,
      })
    }
    return rows
  }, [shown, t])
  const productIds = useMemo(() => shown.map((product) => product.id), [shown])
  const [differencesOnly, setDifferencesOnly] = useState(defaultDifferencesOnly)
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set(defaultCollapsed))
  const [cart, setCart] = useState<Record<string, 'pending' | 'error' | undefined>>({})
  const [announcement, setAnnouncement] = useState('')
  const state = status !== 'ready' ? status : shown.length < 2 ? 'empty' : 'ready'

  const rootRef = useRef<HTMLDivElement>(null)
  const impressionRef = useImpression(() => track('comparison_viewed', { items: shown.map(toItem) }), {
    disabled: state !== 'ready',
  })
  const mergedRef = useComposedRefs<HTMLDivElement>(ref, rootRef, impressionRef)

  const focusAfterRemoval = useFocusAfterRemoval(rootRef, shown)

  const toggleGroup = useCallback((groupId: string) => {
    setCollapsed((previous) => {
      const next = new Set(previous)
      if (!next.delete(groupId)) next.add(groupId)
      return next
    })
  }, [])

  function remove(product: ComparisonProduct, index: number) {
    setRemoval({ source: products, ids: [...removedIds, product.id] })
    focusAfterRemoval(index)
    setAnnouncement(t('compare.comparisonTable.removed', { name: product.name }))
    track('comparison_changed', { action: 'remove', itemId: product.id })
    onRemove?.(product.id)
  }

  async function addToCart(product: ComparisonProduct, index: number) {
    // The button ignores clicks while pending (loading), so one add at a time per product.
    const settle = (state: 'pending' | 'error' | undefined) => setCart((previous) => ({ ...previous, [product.id]: state }))
    settle('pending')
    try {
      await onAddToCart?.(product)
      settle(undefined)
      track('product_added', { item: { ...toItem(product, index), quantity: 1 } })
      setAnnouncement(t('compare.comparisonTable.added', { name: product.name }))
    } catch {
      settle('error')
    }
  }

  function toggleDifferences(value: boolean) {
    setDifferencesOnly(value)
    track('comparison_changed', { action: 'differences', value })
  }

  let content: ReactNode
  if (state === 'loading') content = <LoadingState />
  else if (state === 'error') content = <ErrorState message={error} onRetry={onRetry} />
  else if (state === 'empty') content = <EmptyState tabIndex={-1} title={t('compare.comparisonTable.empty')} action={emptyAction} />
  else {
    const captionId = `${baseId}caption`
    content = (
      <>
        <label data-part="differences-toggle">
          <input type="checkbox" checked={differencesOnly} onChange={(event) => toggleDifferences(event.currentTarget.checked)} />
          {t('compare.comparisonTable.differencesOnly')}
        </label>
        {/* Focusable so keyboard users can scroll it; named by the caption. */}
        <div data-part="scroller" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table data-part="table" style={{ '--jk-compare-products': shown.length } as CSSProperties}>
            <caption id={captionId} data-part="caption">
              {caption ?? t('compare.comparisonTable.caption')}
            </caption>
            <thead>
              <tr>
                <td data-part="corner" />
                {shown.map((product, index) => (
                  <th key={product.id} scope="col" data-part="product">
                    {product.image && (
                      <img data-part="image" src={product.image.src} alt={product.image.alt} width={64} height={64} loading="lazy" />
                    )}
                    {product.href ? (
                      <a
                        data-part="name"
                        href={product.href}
                        onClick={() => track('product_clicked', { item: toItem(product, index), listId: 'comparison' })}
                      >
                        {product.name}
                      </a>
                    ) : (
                      <span data-part="name">{product.name}</span>
                    )}
                    <RemoveButton
                      label={t('compare.comparisonTable.remove', { name: product.name })}
                      onClick={() => remove(product, index)}
                    />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody data-part="summary">
              {summary.map(({ row, render }) => (
                <AttributeRow key={row.attribute.id} row={row} productIds={productIds} render={render} />
              ))}
              {(onAddToCart || shown.some((product) => product.available === false)) && (
                <tr data-part="cart">
                  <td />
                  {shown.map((product, index) => (
                    <td key={product.id}>
                      {product.available === false ? (
                        <p data-part="stock">{t('compare.comparisonTable.outOfStock')}</p>
                      ) : (
                        onAddToCart && (
                          <Button
                            size="sm"
                            data-part="add-to-cart"
                            loading={cart[product.id] === 'pending'}
                            onClick={() => void addToCart(product, index)}
                          >
                            {t('compare.comparisonTable.addToCart')} <VisuallyHidden>{product.name}</VisuallyHidden>
                          </Button>
                        )
                      )}
                      {cart[product.id] === 'error' && (
                        <p role="alert" data-part="cart-error">{t('compare.comparisonTable.addFailed', { name: product.name })}</p>
                      )}
                    </td>
                  ))}
                </tr>
              )}
            </tbody>
            {sections.map((section, index) => (
              <GroupBody
                key={section.group.id}
                bodyId={`${baseId}group${index}`}
                section={section}
                productIds={productIds}
                open={!collapsed.has(section.group.id)}
                differencesOnly={differencesOnly}
                onToggle={toggleGroup}
              />
            ))}
          </table>
        </div>
      </>
    )
  }

  return (
    <div
      {...props}
      ref={mergedRef}
      data-jk-comparison-table=""
      data-stage="consideration"
      data-state={state}
    >
      {content}
      <VisuallyHidden role="status" aria-live="polite" data-part="announcer">
        {announcement}
      </VisuallyHidden>
    </div>
  )
})

interface GroupBodyProps {
  bodyId: string
  section: ComparisonSection
  productIds: readonly string[]
  open: boolean
  differencesOnly: boolean
  onToggle: (groupId: string) => void
}

// Memoised with the rows: toggling differences or a group re-renders only what changed.
const GroupBody = memo(function GroupBody({ bodyId, section, productIds, open, differencesOnly, onToggle }: GroupBodyProps) {
  const rows = differencesOnly ? section.rows.filter((row) => !row.same) : section.rows
  if (rows.length === 0) return null
  return (
    <tbody id={bodyId} data-part="group" data-state={open ? 'open' : 'closed'}>
      <tr data-part="group-header">
        <th scope="rowgroup" colSpan={productIds.length + 1}>
          <button
            type="button"
            data-part="group-toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => onToggle(section.group.id)}
          >
            {section.group.label}
          </button>
        </th>
      </tr>
      {open && rows.map((row) => <AttributeRow key={row.attribute.id} row={row} productIds={productIds} />)}
    </tbody>
  )
})

type RenderValue = (value: NonNullable<CellValue>, index: number) => ReactNode

/** A row built from the products' own fields, with a cell renderer that reads the rest of the product. */
interface SummaryRow {
  row: ComparisonRow
  render: RenderValue
}

interface AttributeRowProps {
  row: ComparisonRow
  productIds: readonly string[]
  /** Renders a present value; defaults to formatting it by the attribute's kind. */
  render?: RenderValue
}

const AttributeRow = memo(function AttributeRow({ row, productIds, render }: AttributeRowProps) {
  const t = useMessages(comparisonTableMessages)
  const format = useNumberFormat()
  const { attribute } = row
  return (
    <tr data-part="row" data-same={row.same ? '' : undefined}>
      <th scope="row" data-part="attribute">
        {attribute.label}
        {attribute.description && <span data-part="description">{attribute.description}</span>}
      </th>
      {row.values.map((value, index) => (
        <td key={productIds[index]} data-best={row.best[index] ? '' : undefined}>
          {value === undefined ? (
            <span data-part="missing">
              <span aria-hidden="true">—</span>
              <VisuallyHidden>{t('compare.comparisonTable.missing')}</VisuallyHidden>
            </span>
          ) : render ? (
            render(value, index)
          ) : (
            formatValue(attribute, value, t, format)
          )}
          {row.best[index] && (
            <>
              {' '}
              <Badge tone="success" data-part="best">
                {t('compare.comparisonTable.best')}
              </Badge>
            </>
          )}
        </td>
      ))}
    </tr>
  )
})

function formatValue(attribute: Attribute, value: NonNullable<CellValue>, t: Translate, format: NumberFormatter): ReactNode {
  if (typeof value === 'boolean') return t(value ? 'compare.comparisonTable.yes' : 'compare.comparisonTable.no')
  if (typeof value === 'string') return value
  if (isMoney(value)) return format.money(value)
  if (attribute.kind === 'rating') return <Rating value={value} size="sm" />
  if (!attribute.unit) return format.number(value)
  try {
    return format.number(value, { style: 'unit', unit: attribute.unit, unitDisplay: 'short' })
  } catch {
    // Not an Intl unit ('mAh', 'ANSI lumens'): a free label after the number.
    return `${format.number(value)} ${attribute.unit}`
  }
}

// A strike is not announced by screen readers, so the former price is read with its context ("Was €399.00").
function Price({ value, was }: { value: Money; was: Money | undefined }) {
  const t = useMessages(comparisonTableMessages)
  const format = useNumberFormat()
  const former = was && format.money(was)
  return (
    <>
      {format.money(value)}
      {former && (
        <span data-part="compare-at">
          {' '}
          <s aria-hidden="true">{former}</s>
          <VisuallyHidden>{t('compare.comparisonTable.compareAt', { price: former })}</VisuallyHidden>
        </span>
      )}
    </>
  )
}

// The count is part of the stars' accessible name, so its visible text is hidden from screen readers.
function ProductRatingCell({ value, count }: { value: number; count: number | undefined }) {
  const t = useMessages(comparisonTableMessages)
  const counted = count !== undefined && Number.isFinite(count) && count >= 0
  return (
    <>
      <Rating value={value} count={counted ? count : undefined} size="sm" />
      {counted && (
        <span data-part="review-count" aria-hidden="true">
          {t('compare.comparisonTable.reviewCount', { count })}
        </span>
      )}
    </>
  )
}
