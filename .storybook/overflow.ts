/** A box whose content sticks out of it although the box is not meant to scroll. */
export interface Overflow {
  /** A readable selector-like description: tag, data-jk-* / data-part, start of its text. */
  element: string
  /** How many CSS pixels stick out horizontally and vertically. */
  x: number
  y: number
}

/** Sub-pixel rounding of scroll sizes is not an overflow. */
const TOLERANCE = 1

/**
 * Finds every element under `root` whose content overflows its box on an axis where the box
 * neither scrolls nor clips (`overflow: visible`): text or children that stick out of a card,
 * a button or a row. Scroll regions and deliberately clipped boxes (visually hidden text) are
 * skipped; when a child overflows, the ancestors it pushes out too are not reported again.
 * The page itself scrolling sideways is reported as `html`.
 */
export function findOverflows(root: Element): Overflow[] {
  const overflowing: { element: Element; x: number; y: number }[] = []
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (!(element instanceof HTMLElement)) continue
    const style = getComputedStyle(element)
    if (style.display === 'inline' || style.display === 'contents' || style.display === 'none') continue
    const x = style.overflowX === 'visible' ? element.scrollWidth - element.clientWidth : 0
    const y = style.overflowY === 'visible' ? element.scrollHeight - element.clientHeight : 0
    if (x > TOLERANCE || y > TOLERANCE) overflowing.push({ element, x: Math.max(x, 0), y: Math.max(y, 0) })
  }
  const innermost = overflowing.filter(({ element }) => !overflowing.some((other) => other.element !== element && element.contains(other.element)))
  const found = innermost.map(({ element, x, y }) => ({ element: describe(element), x, y }))

  const page = root.ownerDocument.documentElement
  const sideways = page.scrollWidth - page.clientWidth
  if (sideways > TOLERANCE) found.push({ element: 'html (the page scrolls sideways)', x: sideways, y: 0 })
  return found
}

function describe(element: Element): string {
  const attributes = [...element.attributes]
    .filter(({ name }) => name.startsWith('data-jk-') || name === 'data-part' || name === 'role')
    .map(({ name, value }) => (value ? `[${name}="${value}"]` : `[${name}]`))
    .join('')
  const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ')
  return `${element.localName}${attributes}${text ? ` “${text.length > 40 ? `${text.slice(0, 40)}…` : text}”` : ''}`
}
