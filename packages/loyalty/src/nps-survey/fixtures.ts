/** The survey ids the shop uses after delivery. */
export const npsSurveyId = 'post-delivery-nps-2026'
export const csatSurveyId = 'support-chat-csat'

export const detractorComment = 'The parcel arrived two days late and the box was damaged.'
export const promoterComment = 'Lovely quality linen and the fastest delivery I have had this year.'
