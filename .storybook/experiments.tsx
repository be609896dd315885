import { ExperimentsProvider, type Assignments, type ExperimentDefinition } from '@journeykit/experiments'
import { assignExperiments } from '@journeykit/experiments/assignment'
import type { Decorator, Preview } from '@storybook/react-vite'

/** The experiments the stories run; the toolbar offers each of their variants. */
export const STORY_EXPERIMENTS = [
  { key: 'hero-copy', variants: ['control', 'benefit'] },
  { key: 'trust-badges', variants: ['beside-pay', 'above-form'] },
] as const satisfies readonly ExperimentDefinition[]

/** The visitor every story assigns for when the toolbar leaves assignment to the hash. */
export const STORY_VISITOR = 'storybook-visitor'

export const experimentToolbar: NonNullable<Preview['globalTypes']>[string] = {
  description: 'Variant of the story’s experiments (forced, as ?jk-experiment= does in an app)',
  toolbar: {
    title: 'Experiment',
    icon: 'beaker',
    items: [
      { value: '', title: 'As assigned' },
      ...STORY_EXPERIMENTS.flatMap((experiment) => experiment.variants.map((variant) => ({ value: `${experiment.key}:${variant}`, title: `${experiment.key}: ${variant}` }))),
    ],
    dynamicTitle: true,
  },
}

/**
 * The story visitor's assignments, with the toolbar's `<experiment>:<variant>` forced. Unlike a forced
 * variant in an app, a designer's pick counts as in the experiment, so the Journey panel shows the
 * `experiment_viewed` that variant emits for real visitors.
 */
export function storyAssignments(definitions: readonly ExperimentDefinition[], picked: unknown): Assignments {
  const assignments = assignExperiments(definitions, { anonymousId: STORY_VISITOR })
  const [key, variant] = typeof picked === 'string' ? picked.split(':') : []
  const definition = definitions.find((candidate) => candidate.key === key)
  if (definition && variant && definition.variants.includes(variant)) assignments[definition.key] = { variant, inExperiment: true }
  return assignments
}

/** Stories that set `parameters.experiments` render inside an ExperimentsProvider (no storage: nothing is remembered between stories). */
export const withExperiments: Decorator = (Story, context) => {
  const definitions = context.parameters.experiments as readonly ExperimentDefinition[] | undefined
  if (!definitions) return <Story />
  return (
    <ExperimentsProvider assignments={storyAssignments(definitions, context.globals.experiment)} storage={null}>
      <Story />
    </ExperimentsProvider>
  )
}
