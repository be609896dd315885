import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { footerFormId, newsletterDescription, privacyPolicyHref, visitorEmail } from './fixtures'
import { NewsletterSignup, type NewsletterSignupProps } from './newsletter-signup'

const meta = {
  title: 'Promo/NewsletterSignup',
  component: NewsletterSignup,
  args: {
    formId: footerFormId,
    privacyPolicyHref,
    description: newsletterDescription,
    onSubmit: fn<NewsletterSignupProps['onSubmit']>(async () => {}),
  },
} satisfies Meta<typeof NewsletterSignup>

export default meta
type Story = StoryObj<typeof meta>

export const SignUp: Story = {
  play: async ({ args, loaded, canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('checkbox', { name: /Email me news and offers/ })).not.toBeChecked()
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email address' }), visitorEmail)
    await userEvent.click(canvas.getByRole('checkbox', { name: /Email me news and offers/ }))
    await userEvent.click(canvas.getByRole('button', { name: 'Subscribe' }))
    await expect(await canvas.findByText('Thanks! You are subscribed.')).toHaveFocus()
    await expect(args.onSubmit).toHaveBeenCalledOnce()
    await expect(args.onSubmit).toHaveBeenCalledWith({ email: visitorEmail, marketingConsent: true })
    await waitFor(() => expect(storyRecorder({ loaded }).last('lead_captured')?.properties).toEqual({ formId: footerFormId }))
  },
}

export const InvalidEmail: Story = {
  play: async ({ loaded, canvasElement }) => {
    const canvas = within(canvasElement)
    const email = canvas.getByRole('textbox', { name: 'Email address' })
    await userEvent.type(email, 'mara.schneider@example')
    await userEvent.tab()
    await expect(await canvas.findByText('Enter an email address like name@example.com.')).toBeVisible()
    await expect(email).toHaveAttribute('aria-invalid', 'true')
    await expect(storyRecorder({ loaded }).names()).not.toContain('lead_captured')
  },
}

export const ConsentMissing: Story = {
  play: async ({ args, loaded, canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email address' }), visitorEmail)
    await userEvent.click(canvas.getByRole('button', { name: 'Subscribe' }))
    await expect(await canvas.findByText('Tick the box to subscribe.')).toBeVisible()
    await expect(args.onSubmit).not.toHaveBeenCalled()
    await expect(storyRecorder({ loaded }).names()).not.toContain('lead_captured')
  },
}

export const Submitting: Story = {
  args: { onSubmit: fn<NewsletterSignupProps['onSubmit']>(() => new Promise<void>(() => {})) },
  play: async ({ args, loaded, canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email address' }), visitorEmail)
    await userEvent.click(canvas.getByRole('checkbox', { name: /Email me news and offers/ }))
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Subscribe' }))
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Subscribe' })).toHaveAttribute('aria-busy', 'true'))
    await expect(args.onSubmit).toHaveBeenCalledOnce()
    await expect(storyRecorder({ loaded }).names()).not.toContain('lead_captured')
  },
}

export const Failure: Story = {
  args: {
    onSubmit: fn<NewsletterSignupProps['onSubmit']>(async () => {
      throw new Error('Mail service unavailable (503)')
    }),
  },
  play: async ({ loaded, canvasElement }) => {
    const canvas = within(canvasElement)
    const email = canvas.getByRole('textbox', { name: 'Email address' })
    await userEvent.type(email, visitorEmail)
    await userEvent.click(canvas.getByRole('checkbox', { name: /Email me news and offers/ }))
    await userEvent.click(canvas.getByRole('button', { name: 'Subscribe' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('We could not sign you up. Please try again.')
    await expect(email).toHaveValue(visitorEmail)
    await expect(storyRecorder({ loaded }).names()).not.toContain('lead_captured')
  },
}
