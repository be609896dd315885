import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { footerFormId, newsletterDescription, privacyPolicyHref, visitorEmail } from './fixtures'
import { NewsletterSignup, type NewsletterSignupProps } from './newsletter-signup'
import { storyMessage } from '../../../../.storybook/story-messages'

const localizedDescription: Record<string, string> = {
  de: 'Neuheiten, Hinweise, wenn ausverkaufte Größen wieder da sind, und Angebote nur für Abonnenten. Ein bis zwei E-Mails im Monat.',
  'zh-CN': '新品上架、售罄尺码补货提醒和订阅者专享优惠。每月一到两封邮件。',
  ro: 'Noutăți, alerte când mărimile epuizate revin în stoc și oferte doar pentru abonați. Unul sau două e-mailuri pe lună.',
}

const meta = {
  title: 'Promo/NewsletterSignup',
  tags: ['stage:awareness'],
  component: NewsletterSignup,
  args: {
    formId: footerFormId,
    privacyPolicyHref,
    description: newsletterDescription,
    onSubmit: fn<NewsletterSignupProps['onSubmit']>(async () => {}),
  },
  parameters: {
    // The description is the shop's own copy: shown in the story's language.
    localizeArgs: (args: NewsletterSignupProps, locale: string) => ({ ...args, description: localizedDescription[locale] ?? args.description }),
  },
} satisfies Meta<typeof NewsletterSignup>

export default meta
type Story = StoryObj<typeof meta>

export const SignUp: Story = {
  play: async ({ args, loaded, canvasElement }) => {
    const t = storyMessage({ loaded })
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('checkbox', { name: t.partial('promo.newsletterSignup.consentLabel') })).not.toBeChecked()
    await userEvent.type(canvas.getByRole('textbox', { name: t('promo.newsletterSignup.emailLabel') }), visitorEmail)
    await userEvent.click(canvas.getByRole('checkbox', { name: t.partial('promo.newsletterSignup.consentLabel') }))
    await userEvent.click(canvas.getByRole('button', { name: t('promo.newsletterSignup.submit') }))
    await expect(await canvas.findByText(t('promo.newsletterSignup.success'))).toHaveFocus()
    await expect(args.onSubmit).toHaveBeenCalledOnce()
    await expect(args.onSubmit).toHaveBeenCalledWith({ email: visitorEmail, marketingConsent: true })
    await waitFor(() => expect(storyRecorder({ loaded }).last('lead_captured')?.properties).toEqual({ formId: footerFormId }))
  },
}

export const InvalidEmail: Story = {
  play: async ({ loaded, canvasElement }) => {
    const t = storyMessage({ loaded })
    const canvas = within(canvasElement)
    const email = canvas.getByRole('textbox', { name: t('promo.newsletterSignup.emailLabel') })
    await userEvent.type(email, 'mara.schneider@example')
    await userEvent.tab()
    await expect(await canvas.findByText(t('promo.newsletterSignup.emailInvalid'))).toBeVisible()
    await expect(email).toHaveAttribute('aria-invalid', 'true')
    await expect(storyRecorder({ loaded }).names()).not.toContain('lead_captured')
  },
}

export const ConsentMissing: Story = {
  play: async ({ args, loaded, canvasElement }) => {
    const t = storyMessage({ loaded })
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: t('promo.newsletterSignup.emailLabel') }), visitorEmail)
    await userEvent.click(canvas.getByRole('button', { name: t('promo.newsletterSignup.submit') }))
    const summary = await canvas.findByRole('alert', { name: t('promo.newsletterSignup.summaryTitle', { count: 1 }) })
    await waitFor(() => expect(summary).toHaveFocus())
    await userEvent.click(within(summary).getByRole('link', { name: t('promo.newsletterSignup.consentRequired') }))
    await expect(canvas.getByRole('checkbox', { name: t.partial('promo.newsletterSignup.consentLabel') })).toHaveFocus()
    await expect(args.onSubmit).not.toHaveBeenCalled()
    await expect(storyRecorder({ loaded }).names()).not.toContain('lead_captured')
  },
}

export const Submitting: Story = {
  args: { onSubmit: fn<NewsletterSignupProps['onSubmit']>(() => new Promise<void>(() => {})) },
  play: async ({ args, loaded, canvasElement }) => {
    const t = storyMessage({ loaded })
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: t('promo.newsletterSignup.emailLabel') }), visitorEmail)
    await userEvent.click(canvas.getByRole('checkbox', { name: t.partial('promo.newsletterSignup.consentLabel') }))
    await userEvent.dblClick(canvas.getByRole('button', { name: t('promo.newsletterSignup.submit') }))
    await waitFor(() => expect(canvas.getByRole('button', { name: t('promo.newsletterSignup.submit') })).toHaveAttribute('aria-busy', 'true'))
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
    const t = storyMessage({ loaded })
    const canvas = within(canvasElement)
    const email = canvas.getByRole('textbox', { name: t('promo.newsletterSignup.emailLabel') })
    await userEvent.type(email, visitorEmail)
    await userEvent.click(canvas.getByRole('checkbox', { name: t.partial('promo.newsletterSignup.consentLabel') }))
    await userEvent.click(canvas.getByRole('button', { name: t('promo.newsletterSignup.submit') }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t('promo.newsletterSignup.failure'))
    await expect(email).toHaveValue(visitorEmail)
    await expect(storyRecorder({ loaded }).names()).not.toContain('lead_captured')
  },
}
