import { renderWithJourney } from '@journeykit/react/testing'
import { createRef, type ReactElement, type Ref } from 'react'
import { expect, it } from 'vitest'
import { describeRefForwarding, type RefForwardingCase } from '../../../test/ref-forwarding'
import { headphoneGroups, headphones } from './fixtures'
import { CompareCheckbox, CompareTray, ComparisonTable } from './index'

const [aurora] = headphones

// forwardRef: a ref reaches the block's root element on React 18 as on 19.
const blocks: RefForwardingCase[] = [
  { name: 'ComparisonTable', root: '[data-jk-comparison-table]', element: (ref) => <ComparisonTable ref={ref} products={headphones} groups={headphoneGroups} /> },
  { name: 'CompareTray', root: '[data-jk-compare-tray]', element: (ref) => <CompareTray ref={ref} listId="refs-tray" /> },
  {
    name: 'CompareCheckbox',
    root: '[data-jk-compare-checkbox]',
    element: (ref) => <CompareCheckbox ref={ref} listId="refs-checkbox" product={{ id: aurora!.id, name: aurora!.name }} />,
  },
]

describeRefForwarding(renderWithJourney, blocks)

it("keeps the block's own use of its root: a table given a ref still reports comparison_viewed", () => {
  const ref = createRef<HTMLDivElement>()
  const { recorder } = renderWithJourney(<ComparisonTable ref={ref} products={headphones} groups={headphoneGroups} />)
  expect(ref.current).toHaveAttribute('data-jk-comparison-table')
  expect(recorder.names()).toContain('comparison_viewed')
})
