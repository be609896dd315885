import type { Item } from '@journeykit/core'
import type { DiscoveryProduct } from '../types'

/**
 * The journey Item of a product shown in a list: only the Item fields (events carry no URLs or
 * pictures), with its 1-based position and the list it was shown in.
 */
export function journeyItem(product: DiscoveryProduct, position: number, listId: string): Item {
  const { id, name, price, brand, category, variant } = product
  return {
    id,
    name,
    price,
    ...(brand !== undefined && { brand }),
    ...(category !== undefined && { category }),
    ...(variant !== undefined && { variant }),
    position,
    listId,
  }
}
