// A Server Component reads the visitor's assignment (server-safe entry) and renders the variant
// through the client <Experiment>: the first HTML already holds the variant, hydration keeps it.
import { Experiment, ExperimentsProvider } from '@journeykit/experiments'
import { assignExperiments } from '@journeykit/experiments/assignment'
import { heroCopyExperiment } from '../../shared/data'

export default async function ExperimentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // a real shop reads the journey's anonymous id from its cookie; the fixture takes it from the URL
  const { visitor } = await searchParams
  const assignments = assignExperiments([heroCopyExperiment], { anonymousId: typeof visitor === 'string' ? visitor : 'anonymous' })
  return (
    <ExperimentsProvider assignments={assignments}>
      <Experiment
        name={heroCopyExperiment.key}
        variants={{ control: <h1>Outdoor jackets for every season</h1>, benefit: <h1>Free returns on every jacket for 100 days</h1> }}
      />
    </ExperimentsProvider>
  )
}
