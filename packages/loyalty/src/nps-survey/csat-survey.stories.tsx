import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { CsatSurvey } from './csat-survey'
import { csatSurveyId } from './fixtures'
import { snoozeKey } from './snooze'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Loyalty/CsatSurvey',
  tags: ['stage:advocacy'],
  component: CsatSurvey,
  args: { surveyId: csatSurveyId, onSubmit: fn(async () => {}), onReview: fn() },
  parameters: { journey: { initialStage: 'advocacy' } },
  beforeEach: () => localStorage.removeItem(snoozeKey(csatSurveyId)),
} satisfies Meta<typeof CsatSurvey>

export default meta
type Story = StoryObj<typeof meta>

export const Satisfied: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(await canvas.findByRole('radio', { name: '5' }))
    await userEvent.click(canvas.getByRole('button', { name: t('loyalty.survey.submit') }))
    await waitFor(() =>
      expect(storyRecorder({ loaded }).last('survey_submitted')?.properties).toEqual({ surveyId: csatSurveyId, kind: 'csat', score: 5 }),
    )
    await userEvent.click(canvas.getByRole('button', { name: t('loyalty.survey.review') }))
    await expect(args.onReview).toHaveBeenCalledOnce()
  },
}

export const SubmitFails: Story = {
  args: { onSubmit: fn(async () => Promise.reject(new Error('offline'))) },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(await canvas.findByRole('radio', { name: '2' }))
    await userEvent.click(canvas.getByRole('button', { name: t('loyalty.survey.submit') }))
    await expect(await canvas.findByRole('alert')).toBeInTheDocument()
    await expect(canvas.getByRole('radio', { name: '2' })).toBeChecked()
    await expect(storyRecorder({ loaded }).names()).not.toContain('survey_submitted')
  },
}
