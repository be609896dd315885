import { defineMessages } from '@journeykit/ui'

/** The messages of Recommendations: one default heading per slot; override any of them per locale with `LocaleProvider`. */
export const recommendationsMessages = defineMessages({
  en: {
    'discovery.recommendations.similar': 'Similar products',
    'discovery.recommendations.bought-together': 'Frequently bought together',
    'discovery.recommendations.recently-viewed': 'Recently viewed',
    'discovery.recommendations.popular-in-category': 'Popular in this category',
    'discovery.recommendations.loading': 'Loading recommendations…',
    'discovery.recommendations.error': 'Recommendations could not be loaded.',
    'discovery.recommendations.empty': 'No recommendations yet.',
  },
})

export type RecommendationsMessageKey = keyof (typeof recommendationsMessages)['en']
