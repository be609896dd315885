'use client'
export { ReviewForm, type ReviewFormProps, type ReviewFormValues, type ReviewSubmitResult } from './review-form'
