import type { MessageKey, MessageValue, Translation } from '../locale'
import type { uiMessages } from '../messages'

type Key =
  | MessageKey<typeof uiMessages>

const messages: Record<Key, MessageValue> = {
  'ui.close': 'Schließen',
  'ui.rating': '{value} von {max} Sternen',
  'ui.ratingWithCount': {
    one: '{value} von {max} Sternen, {count} Bewertung',
    other: '{value} von {max} Sternen, {count} Bewertungen',
  },
  'ui.loading': 'Wird geladen…',
  'ui.error': 'Etwas ist schiefgelaufen.',
  'ui.retry': 'Erneut versuchen',
  'ui.unavailable': 'Nicht verfügbar',
}

export default { locale: 'de', messages } satisfies Translation
