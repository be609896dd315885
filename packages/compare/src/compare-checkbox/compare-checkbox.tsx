'use client'
import { useTrack } from '@journeykit/react'
import { VisuallyHidden, useMessages } from '@journeykit/ui'
import { useId, useState, type ComponentProps } from 'react'
import type { CompareEntry, CompareStorage } from '../use-compare/compare-store'
import { useCompare } from '../use-compare/use-compare'
import { compareTrayMessages } from '../compare-tray/messages'

export interface CompareCheckboxProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** The listing's id; checkboxes and the `CompareTray` with the same `listId` share one choice. */
  listId: string
  /** The product on this card; its name completes the checkbox's accessible name ("Compare Aurora 5"). */
  product: CompareEntry
  /** The most products that can be picked. Defaults to 4. */
  max?: number
  /** Where the choice is kept. Defaults to 'session'. */
  storage?: CompareStorage
}

/**
 * The "Compare" checkbox for a product card (reword it with a `compare.compareTray.checkbox`
 * message override). Checking it adds the product to the comparison of
 * the list, unchecking removes it (`comparison_changed` add / remove); when the limit is reached
 * the box stays unchecked and a message explains why.
 */
export function CompareCheckbox({ listId, product, max, storage, ...props }: CompareCheckboxProps) {
  const t = useMessages(compareTrayMessages)
  const compare = useCompare({ listId, max, storage })
  const track = useTrack({ block: 'CompareCheckbox', blockId: props.id })
  const hintId = useId()
  const [refused, setRefused] = useState(false)
  const checked = compare.has(product.id)
  const showLimit = refused && compare.isFull && !checked

  function change(pick: boolean) {
    setRefused(false)
    if (!pick) {
      compare.remove(product.id)
      track('comparison_changed', { action: 'remove', itemId: product.id })
    } else if (compare.add(product)) {
      track('comparison_changed', { action: 'add', itemId: product.id })
    } else {
      setRefused(true)
    }
  }

  return (
    <div
      {...props}
      data-jk-compare-checkbox=""
      data-stage="consideration"
      data-state={checked ? 'checked' : 'unchecked'}
    >
      <label data-part="label">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={showLimit ? hintId : undefined}
          onChange={(event) => change(event.currentTarget.checked)}
        />
        {t('compare.compareTray.checkbox')} <VisuallyHidden>{product.name}</VisuallyHidden>
      </label>
      <p id={hintId} role="status" data-part="limit">
        {showLimit ? t('compare.compareTray.limit', { count: compare.max }) : null}
      </p>
    </div>
  )
}
