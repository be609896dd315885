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
})
