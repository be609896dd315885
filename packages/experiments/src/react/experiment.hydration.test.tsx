import { JourneyProvider } from '@journeykit/react'
import { createRecorder } from '@journeykit/react/testing'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { hydrate, serverRender } from '../../../../test/hydration'
import { assignExperiments } from '../assignment/assign'
import type { Assignments, ExperimentDefinition } from '../assignment/types'
import { visitorIds } from '../assignment/test-ids'
import { Experiment } from './experiment'
import { ExperimentsProvider } from './experiments-provider'

const definitions: ExperimentDefinition[] = [{ key: 'hero-copy', variants: ['control', 'benefit'] }]
const variantTitles = { control: 'New arrivals', benefit: 'Free returns on every jacket' }

function page(assignments: Assignments) {
  return (
    <JourneyProvider journey={createRecorder().journey}>
      <ExperimentsProvider assignments={assignments}>
        <Experiment name="hero-copy" variants={{ control: <h1>{variantTitles.control}</h1>, benefit: <h1>{variantTitles.benefit}</h1> }} />
      </ExperimentsProvider>
    </JourneyProvider>
  )
}

describe('Experiment hydration', () => {
  it.each(['control', 'benefit'] as const)('renders the %s visitor\'s variant in the server HTML and hydrates it without a mismatch', async (wanted) => {
    // a visitor the server assigns to `wanted`; the browser receives the server's assignments as they are
    const anonymousId = visitorIds(50).find((id) => assignExperiments(definitions, { anonymousId: id })['hero-copy']!.variant === wanted)!
    const assignments = JSON.parse(JSON.stringify(assignExperiments(definitions, { anonymousId }))) as Assignments

    const container = serverRender(page(assignments))
    const serverHtml = container.innerHTML
    const serverHeading = container.querySelector('h1')
    expect(serverHeading).toHaveTextContent(variantTitles[wanted])

    const complaints = await hydrate(container, page(assignments))
    expect(complaints).toEqual([])
    expect(container.innerHTML).toBe(serverHtml)
    expect(screen.getByRole('heading', { name: variantTitles[wanted] })).toBe(serverHeading)
  })

  it('would report a mismatch if the browser chose another variant (the check above can fail)', async () => {
    const container = serverRender(page({ 'hero-copy': { variant: 'control', inExperiment: true } }))
    const complaints = await hydrate(container, page({ 'hero-copy': { variant: 'benefit', inExperiment: true } }))
    expect(complaints.length).toBeGreaterThan(0)
  })
})
