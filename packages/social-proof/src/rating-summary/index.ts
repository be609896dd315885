export { RatingSummary, type RatingSummaryProps, type RatingSummaryVariant } from './rating-summary'
