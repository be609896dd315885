import { defineMessages } from '@journeykit/ui'

export const testimonialsMessages = defineMessages({
  en: {
    'socialProof.testimonials.label': 'Customer testimonials',
    'socialProof.testimonials.slide': '{index} of {count}',
    'socialProof.testimonials.previous': 'Previous testimonial',
    'socialProof.testimonials.next': 'Next testimonial',
    'socialProof.testimonials.stop': 'Stop automatic slide show',
    'socialProof.testimonials.start': 'Start automatic slide show',
    'socialProof.testimonials.empty': 'No testimonials yet',
  },
  de: {
    'socialProof.testimonials.label': 'Kundenstimmen',
    'socialProof.testimonials.slide': '{index} von {count}',
    'socialProof.testimonials.previous': 'Vorherige Kundenstimme',
    'socialProof.testimonials.next': 'Nächste Kundenstimme',
    'socialProof.testimonials.stop': 'Automatische Diashow anhalten',
    'socialProof.testimonials.start': 'Automatische Diashow starten',
    'socialProof.testimonials.empty': 'Noch keine Kundenstimmen',
  },
  'zh-CN': {
    'socialProof.testimonials.label': '客户评价',
    'socialProof.testimonials.slide': '第 {index} 条，共 {count} 条',
    'socialProof.testimonials.previous': '上一条评价',
    'socialProof.testimonials.next': '下一条评价',
    'socialProof.testimonials.stop': '停止自动轮播',
    'socialProof.testimonials.start': '开始自动轮播',
    'socialProof.testimonials.empty': '暂无客户评价',
  },
  ro: {
    'socialProof.testimonials.label': 'Păreri ale clienților',
    'socialProof.testimonials.slide': '{index} din {count}',
    'socialProof.testimonials.previous': 'Părerea anterioară',
    'socialProof.testimonials.next': 'Părerea următoare',
    'socialProof.testimonials.stop': 'Oprește derularea automată',
    'socialProof.testimonials.start': 'Pornește derularea automată',
    'socialProof.testimonials.empty': 'Încă nu există păreri ale clienților',
  },
})
