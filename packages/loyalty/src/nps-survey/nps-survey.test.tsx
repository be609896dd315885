import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { detractorComment, npsSurveyId, promoterComment } from './fixtures'
import { NpsSurvey } from './nps-survey'
import type { SurveyAnswer } from './score-survey'
import { snoozeKey } from './snooze'

const QUESTION = 'How likely are you to recommend us to a friend or colleague?'

function setup(props: Partial<Parameters<typeof NpsSurvey>[0]> = {}) {
  const user = userEvent.setup()
  const onSubmit = vi.fn<(answer: SurveyAnswer) => Promise<void>>().mockResolvedValue()
  const result = renderWithJourney(<NpsSurvey surveyId={npsSurveyId} onSubmit={onSubmit} {...props} />)
  return { user, onSubmit, ...result }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('NpsSurvey', () => {
  it('asks the 0–10 question as a labelled radio group with its end labels', async () => {
    const { container } = setup()
    const region = screen.getByRole('region', { name: QUESTION })
    expect(region).toHaveAttribute('data-stage', 'advocacy')
    expect(screen.getByRole('group', { name: QUESTION })).toBeInTheDocument()
    const radios = screen.getAllByRole('radio')
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    expect(screen.getByRole('radio', { name: '0' })).toHaveAccessibleDescription('Not at all likely')
    expect(screen.getByRole('radio', { name: '10' })).toHaveAccessibleDescription('Extremely likely')
    expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument()
    await expect(container).toHaveNoAxeViolations()
  })

  it.each([
    [0, 'We’re sorry to hear that. What should we improve?'],
    [6, 'We’re sorry to hear that. What should we improve?'],
    [7, 'What would make it a 10 for you?'],
    [8, 'What would make it a 10 for you?'],
    [9, 'Great to hear! What do you like most?'],
    [10, 'Great to hear! What do you like most?'],
  ])('follows a score of %i with “%s”', async (score, prompt) => {
    const { user } = setup()
    await user.click(screen.getByRole('radio', { name: String(score) }))
    expect(screen.getByRole('textbox', { name: prompt })).toHaveAccessibleDescription('Optional')
  })

  it('starts with the score it is given, sent with one click on Send, and ignores a score off the scale', async () => {
    const { user, onSubmit, unmount } = setup({ defaultScore: 9 })
    expect(screen.getByRole('radio', { name: '9' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('heading', { name: 'Thank you for your feedback!' })
    expect(onSubmit).toHaveBeenCalledWith({ surveyId: npsSurveyId, kind: 'nps', score: 9, comment: '' })
    unmount()
    for (const defaultScore of [11, -1, 2.5, Number.NaN]) {
      const { unmount: next } = setup({ defaultScore })
      expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([])
      expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument()
      next()
    }
  })

  it('moves through the scale with the arrow keys and submits with Enter', async () => {
    const { user, onSubmit, recorder } = setup()
    await user.tab()
    expect(screen.getByRole('radio', { name: '0' })).toHaveFocus()
    await user.keyboard(' ')
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(screen.getByRole('radio', { name: '3' })).toBeChecked()
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('radio', { name: '2' })).toBeChecked()
    await user.tab()
    expect(screen.getByRole('textbox')).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Send' })).toHaveFocus()
    await user.keyboard('{Enter}')
    await screen.findByRole('heading', { name: 'Thank you for your feedback!' })
    expect(onSubmit).toHaveBeenCalledWith({ surveyId: npsSurveyId, kind: 'nps', score: 2, comment: '' })
    expect(recorder.last('survey_submitted')?.properties).toEqual({ surveyId: npsSurveyId, kind: 'nps', score: 2 })
  })

  it('sends the comment to the app but only its length to analytics', async () => {
    const { user, onSubmit, recorder } = setup()
    await user.click(screen.getByRole('radio', { name: '4' }))
    await user.type(screen.getByRole('textbox'), `  ${detractorComment} `)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const thanks = await screen.findByRole('heading', { name: 'Thank you for your feedback!' })
    expect(thanks).toHaveFocus()
    expect(onSubmit).toHaveBeenCalledWith({ surveyId: npsSurveyId, kind: 'nps', score: 4, comment: detractorComment })
    const event = recorder.last('survey_submitted')
    expect(event?.properties).toEqual({ surveyId: npsSurveyId, kind: 'nps', score: 4, commentLength: detractorComment.length })
    expect(JSON.stringify(recorder.events)).not.toContain('parcel')
    // A detractor is not asked to refer.
    expect(screen.queryByRole('button', { name: 'Refer a friend' })).not.toBeInTheDocument()
  })

  it('keeps the answer when submitting fails, and succeeds on retry', async () => {
    const onSubmit = vi.fn<(answer: SurveyAnswer) => Promise<void>>().mockRejectedValueOnce(new Error('503')).mockResolvedValueOnce()
    const { user, recorder, container } = setup({ onSubmit })
    await user.click(screen.getByRole('radio', { name: '9' }))
    await user.type(screen.getByRole('textbox'), promoterComment)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Your answer could not be sent. Please try again.')
    expect(screen.getByRole('radio', { name: '9' })).toBeChecked()
    expect(screen.getByRole('textbox')).toHaveValue(promoterComment)
    expect(recorder.names()).not.toContain('survey_submitted')
    await expect(container).toHaveNoAxeViolations()

    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('heading', { name: 'Thank you for your feedback!' })
    expect(onSubmit).toHaveBeenCalledTimes(2)
    expect(recorder.all('survey_submitted')).toHaveLength(1)
  })

  it('invites a promoter to refer and review', async () => {
    const onRefer = vi.fn()
    const onReview = vi.fn()
    const { user, container } = setup({ onRefer, onReview })
    await user.click(screen.getByRole('radio', { name: '10' }))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByText('Glad you like us! Invite a friend and you both get a reward.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Refer a friend' }))
    screen.getByRole('button', { name: 'Write a review' }).focus()
    await user.keyboard('{Enter}')
    expect(onRefer).toHaveBeenCalledOnce()
    expect(onReview).toHaveBeenCalledOnce()
    await expect(container).toHaveNoAxeViolations()
  })

  it('respects "Not now" for the configured number of days', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-22T10:00:00Z'))
    const onSnooze = vi.fn()
    const { user, unmount } = setup({ snoozeDays: 14, onSnooze })
    await user.click(screen.getByRole('button', { name: 'Not now' }))
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    expect(onSnooze).toHaveBeenCalledOnce()
    expect(localStorage.getItem(snoozeKey(npsSurveyId))).toBe('2026-12-06T10:00:00.000Z')
    unmount()

    vi.setSystemTime(new Date('2026-12-05T10:00:00Z'))
    const again = setup()
    expect(again.container).toBeEmptyDOMElement()
    again.unmount()

    vi.setSystemTime(new Date('2026-12-06T10:00:01Z'))
    setup()
    expect(screen.getByRole('group', { name: QUESTION })).toBeInTheDocument()
  })

  it('is translated', async () => {
    const German = ({ children }: { children: ReactNode }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider>
    const user = userEvent.setup()
    renderWithJourney(<NpsSurvey surveyId={npsSurveyId} onSubmit={vi.fn()} />, { wrapper: German })
    expect(screen.getByRole('group', { name: 'Wie wahrscheinlich ist es, dass Sie uns Freunden oder Kollegen empfehlen?' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: '0' })).toHaveAccessibleDescription('Sehr unwahrscheinlich')
    await user.click(screen.getByRole('radio', { name: '7' }))
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Was würde Sie zu einer 10 bewegen?' })).toBeInTheDocument())
  })
})
