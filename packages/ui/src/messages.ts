import { defineMessages } from './locale/message-catalog'

/** The messages of the shared primitives; override any of them per locale with `LocaleProvider`. */
export const uiMessages = defineMessages({
  en: {
    'ui.close': 'Close',
    'ui.rating': '{value} out of {max} stars',
    'ui.ratingWithCount': {
      one: '{value} out of {max} stars, {count} review',
      other: '{value} out of {max} stars, {count} reviews',
    },
    'ui.loading': 'Loading…',
    'ui.error': 'Something went wrong.',
    'ui.retry': 'Try again',
    'ui.unavailable': 'Not available',
  },
  de: {
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
  },
  'zh-CN': {
    'ui.close': '关闭',
    'ui.rating': '{value} 星（满分 {max} 星）',
    'ui.ratingWithCount': '{value} 星（满分 {max} 星），{count} 条评价',
    'ui.loading': '正在加载…',
    'ui.error': '出了点问题。',
    'ui.retry': '重试',
    'ui.unavailable': '暂不可用',
  },
  ro: {
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
  },
})

export type UiMessageKey = keyof (typeof uiMessages)['en']
