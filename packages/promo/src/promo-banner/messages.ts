import { defineMessages } from '@journeykit/ui'

export const promoBannerMessages = defineMessages({
  en: {
    'promo.promoBanner.dismiss': 'Dismiss promotion: {name}',
    'promo.promoBanner.endsOn': 'Ends {date}',
  },
})
