import { defineMessages } from '@journeykit/ui'

/** NpsSurvey, CsatSurvey and what they share (`loyalty.survey.*`). */
export const surveyMessages = defineMessages({
  en: {
    'loyalty.npsSurvey.question': 'How likely are you to recommend us to a friend or colleague?',
    'loyalty.npsSurvey.low': 'Not at all likely',
    'loyalty.npsSurvey.high': 'Extremely likely',
    'loyalty.npsSurvey.detractor': 'We’re sorry to hear that. What should we improve?',
    'loyalty.npsSurvey.passive': 'What would make it a 10 for you?',
    'loyalty.npsSurvey.promoter': 'Great to hear! What do you like most?',
    'loyalty.csatSurvey.question': 'How satisfied are you with your experience?',
    'loyalty.csatSurvey.low': 'Very dissatisfied',
    'loyalty.csatSurvey.high': 'Very satisfied',
    'loyalty.csatSurvey.unhappy': 'What went wrong?',
    'loyalty.csatSurvey.neutral': 'What could we do better?',
    'loyalty.csatSurvey.happy': 'What did you like?',
    'loyalty.survey.optional': 'Optional',
    'loyalty.survey.submit': 'Send',
    'loyalty.survey.notNow': 'Not now',
    'loyalty.survey.thanks': 'Thank you for your feedback!',
    'loyalty.survey.referInvite': 'Glad you like us! Invite a friend and you both get a reward.',
    'loyalty.survey.refer': 'Refer a friend',
    'loyalty.survey.reviewInvite': 'Would you share your experience in a review?',
    'loyalty.survey.review': 'Write a review',
    'loyalty.survey.error': 'Your answer could not be sent. Please try again.',
  },
})

export type SurveyMessageKey = keyof (typeof surveyMessages)['en']
