// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { useStage } from '../use-stage'
import { useTrack } from '../use-track'
import { JourneyProvider } from './journey-provider'

function Block() {
  const track = useTrack({ block: 'Block' })
  return (
    <button type="button" onClick={() => track('lead_captured', { formId: 'x' })}>
      Stage {useStage()}
    </button>
  )
}

describe('JourneyProvider on the server', () => {
  it('renders without window and with the initial stage', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <JourneyProvider options={{ consent: 'pending' }} initialStage="retention">
        <Block />
      </JourneyProvider>,
    )
    expect(html).toContain('Stage <!-- -->retention')
  })

  it('defaults to awareness', () => {
    const html = renderToString(
      <JourneyProvider>
        <Block />
      </JourneyProvider>,
    )
    expect(html).toContain('Stage <!-- -->awareness')
  })
})
