'use client'
import { createContext } from 'react'
import type { Assignments } from '../assignment/types'

export const ExperimentsContext = createContext<Assignments | null>(null)
