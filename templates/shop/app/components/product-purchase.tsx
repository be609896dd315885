import type { Item } from '@journeykit/core'
import { useTrack } from '@journeykit/react'
import { StockNotice } from '@journeykit/social-proof'
import { Button } from '@journeykit/ui'
import { useEffect, useId, useRef, useSyncExternalStore } from 'react'
import { Link, useFetcher } from 'react-router'
import { useRootData } from '../root'
import type { action as cartAction } from '../routes/cart'

export interface PurchaseVariant {
  id: string
  label: string
  stock: number
}

export interface ProductPurchaseProps {
  productId: string
  productName: string
  /** For the sold-out notice's link to the rest of the category. */
  categoryId: string
  variants: PurchaseVariant[]
  /** The selected variant (controlled by the page, which also shows its image). */
  selectedVariantId: string
  onVariantChange: (variantId: string) => void
  /** The most one line may hold (the cart's limit). */
  maxQuantity: number
}

const subscribeNothing = () => () => {}

/** False on the server and during hydration, true afterwards (false for good without JavaScript). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  )
}

/** 'Size' for sizes such as "EU 42", else 'Colour': the demo catalog's two kinds of variants. */
function variantDimension(variants: readonly PurchaseVariant[]): string {
  return variants.every((variant) => /^(EU|US|UK)\s?\d|^(XXS|XS|S|M|L|XL|XXL)$/i.test(variant.label)) ? 'Size' : 'Colour'
}

/**
 * The buying part of the product page: the variant radio group (sold-out options disabled),
 * the real stock of the selected variant, quantity and "Add to cart". Posts to /cart
 * (`intent=add`) as a plain form or through a fetcher; the outcome is announced politely, the
 * header's cart count follows by revalidation, and `product_added` is tracked on success.
 */
export function ProductPurchase({ productId, productName, categoryId, variants, selectedVariantId, onVariantChange, maxQuantity }: ProductPurchaseProps) {
  const { csrf } = useRootData()
  const fetcher = useFetcher<typeof cartAction>({ key: `add-to-cart-${productId}` })
  const track = useTrack({ block: 'ProductPage' })
  const id = useId()
  const selected = variants.find((variant) => variant.id === selectedVariantId)
  const soldOut = variants.every((variant) => variant.stock === 0)
  const hydrated = useHydrated()
  // Without JavaScript the variant can change without a re-render: offer what the best-stocked
  // variant allows and let the server refuse more than the chosen one has.
  const stockLimit = hydrated ? (selected?.stock ?? 0) : Math.max(0, ...variants.map((variant) => variant.stock))
  const available = Math.min(stockLimit, maxQuantity)
  const result = fetcher.data
  const busy = fetcher.state !== 'idle'
  const dimension = variantDimension(variants)

  const reported = useRef<unknown>(null)
  useEffect(() => {
    if (!result || reported.current === result) return
    reported.current = result
    if (result.ok && result.event) track(result.event.name, { item: result.event.item as Item, cartId: result.cartId })
  }, [result, track])

  return (
    <fetcher.Form method="post" action="/cart" className="pdp-purchase">
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="intent" value="add" />
      {variants.length > 1 ? (
        <fieldset className="pdp-variants">
          <legend>
            {dimension}: <span className="pdp-variants-current">{selected?.label ?? 'choose one'}</span>
          </legend>
          <div className="pdp-variant-options">
            {variants.map((variant) => (
              <label key={variant.id} className="pdp-variant" data-state={variant.stock === 0 ? 'sold-out' : undefined}>
                <input
                  type="radio"
                  name="variantId"
                  value={variant.id}
                  checked={variant.id === selectedVariantId}
                  disabled={variant.stock === 0}
                  onChange={() => onVariantChange(variant.id)}
                />
                <span className="pdp-variant-label">
                  {variant.label}
                  {variant.stock === 0 && <span className="pdp-variant-sold-out">sold out</span>}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <input type="hidden" name="variantId" value={selectedVariantId} />
      )}

      {selected && <StockNotice stock={selected.stock} productId={productId} className="pdp-stock" />}
      {selected && selected.stock > 5 && <p className="pdp-in-stock">In stock, ships in 1–2 working days</p>}

      {!soldOut && (
        <div className="pdp-buy-row">
          <div className="pdp-quantity">
            <label htmlFor={`${id}quantity`}>Quantity</label>
            <select id={`${id}quantity`} name="quantity" defaultValue="1" disabled={available === 0}>
              {Array.from({ length: Math.max(available, 1) }, (_, index) => (
                <option key={index} value={index + 1}>
                  {index + 1}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" size="lg" className="pdp-add" loading={busy} disabled={available === 0}>
            {busy ? 'Adding…' : 'Add to cart'}
          </Button>
        </div>
      )}
      {soldOut && (
        <p className="pdp-sold-out">
          {productName} is sold out for now. <Link to={`/c/${categoryId}`}>See what else is in stock</Link>
        </p>
      )}

      <p role="status" className="pdp-purchase-status">
        {result?.ok && (
          <>
            <span>{result.message}</span> <Link to="/cart">View cart</Link>
          </>
        )}
      </p>
      {result && !result.ok && (
        <p role="alert" className="pdp-purchase-error">
          {result.error}
        </p>
      )}
    </fetcher.Form>
  )
}
