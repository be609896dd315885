import { storyRecorder } from '@journeykit/react/testing'
import { Button } from '@journeykit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import { STORY_EXPERIMENTS } from '../../../../.storybook/experiments'
import { Experiment } from './experiment'
import { useExperiment } from './use-experiment'

function Hero({ heading, lede, cta }: { heading: string; lede: string; cta: string }) {
  return (
    <section aria-label="Featured" style={{ display: 'grid', gap: 'var(--jk-space-3)', maxWidth: '36rem' }}>
      <h2 style={{ margin: 0 }}>{heading}</h2>
      <p style={{ margin: 0 }}>{lede}</p>
      <div>
        <Button>{cta}</Button>
      </div>
    </section>
  )
}

const HERO_VARIANTS = {
  control: <Hero heading="Gear for every trail" lede="Packs, shoes and headphones tested on 2,000 km of trails." cta="Shop new arrivals" />,
  benefit: <Hero heading="Free returns for 60 days" lede="Wear it on the trail first: if it does not fit your journey, send it back for free." cta="Find your gear" />,
}

/**
 * `<Experiment>` shows the visitor's variant of any content and reports `experiment_viewed` once it is
 * seen. Pick a variant in the toolbar's beaker menu; the Journey panel shows the exposure.
 */
const meta = {
  title: 'Experiments/Experiment',
  tags: ['stage:awareness'],
  component: Experiment,
  args: { name: 'hero-copy', variants: HERO_VARIANTS },
  parameters: { experiments: STORY_EXPERIMENTS },
} satisfies Meta<typeof Experiment>

export default meta
type Story = StoryObj<typeof meta>

async function expectExposure(loaded: unknown, experiment: string, variant: string) {
  await waitFor(() => expect(storyRecorder({ loaded }).last('experiment_viewed')?.properties).toEqual({ experiment, variant }), { timeout: 3000 })
}

/** The story's visitor in the variant the hash gives them (toolbar: "As assigned"). */
export const Assigned: Story = {
  play: async ({ loaded, canvasElement }) => {
    const shown = canvasElement.querySelector('[data-jk-experiment="hero-copy"]')
    const variant = shown?.getAttribute('data-jk-variant') ?? ''
    await expect(Object.keys(HERO_VARIANTS)).toContain(variant)
    await expectExposure(loaded, 'hero-copy', variant)
  },
}

/** The benefit copy, forced as the toolbar does. */
export const BenefitCopy: Story = {
  globals: { experiment: 'hero-copy:benefit' },
  play: async ({ loaded, canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Free returns for 60 days' })).toBeVisible()
    await expectExposure(loaded, 'hero-copy', 'benefit')
    await expect(storyRecorder({ loaded }).names().filter((name) => name === 'experiment_viewed')).toHaveLength(1)
  },
}

/** The control copy, forced. */
export const ControlCopy: Story = {
  globals: { experiment: 'hero-copy:control' },
  play: async ({ loaded, canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Gear for every trail' })).toBeVisible()
    await expectExposure(loaded, 'hero-copy', 'control')
  },
}

function TrustBadgesPlacement() {
  const { variant, ref } = useExperiment('trust-badges')
  const badges = (
    <p ref={ref} role="note">
      Secure payment · Free returns within 60 days · 2-year warranty
    </p>
  )
  return (
    <form aria-label="Payment" style={{ display: 'grid', gap: 'var(--jk-space-3)', maxWidth: '24rem' }} onSubmit={(event) => event.preventDefault()}>
      {variant === 'above-form' ? badges : null}
      <label>
        Card holder <input name="name" autoComplete="cc-name" />
      </label>
      <Button type="submit">Pay €129.00</Button>
      {variant === 'above-form' ? null : badges}
    </form>
  )
}

/** `useExperiment` on any element: the trust badges above the form instead of beside the pay button. */
export const WithTheHook: Story = {
  globals: { experiment: 'trust-badges:above-form' },
  render: () => <TrustBadgesPlacement />,
  play: async ({ loaded, canvasElement }) => {
    const form = within(canvasElement).getByRole('form', { name: 'Payment' })
    await expect(form.firstElementChild).toHaveAttribute('role', 'note')
    await expectExposure(loaded, 'trust-badges', 'above-form')
  },
}
