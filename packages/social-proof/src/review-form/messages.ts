import { defineMessages } from '@journeykit/ui'

export const reviewFormMessages = defineMessages({
  en: {
    'socialProof.reviewForm.rating': 'Your rating',
    'socialProof.reviewForm.title': 'Title',
    'socialProof.reviewForm.body': 'Your review',
    'socialProof.reviewForm.name': 'Name shown with your review',
    'socialProof.reviewForm.submit': 'Submit review',
    'socialProof.reviewForm.ratingRequired': 'Please choose a rating.',
    'socialProof.reviewForm.titleRequired': 'Please add a title.',
    'socialProof.reviewForm.bodyRequired': 'Please write your review.',
    'socialProof.reviewForm.bodyTooShort': 'Please write at least {min} characters.',
    'socialProof.reviewForm.nameRequired': 'Please enter a name.',
    'socialProof.reviewForm.failed': 'Your review could not be sent. Your text is still here, please try again.',
    'socialProof.reviewForm.thanks': 'Thank you for your review!',
    'socialProof.reviewForm.summaryTitle': { one: 'Fix 1 problem to send your review', other: 'Fix {count} problems to send your review' },
  },
})
