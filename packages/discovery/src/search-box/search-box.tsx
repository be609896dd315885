'use client'
import { useTrack } from '@journeykit/react'
import { Money, VisuallyHidden, useMessages } from '@journeykit/ui'
import { forwardRef, useId, useRef, useState, type ComponentPropsWithoutRef, type FormEvent, type KeyboardEvent } from 'react'
import { journeyItem } from '../shared/journey-item'
import { productCardMessages } from '../shared/messages'
import { navigateTo } from '../shared/navigate'
import { useRecentSearches } from '../shared/recent-searches'
import type { DiscoveryProduct, SearchSuggestions } from '../types'
import { searchBoxMessages } from './messages'
import { useSuggestions, type SuggestionsState } from './use-suggestions'

export interface SearchBoxProps extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'children'> {
  /** Suggestions for a query; `signal` aborts when the visitor has typed on. */
  loadSuggestions: (query: string, signal: AbortSignal) => Promise<SearchSuggestions>
  /**
   * Called with the query on submit instead of the form's plain GET to `action` (e.g. a router's
   * navigate). Without it the form submits `?q=…` to `action`, which also works before hydration.
   */
  onSubmit?: (query: string) => void
  /** The results page the form submits to. Defaults to '/search'. */
  action?: string
  /** Opens a picked product or category. Defaults to a full page load of `href`. */
  onNavigate?: (href: string) => void
  /** Wait this long after the last keystroke before loading suggestions. Defaults to 200 ms. */
  debounceMs?: number
  /** Shortest query that loads suggestions. Defaults to 2 characters. */
  minQueryLength?: number
  /** The query shown at first, e.g. the current results page's. */
  defaultQuery?: string
}

type Option =
  | { kind: 'product'; product: DiscoveryProduct; position: number }
  | { kind: 'category'; name: string; href: string }
  | { kind: 'recent'; query: string }

const SEARCH_LIST = 'search'

function optionsOf(state: SuggestionsState, recent: string[], showRecent: boolean): Option[] {
  if (showRecent) return recent.map((query) => ({ kind: 'recent', query }))
  if (state.status !== 'ready') return []
  return [
    ...state.suggestions.products.map((product, index): Option => ({ kind: 'product', product, position: index + 1 })),
    ...state.suggestions.categories.map((category): Option => ({ kind: 'category', ...category })),
  ]
}

/**
 * Predictive search as the WAI-ARIA combobox pattern: suggestions (products, categories, and the
 * visitor's recent searches while analytics consent allows keeping them) load as the visitor types
 * and are chosen with the arrow keys and Enter; Escape closes them, then clears the query. A polite
 * live region announces how many suggestions there are. The form is a plain GET to `action`, so
 * search works before (and without) JavaScript.
 *
 * Events: `products_searched` once the suggestions for a query have settled (not per keystroke, and
 * not on submit: the results page reports the submitted query with its full count); `product_clicked`
 * with `listId: 'search'` when a product suggestion is picked.
 */
export const SearchBox = forwardRef<HTMLFormElement, SearchBoxProps>(function SearchBox(
  { loadSuggestions, onSubmit, action = '/search', onNavigate = navigateTo, debounceMs = 200, minQueryLength = 2, defaultQuery = '', ...props },
  ref,
) {
  const t = useMessages(searchBoxMessages)
  const tCard = useMessages(productCardMessages)
  const track = useTrack({ block: 'SearchBox', blockId: props.id })
  const recent = useRecentSearches()
  const [query, setQuery] = useState(defaultQuery)
  const [open, setOpen] = useState(false)
  const [activeIndex, setActiveIndex] = useState(-1)
  const lastSearched = useRef<string>(undefined)
  const { state, request, reset } = useSuggestions({
    load: loadSuggestions,
    debounceMs,
    minQueryLength,
    onSettled: (settledQuery, suggestions) => {
      if (lastSearched.current === settledQuery) return
      lastSearched.current = settledQuery
      track('products_searched', { query: settledQuery, resultsCount: suggestions.products.length })
    },
  })
  const id = useId()
  const inputId = `${id}-input`
  const listboxId = `${id}-listbox`
  const optionId = (index: number) => `${id}-option-${index}`

  const showRecent = query.trim().length < minQueryLength
  const options = optionsOf(state, recent.searches, showRecent)
  const status = showRecent ? 'idle' : state.status
  const expanded = open && (options.length > 0 || status === 'loading' || status === 'ready' || status === 'error')

  function close() {
    setOpen(false)
    setActiveIndex(-1)
  }

  function change(value: string) {
    setQuery(value)
    setOpen(true)
    setActiveIndex(-1)
    request(value)
  }

  function search(value: string) {
    recent.remember(value)
    close()
    if (onSubmit) onSubmit(value.trim())
    else onNavigate(`${action}?${new URLSearchParams({ q: value.trim() })}`)
  }

  function pick(option: Option) {
    if (option.kind === 'recent') {
      setQuery(option.query)
      search(option.query)
      return
    }
    recent.remember(query)
    close()
    if (option.kind === 'product') {
      track('product_clicked', { item: journeyItem(option.product, option.position, SEARCH_LIST), listId: SEARCH_LIST })
      onNavigate(option.product.href)
    } else onNavigate(option.href)
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    if (!query.trim()) {
      event.preventDefault()
      return
    }
    recent.remember(query)
    close()
    if (onSubmit) {
      event.preventDefault()
      onSubmit(query.trim())
    }
  }

  function move(step: 1 | -1) {
    if (!expanded) {
      setOpen(true)
      return
    }
    if (!options.length) return
    setActiveIndex((index) => (index === -1 ? (step === 1 ? 0 : options.length - 1) : (index + step + options.length) % options.length))
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      move(event.key === 'ArrowDown' ? 1 : -1)
    } else if (event.key === 'Enter' && expanded && options[activeIndex]) {
      event.preventDefault()
      pick(options[activeIndex])
    } else if (event.key === 'Escape') {
      event.preventDefault()
      if (expanded) close()
      else if (query) {
        setQuery('')
        reset()
      }
    }
  }

  const announcement = !expanded
    ? ''
    : status === 'loading'
      ? t('discovery.searchBox.loading')
      : status === 'error'
        ? t('discovery.searchBox.error')
        : options.length
          ? t('discovery.searchBox.results', { count: options.length })
          : t('discovery.searchBox.empty', { query: query.trim() })

  const groups = [
    { kind: 'recent', label: t('discovery.searchBox.recent') },
    { kind: 'product', label: t('discovery.searchBox.products') },
    { kind: 'category', label: t('discovery.searchBox.categories') },
  ] as const

  return (
    <form
      role="search"
      action={action}
      method="get"
      {...props}
      ref={ref}
      onSubmit={submit}
      data-jk-search-box=""
      data-stage="awareness"
      data-state={expanded ? 'open' : 'closed'}
    >
      <label htmlFor={inputId} data-part="label">
        {t('discovery.searchBox.label')}
      </label>
      <div data-part="field">
        <input
          id={inputId}
          data-part="input"
          type="search"
          name="q"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          placeholder={t('discovery.searchBox.placeholder')}
          value={query}
          onChange={(event) => change(event.target.value)}
          onFocus={() => setOpen(true)}
          onBlur={close}
          onKeyDown={keyDown}
        />
        <button type="submit" data-part="submit">
          {t('discovery.searchBox.submit')}
        </button>
      </div>
      <div data-part="popup" hidden={!expanded}>
        {status === 'loading' && <p data-part="loading">{t('discovery.searchBox.loading')}</p>}
        {status === 'error' && <p data-part="error">{t('discovery.searchBox.error')}</p>}
        {status === 'ready' && !options.length && <p data-part="empty">{t('discovery.searchBox.empty', { query: query.trim() })}</p>}
        <div role="listbox" id={listboxId} aria-label={t('discovery.searchBox.suggestions')} data-part="listbox" hidden={!options.length}>
          {groups.map((group) => {
            const members = options.map((option, index) => ({ option, index })).filter(({ option }) => option.kind === group.kind)
            if (!members.length) return null
            return (
              <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`} data-part="group">
                <div id={`${id}-${group.kind}`} role="presentation" data-part="group-label">
                  {group.label}
                </div>
                {members.map(({ option, index }) => (
                  <div
                    key={index}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === activeIndex}
                    data-part="option"
                    data-kind={option.kind}
                    // Keeps the focus in the input, so the click picks the option instead of closing the list.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => pick(option)}
                  >
                    {option.kind === 'product' ? (
                      <>
                        {/* Decorative: the name next to it says which product it is. */}
                        {option.product.image && <img data-part="thumbnail" src={option.product.image.src} alt="" width={40} height={40} />}
                        <span data-part="name">{option.product.name}</span>
                        <Money data-part="price" value={option.product.price} />
                        {option.product.inStock === false && <span data-part="stock">{tCard('discovery.productCard.outOfStock')}</span>}
                      </>
                    ) : (
                      <span data-part="name">{option.kind === 'category' ? option.name : option.query}</span>
                    )}
                  </div>
                ))}
              </div>
            )
          })}
        </div>
      </div>
      <VisuallyHidden role="status" aria-live="polite" data-part="announcer">
        {announcement}
      </VisuallyHidden>
    </form>
  )
})
