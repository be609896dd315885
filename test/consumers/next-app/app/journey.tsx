'use client'
import type { ReactNode } from 'react'
import { ga4 } from '@journeykit/core'
import { JourneyProvider } from '@journeykit/react'

const options = { destinations: [ga4()], consent: 'granted' as const }

export function Journey({ children }: { children: ReactNode }) {
  return <JourneyProvider options={options}>{children}</JourneyProvider>
}
