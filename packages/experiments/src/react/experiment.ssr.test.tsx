// @vitest-environment node
import { JourneyProvider } from '@journeykit/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Experiment } from './experiment'
import { ExperimentsProvider } from './experiments-provider'

describe('Experiment on the server', () => {
  it('renders the assigned variant into the first HTML without touching window', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <JourneyProvider>
        <ExperimentsProvider assignments={{ 'hero-copy': { variant: 'benefit', inExperiment: true } }}>
          <Experiment name="hero-copy" variants={{ control: <h1>New arrivals</h1>, benefit: <h1>Free returns</h1> }} />
        </ExperimentsProvider>
      </JourneyProvider>,
    )
    expect(html).toContain('<h1>Free returns</h1>')
    expect(html).not.toContain('New arrivals')
    expect(html).toContain('data-jk-variant="benefit"')
  })
})
