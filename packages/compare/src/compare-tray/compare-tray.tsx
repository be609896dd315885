'use client'
import { useComposedRefs } from '@radix-ui/react-compose-refs'
import { useTrack } from '@journeykit/react'
import { Button, Dialog, DialogContent, VisuallyHidden, useMessages } from '@journeykit/ui'
import { forwardRef, useEffect, useId, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { RemoveButton, useFocusAfterRemoval } from '../removal'
import { getCompareStore, type CompareEntry, type CompareStorage } from '../use-compare/compare-store'
import { useCompare } from '../use-compare/use-compare'
import { compareTrayMessages } from './messages'

export interface CompareTrayProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The listing's id; the tray shows what the `CompareCheckbox`es with the same `listId` picked. */
  listId: string
  /** The most products that can be picked. Defaults to 4. */
  max?: number
  /** Where the choice is kept. Defaults to 'session'. */
  storage?: CompareStorage
  /** Called with the picked ids when "Compare (n)" is pressed, e.g. to navigate to a comparison route. */
  onCompare?: (ids: string[]) => void
  /**
   * When given, "Compare (n)" opens a dialog showing what it returns for the picked ids — typically a
   * `ComparisonTable` of those products whose `onRemove` calls `useCompare(...).remove`.
   */
  renderComparison?: (ids: string[]) => ReactNode
}

/**
 * The products picked for comparison from a listing: each with a remove button, "Clear all", the
 * limit explained, and "Compare (n)" that opens the comparison in a dialog or hands the ids to the
 * app. Hidden while nothing is picked; changes are announced in a polite live region.
 *
 * Events: `comparison_changed` remove (one product, with `itemId`; "Clear all" without `itemId`).
 */
export const CompareTray = forwardRef<HTMLDivElement, CompareTrayProps>(function CompareTray({ listId, max, storage, onCompare, renderComparison, ...props }, ref) {
  const t = useMessages(compareTrayMessages)
  const compare = useCompare({ listId, max, storage })
  const track = useTrack({ block: 'CompareTray', blockId: props.id })
  const titleId = useId()
  const hintId = useId()
  const [announcement, setAnnouncement] = useState('')
  const [dialogOpen, setDialogOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const compareRef = useRef<HTMLButtonElement>(null)
  const mergedRef = useComposedRefs<HTMLDivElement>(ref, rootRef)
  const { items, ids, isFull } = compare
  const count = items.length

  // Announces every change of the list's choice, made here or by its checkboxes.
  const store = getCompareStore(listId, storage)
  useEffect(
    () =>
      store.subscribe((change) => {
        if (change.type === 'clear') setAnnouncement(t('compare.compareTray.cleared'))
        else if (change.type === 'remove') setAnnouncement(t('compare.compareTray.removed', { name: change.entry.name }))
        else setAnnouncement(t('compare.compareTray.added', { name: change.entry.name }))
      }),
    [store, t],
  )

  const focusAfterRemoval = useFocusAfterRemoval(rootRef, items)

  function remove(entry: CompareEntry, index: number) {
    focusAfterRemoval(index)
    compare.remove(entry.id)
    track('comparison_changed', { action: 'remove', itemId: entry.id })
  }

  function clear() {
    focusAfterRemoval(0)
    compare.clear()
    track('comparison_changed', { action: 'remove' })
  }

  function openComparison() {
    onCompare?.(ids)
    if (renderComparison) setDialogOpen(true)
  }

  return (
    <div
      {...props}
      ref={mergedRef}
      tabIndex={-1}
      data-jk-compare-tray=""
      data-stage="consideration"
      data-state={count ? 'open' : 'empty'}
    >
      {count > 0 && (
        <section data-part="panel" aria-labelledby={titleId}>
          <p id={titleId} data-part="title">
            {t('compare.compareTray.title')}
          </p>
          <ul data-part="items">
            {items.map((entry, index) => (
              <li key={entry.id} data-part="item">
                {/* Decorative: the name next to it already says which product it is. */}
                {typeof entry.image?.src === 'string' && (
                  <img data-part="thumbnail" src={entry.image.src} alt="" width={32} height={32} loading="lazy" />
                )}
                <span data-part="name">{entry.name}</span>
                <RemoveButton
                  label={t('compare.compareTray.remove', { name: entry.name })}
                  onClick={() => remove(entry, index)}
                />
              </li>
            ))}
          </ul>
          {count < 2 && (
            <p id={hintId} data-part="hint">
              {t('compare.compareTray.needMore')}
            </p>
          )}
          {isFull && <p data-part="limit">{t('compare.compareTray.limit', { count: compare.max })}</p>}
          <div data-part="actions">
            <Button variant="secondary" size="sm" data-part="clear" onClick={clear}>
              {t('compare.compareTray.clear')}
            </Button>
            <Button
              ref={compareRef}
              data-part="compare"
              disabled={count < 2}
              aria-describedby={count < 2 ? hintId : undefined}
              onClick={openComparison}
            >
              {t('compare.compareTray.compare', { count })}
            </Button>
          </div>
        </section>
      )}
      {/* Outside the panel, so removing products from inside the dialog never unmounts it. */}
      {renderComparison && (
        <Dialog open={dialogOpen} onOpenChange={setDialogOpen}>
          <DialogContent
            title={t('compare.compareTray.title')}
            data-jk-compare-dialog=""
            // Back to "Compare (n)" on close (it is not a DialogTrigger), or to the tray once it is empty.
            onCloseAutoFocus={(event) => {
              event.preventDefault()
              ;(compareRef.current ?? rootRef.current)?.focus()
            }}
          >
            {renderComparison(ids)}
          </DialogContent>
        </Dialog>
      )}
      <VisuallyHidden role="status" aria-live="polite" data-part="announcer">
        {announcement}
      </VisuallyHidden>
    </div>
  )
})
