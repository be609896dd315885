export const ADDON_ID = 'journeykit/journey'
export const PANEL_ID = `${ADDON_ID}/panel`
/** Preview → manager: one journey event the story emitted, with the names destinations map it to. */
export const EVENT_EMITTED = `${ADDON_ID}/event`
/** Preview → manager: a story started rendering; the panel starts a new list. */
export const STORY_STARTED = `${ADDON_ID}/story-started`

export interface PanelEvent {
  id: string
  name: string
  stage: string
  occurredAt: string
  properties: unknown
  block?: string
  ga4: string | null
  segment: string | null
}
