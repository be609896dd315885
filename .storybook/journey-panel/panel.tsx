import React from 'react'
import { AddonPanel, Badge } from 'storybook/internal/components'
import { useAddonState, useChannel, useStorybookApi } from 'storybook/manager-api'
import { useTheme } from 'storybook/theming'
import { ADDON_ID, EVENT_EMITTED, PANEL_ID, STORY_STARTED, type PanelEvent } from './constants'

/** The events of the current story, shared by the panel and its tab title. */
function useJourneyEvents() {
  return useAddonState<PanelEvent[]>(ADDON_ID, [])
}

/** The tab title: "Journey" with a count badge, like the Accessibility and Interactions tabs. */
export function JourneyPanelTitle() {
  const [events] = useJourneyEvents()
  const selected = useStorybookApi().getSelectedPanel() === PANEL_ID
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
      <span>Journey</span>
      {events.length > 0 && (
        <Badge compact status={selected ? 'active' : 'neutral'}>
          {events.length}
        </Badge>
      )}
    </div>
  )
}

/** Lists the journey events the current story emitted, with the names GA4 and Segment receive. */
export function JourneyPanel({ active }: { active?: boolean }) {
  const [events, setEvents] = useJourneyEvents()
  useChannel({
    [STORY_STARTED]: () => setEvents([]),
    [EVENT_EMITTED]: (event: PanelEvent) =>
      setEvents((previous) => (previous.some((e) => e.id === event.id) ? previous : [...previous, event])),
  })
  const theme = useTheme()
  const muted = { color: theme.textMutedColor }
  const cell = { padding: '6px 10px', borderBottom: `1px solid ${theme.appBorderColor}`, verticalAlign: 'top' as const }
  const clearButton = {
    marginLeft: 12,
    padding: '2px 10px',
    border: `1px solid ${theme.appBorderColor}`,
    borderRadius: theme.appBorderRadius,
    background: 'transparent',
    color: 'inherit',
    font: 'inherit',
    fontWeight: 400,
    cursor: 'pointer',
  }

  return (
    <AddonPanel active={Boolean(active)}>
      <div style={{ fontFamily: theme.typography.fonts.base, fontSize: 13 }}>
        {events.length === 0 ? (
          <p style={{ ...muted, padding: 12 }}>No journey events yet. Interact with the story; events appear here as blocks emit them.</p>
        ) : (
          <>
            <div style={{ display: 'flex', alignItems: 'center', padding: '8px 10px' }}>
              <strong id="journey-panel-count">
                {events.length} journey event{events.length === 1 ? '' : 's'}
              </strong>
              <button type="button" style={clearButton} onClick={() => setEvents([])}>
                Clear
              </button>
            </div>
            <table aria-labelledby="journey-panel-count" style={{ borderCollapse: 'collapse', width: '100%' }}>
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
          </>
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
