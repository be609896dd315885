import { createRecorder, renderWithJourney } from '@journeykit/react/testing'
import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { products } from '../fixtures'
import { RecentlyViewed, RECENTLY_VIEWED_KEY } from './recently-viewed'

const [aurora5, aurora3, kestrel, lumen] = products as [typeof products[0], typeof products[0], typeof products[0], typeof products[0]]
const stored = () => (JSON.parse(localStorage.getItem(RECENTLY_VIEWED_KEY) ?? 'null') as { id: string }[] | null)?.map((product) => product.id)

describe('RecentlyViewed', () => {
  it('remembers each viewed product and shows the others, newest first, with the slot as listId', () => {
    const recorder = createRecorder()
    const first = renderWithJourney(<RecentlyViewed current={aurora5} />, { recorder })
    // nothing else viewed yet: no empty heading
    expect(first.container).toBeEmptyDOMElement()
    first.unmount()
    renderWithJourney(<RecentlyViewed current={kestrel} />, { recorder }).unmount()
    renderWithJourney(<RecentlyViewed current={aurora5} />, { recorder }).unmount()
    renderWithJourney(<RecentlyViewed current={lumen} />, { recorder })
    expect(stored()).toEqual(['hp-lumen-air-2', 'hp-aurora-5', 'hp-kestrel-studio'])
    const region = screen.getByRole('region', { name: 'Recently viewed' })
    expect(within(region).getAllByRole('link').map((link) => link.textContent)).toEqual(['Northwind Aurora 5', 'Kestrel Studio Pro'])
    expect(recorder.last('product_list_viewed')?.properties).toMatchObject({ listId: 'recently-viewed', items: [{ id: 'hp-aurora-5', position: 1 }, { id: 'hp-kestrel-studio', position: 2 }] })
  })

  it('shows at most `limit` products and ignores stored entries that are not products', () => {
    localStorage.setItem(RECENTLY_VIEWED_KEY, JSON.stringify([aurora3, { id: 'broken' }, 'text', kestrel, lumen]))
    renderWithJourney(<RecentlyViewed limit={1} />)
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
    expect(screen.getByRole('link', { name: 'Northwind Aurora 3' })).toBeInTheDocument()
  })

  it('keeps nothing while consent is pending, and forgets everything when analytics consent is withdrawn', () => {
    const pending = createRecorder({ consent: 'pending' })
    localStorage.setItem(RECENTLY_VIEWED_KEY, JSON.stringify([aurora3]))
    const { container } = renderWithJourney(<RecentlyViewed current={kestrel} />, { recorder: pending })
    expect(container).toBeEmptyDOMElement()
    expect(stored()).toEqual(['hp-aurora-3'])

    act(() => pending.journey.setConsent('granted'))
    expect(screen.getByRole('link', { name: 'Northwind Aurora 3' })).toBeInTheDocument()
    act(() => pending.journey.setConsent({ analytics: false, marketing: true }))
    expect(container).toBeEmptyDOMElement()
    expect(localStorage.getItem(RECENTLY_VIEWED_KEY)).toBeNull()
  })
})
