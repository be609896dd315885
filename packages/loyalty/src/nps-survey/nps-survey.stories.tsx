import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { detractorComment, npsSurveyId, promoterComment } from './fixtures'
import { NpsSurvey } from './nps-survey'
import { snoozeKey } from './snooze'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Loyalty/NpsSurvey',
  tags: ['stage:advocacy'],
  component: NpsSurvey,
  args: { surveyId: npsSurveyId, onSubmit: fn(async () => {}), onRefer: fn(), onReview: fn(), onSnooze: fn() },
  parameters: { journey: { initialStage: 'advocacy' } },
  // Each story starts without a remembered "Not now".
  beforeEach: () => localStorage.removeItem(snoozeKey(npsSurveyId)),
} satisfies Meta<typeof NpsSurvey>

export default meta
type Story = StoryObj<typeof meta>

export const Promoter: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(await canvas.findByRole('radio', { name: '10' }))
    await userEvent.type(canvas.getByRole('textbox'), promoterComment)
    await userEvent.click(canvas.getByRole('button', { name: t('loyalty.survey.submit') }))
    await waitFor(() =>
      expect(storyRecorder({ loaded }).last('survey_submitted')?.properties).toEqual({
        surveyId: npsSurveyId,
        kind: 'nps',
        score: 10,
        commentLength: promoterComment.length,
      }),
    )
    await userEvent.click(canvas.getByRole('button', { name: t('loyalty.survey.refer') }))
    await expect(args.onRefer).toHaveBeenCalledOnce()
  },
}

export const Detractor: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(await canvas.findByRole('radio', { name: '3' }))
    await userEvent.type(canvas.getByRole('textbox'), detractorComment)
    await userEvent.click(canvas.getByRole('button', { name: t('loyalty.survey.submit') }))
    await waitFor(() => expect(storyRecorder({ loaded }).last('survey_submitted')?.properties.score).toBe(3))
    await expect(canvas.queryByRole('button', { name: t('loyalty.survey.refer') })).not.toBeInTheDocument()
  },
}

export const SubmitFails: Story = {
  args: { onSubmit: fn(async () => Promise.reject(new Error('503 Service Unavailable'))) },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(await canvas.findByRole('radio', { name: '8' }))
    await userEvent.click(canvas.getByRole('button', { name: t('loyalty.survey.submit') }))
    await expect(await canvas.findByRole('alert')).toBeInTheDocument()
    await expect(canvas.getByRole('radio', { name: '8' })).toBeChecked()
    await expect(storyRecorder({ loaded }).names()).not.toContain('survey_submitted')
  },
}

export const NotNow: Story = {
  play: async ({ canvas, userEvent, args, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(await canvas.findByRole('button', { name: t('loyalty.survey.notNow') }))
    await expect(args.onSnooze).toHaveBeenCalledOnce()
    await expect(canvas.queryByRole('radio')).not.toBeInTheDocument()
    await expect(localStorage.getItem(snoozeKey(npsSurveyId))).not.toBeNull()
    await expect(storyRecorder({ loaded }).names()).not.toContain('survey_submitted')
  },
}
