import { ExperimentsProvider, type Assignments } from '@journeykit/experiments'
import type { ReactNode } from 'react'

/**
 * The shop's experiments for a page: `assignments` come from the route's loader (`assignVisitor`), so
 * the server's HTML already shows each variant and hydration keeps it.
 */
export function ShopExperiments({ assignments, children }: { assignments: Assignments; children: ReactNode }) {
  return <ExperimentsProvider assignments={assignments}>{children}</ExperimentsProvider>
}
