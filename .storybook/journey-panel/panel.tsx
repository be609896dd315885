import React, { useState } from 'react'
import { AddonPanel } from 'storybook/internal/components'
import { useChannel } from 'storybook/manager-api'
import { useTheme } from 'storybook/theming'
import { EVENT_EMITTED, STORY_STARTED, type PanelEvent } from './constants'

/** Lists the journey events the current story emitted, with the names GA4 and Segment receive. */
export function JourneyPanel({ active }: { active?: boolean }) {
  const [events, setEvents] = useState<PanelEvent[]>([])
  useChannel({
    [STORY_STARTED]: () => setEvents([]),
    [EVENT_EMITTED]: (event: PanelEvent) =>
      setEvents((previous) => (previous.some((e) => e.id === event.id) ? previous : [...previous, event])),
  })
  const theme = useTheme()
  const muted = { color: theme.textMutedColor }
  const cell = { padding: '6px 10px', borderBottom: `1px solid ${theme.appBorderColor}`, verticalAlign: 'top' as const }

  return (
    <AddonPanel active={Boolean(active)}>
      <div style={{ fontFamily: theme.typography.fonts.base, fontSize: 13 }}>
        {events.length === 0 ? (
          <p style={{ ...muted, padding: 12 }}>No journey events yet. Interact with the story; events appear here as blocks emit them.</p>
        ) : (
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <caption style={{ textAlign: 'left', padding: '8px 10px', fontWeight: 600 }}>
              {events.length} journey event{events.length === 1 ? '' : 's'}
            </caption>
            <thead>
              <tr style={{ textAlign: 'left' }}>
                <th scope="col" style={cell}>Event</th>
                <th scope="col" style={cell}>Stage</th>
                <th scope="col" style={cell}>GA4</th>
                <th scope="col" style={cell}>Segment / PostHog</th>
                <th scope="col" style={cell}>Block</th>
                <th scope="col" style={cell}>Properties</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <th scope="row" style={{ ...cell, textAlign: 'left', fontFamily: theme.typography.fonts.mono }}>{event.name}</th>
                  <td style={cell}>{event.stage}</td>
                  <td style={{ ...cell, fontFamily: theme.typography.fonts.mono }}>{event.ga4 ?? '—'}</td>
                  <td style={cell}>{event.segment ?? '—'}</td>
                  <td style={{ ...cell, ...muted }}>{event.block ?? '—'}</td>
                  <td style={cell}>
                    <details>
                      <summary style={{ cursor: 'pointer' }}>{summarize(event.properties)}</summary>
                      <pre style={{ margin: 0, fontSize: 12, whiteSpace: 'pre-wrap' }}>{JSON.stringify(event.properties, null, 2)}</pre>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </AddonPanel>
  )
}

function summarize(properties: unknown): string {
  if (!properties || typeof properties !== 'object') return '{}'
  const keys = Object.keys(properties)
  return keys.length === 0 ? '{}' : `{ ${keys.join(', ')} }`
}
