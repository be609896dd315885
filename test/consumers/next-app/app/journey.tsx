'use client'
import type { ReactNode } from 'react'
import { ga4 } from '@journeykit/core'
import { toGa4Experiment } from '@journeykit/experiments'
import { JourneyProvider } from '@journeykit/react'

const options = { destinations: [ga4({ map: toGa4Experiment })], consent: 'granted' as const }

export function Journey({ children }: { children: ReactNode }) {
  return <JourneyProvider options={options}>{children}</JourneyProvider>
}
