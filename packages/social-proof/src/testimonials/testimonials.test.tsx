import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { act, screen, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TESTIMONIALS } from '../fixtures'
import { fakeTimersWithUser } from '../shared/fake-timers.testing'
import { Testimonials } from './testimonials'

const carousel = () => screen.getByRole('region', { name: 'Customer testimonials' })
const visibleSlide = () => screen.getByRole('group')
const slides = () => carousel().querySelector('[data-part="slides"]')!
// Async act: an update that a timer fired during a user-event call is flushed too.
const advance = (ms: number) => act(async () => void vi.advanceTimersByTime(ms))

function stubReducedMotion(matches: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches, media: query, addEventListener() {}, removeEventListener() {} }))
}

describe('Testimonials', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())
  const setup = fakeTimersWithUser

  it('renders quotes as figures in an APG carousel', async () => {
    vi.useRealTimers()
    const { container, recorder } = renderWithJourney(<Testimonials testimonials={TESTIMONIALS} />)
    expect(carousel()).toHaveAttribute('aria-roledescription', 'carousel')
    const slide = visibleSlide()
    expect(slide).toHaveAttribute('aria-roledescription', 'slide')
    expect(slide).toHaveAccessibleName('1 of 3')
    expect(slide.querySelector('figure > blockquote')).toHaveTextContent(TESTIMONIALS[0]!.quote)
    expect(slide.querySelector('figure > figcaption')).toHaveTextContent('Katrin VogelCoach, Lauftreff Garmisch')
    expect(recorder.last('social_proof_viewed')?.properties).toEqual({ widget: 'testimonials' })
    await expect(container).toHaveNoAxeViolations()
  })

  it('advances on its own without announcing, and announces when the visitor navigates', async () => {
    const user = setup()
    renderWithJourney(<Testimonials testimonials={TESTIMONIALS} />)
    expect(slides()).toHaveAttribute('aria-live', 'off')
    await advance(7000)
    expect(visibleSlide()).toHaveAccessibleName('2 of 3')
    expect(slides()).toHaveAttribute('aria-live', 'off')

    await user.click(screen.getByRole('button', { name: 'Next testimonial' }))
    expect(visibleSlide()).toHaveAccessibleName('3 of 3')
    expect(slides()).toHaveAttribute('aria-live', 'polite')
    await user.keyboard('{Enter}')
    expect(visibleSlide()).toHaveAccessibleName('1 of 3')
    await user.tab({ shift: true })
    expect(screen.getByRole('button', { name: 'Previous testimonial' })).toHaveFocus()
    await user.keyboard(' ')
    expect(visibleSlide()).toHaveAccessibleName('3 of 3')
    // Focus inside pauses the rotation.
    await advance(30_000)
    expect(visibleSlide()).toHaveAccessibleName('3 of 3')
  })

  it('stops and restarts with the rotation button', async () => {
    const user = setup()
    renderWithJourney(
      <>
        <Testimonials testimonials={TESTIMONIALS} />
        <button type="button">Elsewhere</button>
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Stop automatic slide show' }))
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }))
    await user.unhover(carousel())
    await advance(30_000)
    expect(visibleSlide()).toHaveAccessibleName('1 of 3')
    expect(slides()).toHaveAttribute('aria-live', 'polite')

    screen.getByRole('button', { name: 'Start automatic slide show' }).focus()
    await user.keyboard('{Enter}')
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }))
    await user.unhover(carousel())
    await advance(7000)
    expect(visibleSlide()).toHaveAccessibleName('2 of 3')
  })

  it('pauses while hovered', async () => {
    const user = setup()
    renderWithJourney(<Testimonials testimonials={TESTIMONIALS} />)
    await user.hover(carousel())
    await advance(20_000)
    expect(visibleSlide()).toHaveAccessibleName('1 of 3')
    await user.unhover(carousel())
    await advance(7000)
    expect(visibleSlide()).toHaveAccessibleName('2 of 3')
  })

  it('never auto-advances for reduced-motion users', async () => {
    stubReducedMotion(true)
    renderWithJourney(<Testimonials testimonials={TESTIMONIALS} />)
    expect(screen.queryByRole('button', { name: /automatic slide show/ })).not.toBeInTheDocument()
    await advance(60_000)
    expect(visibleSlide()).toHaveAccessibleName('1 of 3')
    expect(slides()).toHaveAttribute('aria-live', 'polite')
  })

  it('shows a single quote without carousel controls', () => {
    stubReducedMotion(false)
    renderWithJourney(<Testimonials testimonials={[TESTIMONIALS[1]!]} />)
    expect(carousel()).not.toHaveAttribute('aria-roledescription')
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    expect(screen.getByText('Daniel Okafor')).toBeInTheDocument()
  })

  it('renders nothing without testimonials unless asked, and has loading and error states', async () => {
    vi.useRealTimers()
    const { container, rerender, recorder } = renderWithJourney(<Testimonials testimonials={[]} />)
    expect(container).toBeEmptyDOMElement()
    rerender(<Testimonials testimonials={[]} showEmpty />)
    expect(screen.getByText('No testimonials yet')).toBeInTheDocument()
    await expect(container).toHaveNoAxeViolations()
    rerender(<Testimonials testimonials={[]} status="loading" />)
    expect(within(carousel()).getByRole('status')).toHaveTextContent('Loading…')
    await expect(container).toHaveNoAxeViolations()
    rerender(<Testimonials testimonials={[]} status="error" />)
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong.')
    await expect(container).toHaveNoAxeViolations()
    expect(recorder.names()).toEqual(['social_proof_viewed'])
  })

  it('is translated', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider>
    renderWithJourney(<Testimonials testimonials={TESTIMONIALS} />, { wrapper })
    expect(screen.getByRole('region', { name: 'Kundenstimmen' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Nächste Kundenstimme' })).toBeInTheDocument()
    expect(visibleSlide()).toHaveAccessibleName('1 von 3')
  })
})
