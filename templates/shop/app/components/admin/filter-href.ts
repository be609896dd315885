export type Filters = Record<string, string | number | null | undefined>

/** A link to the same page with these filters (empty ones left out), e.g. `?status=paid&page=2`. */
export function filterHref(filters: Filters): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(filters)) if (value !== undefined && value !== null && value !== '') params.set(name, String(value))
  return `?${params}`
}
