'use client'
import { useMessages } from '@journeykit/ui'
import type { ComponentProps } from 'react'
import { devWarning } from '../shared/dev-warning'
import { useWidgetImpression } from '../shared/use-widget-impression'
import { stockNoticeMessages } from './messages'

export interface StockNoticeProps extends Omit<ComponentProps<'p'>, 'children' | 'ref'> {
  /** The real number of units in stock, from the inventory. */
  stock: number
  /** "Only N left" shows from this many units down. Default 5. */
  lowStockThreshold?: number
  /** Included in `social_proof_viewed`. */
  productId?: string
}

/** Low stock ("Only 3 left") or "Out of stock", only from the real inventory figure; nothing otherwise. */
export function StockNotice({ stock, lowStockThreshold = 5, productId, ...props }: StockNoticeProps) {
  const t = useMessages(stockNoticeMessages)
  const ref = useWidgetImpression({ widget: 'stock_notice', block: 'StockNotice', productId, blockId: props.id })
  if (!Number.isInteger(stock) || stock < 0) {
    devWarning('StockNotice', `stock must be a whole number of at least 0, got ${String(stock)}; nothing is shown`)
    return null
  }
  if (stock > lowStockThreshold) return null
  const out = stock === 0
  return (
    <p role="status" data-jk-stock-notice="" data-stage="decision" data-state={out ? 'out' : 'low'} {...props} ref={ref}>
      {out ? t('socialProof.stockNotice.out') : t('socialProof.stockNotice.low', { count: stock })}
    </p>
  )
}
