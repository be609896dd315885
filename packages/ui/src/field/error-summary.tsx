'use client'
import { useComposedRefs } from '@radix-ui/react-compose-refs'
import { forwardRef, useEffect, useId, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'

/** One problem: the id of the field's control (or of a container holding it) and its message. */
export interface ErrorSummaryItem {
  id: string
  message: ReactNode
}

export interface ErrorSummaryProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'title'> {
  /** E.g. "There are 2 problems". */
  title: ReactNode
  errors: ErrorSummaryItem[]
  /** Default 2. */
  headingLevel?: 2 | 3 | 4
  /** The summary takes focus whenever this changes (e.g. a count of failed submissions); `undefined` never. */
  focusKey?: number
}

const FOCUSABLE = 'input:not([type=hidden]),select,textarea,button,iframe,[tabindex]'

function focusControl(id: string) {
  const target = document.getElementById(id)
  const control = target?.matches(FOCUSABLE) ? target : target?.querySelector<HTMLElement>(FOCUSABLE)
  control?.focus()
}

/**
 * The problems of a form, each a link that moves focus to its field. Announced as an alert and
 * focused on submission (`focusKey`), so keyboard and screen-reader users start from the list.
 * Renders nothing without errors.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { title, errors, headingLevel = 2, focusKey, ...props },
  forwardedRef,
) {
  const titleId = useId()
  const own = useRef<HTMLDivElement>(null)
  const ref = useComposedRefs(forwardedRef, own)
  const focusedKey = useRef<number>(undefined)
  // Checked after every render: the form's errors can arrive a render after the failed submission's key.
  useEffect(() => {
    if (focusKey === undefined || focusKey === focusedKey.current || !own.current) return
    focusedKey.current = focusKey
    own.current.focus()
  })
  if (errors.length === 0) return null
  const Heading = `h${headingLevel}` as const
  return (
    <div tabIndex={-1} role="alert" aria-labelledby={titleId} data-jk-error-summary="" data-part="error-summary" {...props} ref={ref}>
      <Heading id={titleId}>{title}</Heading>
      <ul>
        {errors.map(({ id, message }) => (
          <li key={id}>
            <a
              href={`#${id}`}
              onClick={(event) => {
                event.preventDefault()
                focusControl(id)
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
})
