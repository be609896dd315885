'use client'
import { ScoreSurvey, type SurveyProps, type SurveyScale } from './score-survey'

export type NpsSurveyProps = SurveyProps

const NPS: SurveyScale = {
  kind: 'nps',
  block: 'NpsSurvey',
  stage: 'advocacy',
  min: 0,
  max: 10,
  question: 'loyalty.npsSurvey.question',
  low: 'loyalty.npsSurvey.low',
  high: 'loyalty.npsSurvey.high',
  // Detractors 0–6, passives 7–8, promoters 9–10.
  sentiment: (score) => (score <= 6 ? 'negative' : score <= 8 ? 'neutral' : 'positive'),
  prompts: {
    negative: 'loyalty.npsSurvey.detractor',
    neutral: 'loyalty.npsSurvey.passive',
    positive: 'loyalty.npsSurvey.promoter',
  },
}

/**
 * The Net Promoter question (0–10) with a follow-up for detractors, passives and promoters, a
 * thank-you that invites promoters to refer and review, and a "Not now" remembered for
 * `snoozeDays`. Emits `survey_submitted` `{ surveyId, kind: 'nps', score, commentLength? }` after
 * `onSubmit` resolves (the comment's length only, never its text).
 */
export function NpsSurvey(props: NpsSurveyProps) {
  return <ScoreSurvey {...props} scale={NPS} />
}
