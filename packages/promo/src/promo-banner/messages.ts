import { defineMessages } from '@journeykit/ui'

export const promoBannerMessages = defineMessages({
  en: {
    'promo.promoBanner.dismiss': 'Dismiss promotion: {name}',
    'promo.promoBanner.endsOn': 'Ends {date}',
  },
  de: {
    'promo.promoBanner.dismiss': 'Aktion ausblenden: {name}',
    'promo.promoBanner.endsOn': 'Endet am {date}',
  },
  'zh-CN': {
    'promo.promoBanner.dismiss': '关闭促销：{name}',
    'promo.promoBanner.endsOn': '{date} 结束',
  },
  ro: {
    'promo.promoBanner.dismiss': 'Închide promoția: {name}',
    'promo.promoBanner.endsOn': 'Se încheie pe {date}',
  },
})
