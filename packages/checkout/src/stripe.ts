'use client'
export { createStripeAdapter, type StripeAdapterOptions } from './stripe-adapter/stripe-adapter'
