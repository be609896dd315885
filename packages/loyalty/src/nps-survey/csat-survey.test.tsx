import { renderWithJourney } from '@journeykit/react/testing'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { CsatSurvey } from './csat-survey'
import { csatSurveyId } from './fixtures'

describe('CsatSurvey', () => {
  it('asks 1–5 with its end labels and a follow-up that depends on the answer', async () => {
    const user = userEvent.setup()
    const { container } = renderWithJourney(<CsatSurvey surveyId={csatSurveyId} onSubmit={vi.fn()} />)
    expect(screen.getByRole('region', { name: 'How satisfied are you with your experience?' })).toHaveAttribute('data-jk-csat-survey')
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5'])
    expect(screen.getByRole('radio', { name: '1' })).toHaveAccessibleDescription('Very dissatisfied')
    expect(screen.getByRole('radio', { name: '5' })).toHaveAccessibleDescription('Very satisfied')

    await user.click(screen.getByRole('radio', { name: '2' }))
    expect(screen.getByRole('textbox', { name: 'What went wrong?' })).toBeInTheDocument()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('textbox', { name: 'What could we do better?' })).toBeInTheDocument()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('textbox', { name: 'What did you like?' })).toBeInTheDocument()
    await expect(container).toHaveNoAxeViolations()
  })

  it('emits survey_submitted with kind csat and invites a happy customer to review', async () => {
    const user = userEvent.setup()
    const onReview = vi.fn()
    const onSubmit = vi.fn().mockResolvedValue(undefined)
    const { recorder } = renderWithJourney(<CsatSurvey surveyId={csatSurveyId} onSubmit={onSubmit} onReview={onReview} />)
    await user.click(screen.getByRole('radio', { name: '5' }))
    await user.type(screen.getByRole('textbox'), 'Quick and friendly.')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await user.click(await screen.findByRole('button', { name: 'Write a review' }))
    expect(onReview).toHaveBeenCalledOnce()
    expect(recorder.last('survey_submitted')?.properties).toEqual({ surveyId: csatSurveyId, kind: 'csat', score: 5, commentLength: 19 })
    expect(recorder.last('survey_submitted')?.source).toEqual({ block: 'CsatSurvey', blockId: csatSurveyId })
  })
})
