export { NpsSurvey, type NpsSurveyProps } from './nps-survey'
export { CsatSurvey, type CsatSurveyProps } from './csat-survey'
export type { SurveyAnswer, SurveyProps, SurveySentiment } from './score-survey'
