'use client'
export { PromoBanner, type PromoBannerProps, type Promotion } from './promo-banner'
