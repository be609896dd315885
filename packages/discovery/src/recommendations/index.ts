'use client'
export { Recommendations, type RecommendationsProps } from './recommendations'
export { recommendationsMessages, type RecommendationsMessageKey } from './messages'
