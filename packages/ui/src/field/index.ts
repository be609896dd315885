export { Field, type FieldControlProps, type FieldProps } from './field'
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from './error-summary'
