import type { MessageKey, MessageValue, Translation } from '../locale'
import type { uiMessages } from '../messages'

type Key =
  | MessageKey<typeof uiMessages>

const messages: Record<Key, MessageValue> = {
  'ui.close': 'Închide',
  'ui.rating': '{value} din {max} stele',
  'ui.ratingWithCount': {
    one: '{value} din {max} stele, o recenzie',
    few: '{value} din {max} stele, {count} recenzii',
    other: '{value} din {max} stele, {count} de recenzii',
  },
  'ui.loading': 'Se încarcă…',
  'ui.error': 'Ceva nu a funcționat.',
  'ui.retry': 'Încearcă din nou',
  'ui.unavailable': 'Indisponibil',
}

export default { locale: 'ro', messages } satisfies Translation
