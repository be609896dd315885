'use client'
import type { StorageLike } from '@journeykit/core'
import { createContext } from 'react'
import type { Assignments } from '../assignment/types'

export interface ExperimentsContextValue {
  assignments: Assignments
  /** Where the visitor's exposures are remembered. */
  storage: StorageLike | null
}

export const ExperimentsContext = createContext<ExperimentsContextValue | null>(null)
