import { renderWithJourney } from '@journeykit/react/testing'
import { describeRefForwarding, type RefForwardingCase } from '../../../test/ref-forwarding'
import { fixtureSuggestions, northwindResults, products } from './fixtures'
import { RECENTLY_VIEWED_KEY, RecentlyViewed, Recommendations, SearchBox, SearchResults } from './index'

// forwardRef: a ref reaches the block's root element on React 18 as on 19.
const blocks: RefForwardingCase[] = [
  { name: 'SearchBox', root: '[data-jk-search-box]', element: (ref) => <SearchBox ref={ref} loadSuggestions={fixtureSuggestions} /> },
  { name: 'SearchResults', root: '[data-jk-search-results]', element: (ref) => <SearchResults ref={ref} results={northwindResults} /> },
  { name: 'Recommendations', root: '[data-jk-recommendations]', element: (ref) => <Recommendations ref={ref} slot="similar" products={products} /> },
  {
    name: 'RecentlyViewed',
    root: '[data-jk-recommendations]',
    element: (ref) => {
      localStorage.setItem(RECENTLY_VIEWED_KEY, JSON.stringify(products))
      return <RecentlyViewed ref={ref} />
    },
  },
]

describeRefForwarding(renderWithJourney, blocks)
