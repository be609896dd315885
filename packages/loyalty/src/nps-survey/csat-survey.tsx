'use client'
import { ScoreSurvey, type SurveyProps, type SurveyScale } from './score-survey'

export type CsatSurveyProps = SurveyProps

const CSAT: SurveyScale = {
  kind: 'csat',
  block: 'CsatSurvey',
  stage: 'advocacy',
  min: 1,
  max: 5,
  question: 'loyalty.csatSurvey.question',
  low: 'loyalty.csatSurvey.low',
  high: 'loyalty.csatSurvey.high',
  sentiment: (score) => (score <= 2 ? 'negative' : score === 3 ? 'neutral' : 'positive'),
  prompts: {
    negative: 'loyalty.csatSurvey.unhappy',
    neutral: 'loyalty.csatSurvey.neutral',
    positive: 'loyalty.csatSurvey.happy',
  },
}

/**
 * Customer satisfaction (1–5) with a follow-up that depends on the answer; otherwise as
 * `NpsSurvey` (4–5 counts as happy for the thank-you). Emits `survey_submitted` with `kind: 'csat'`.
 */
export function CsatSurvey(props: CsatSurveyProps) {
  return <ScoreSurvey {...props} scale={CSAT} />
}
