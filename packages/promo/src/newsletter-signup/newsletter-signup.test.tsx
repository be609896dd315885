import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { promoStages } from '../stages'
import { footerFormId, newsletterDescription, privacyPolicyHref, visitorEmail } from './fixtures'
import { NewsletterSignup, type NewsletterSignupProps } from './newsletter-signup'

function renderSignup(props: Partial<NewsletterSignupProps> = {}, wrapper?: (props: { children: ReactNode }) => ReactNode) {
  const onSubmit = vi.fn<NewsletterSignupProps['onSubmit']>(async () => {})
  const result = renderWithJourney(
    <NewsletterSignup
      formId={footerFormId}
      onSubmit={onSubmit}
      privacyPolicyHref={privacyPolicyHref}
      description={newsletterDescription}
      {...props}
    />,
    { wrapper },
  )
  return { ...result, onSubmit: props.onSubmit ?? onSubmit }
}

const emailField = () => screen.getByRole('textbox', { name: 'Email address' })
const consentBox = () => screen.getByRole('checkbox', { name: /Email me news and offers/ })
const subscribeButton = () => screen.getByRole('button', { name: 'Subscribe' })

function deferred() {
  let resolve!: () => void
  let reject!: (error: Error) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('NewsletterSignup', () => {
  it('asks for an email and an explicit, unticked consent with a link to the privacy policy', async () => {
    const { container } = renderSignup()
    const signup = screen.getByRole('region', { name: 'Sign up for our newsletter' })
    expect(signup).toHaveAttribute('data-stage', 'awareness')
    expect(signup).toHaveAttribute('data-state', 'idle')
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Sign up for our newsletter')
    expect(screen.getByText(newsletterDescription)).toBeInTheDocument()
    expect(emailField()).toHaveAttribute('autocomplete', 'email')
    expect(emailField()).toBeRequired()
    expect(consentBox()).not.toBeChecked()
    expect(consentBox()).toBeRequired()
    expect(consentBox()).toHaveAccessibleDescription('Read our privacy policy')
    expect(screen.getByRole('link', { name: 'Read our privacy policy' })).toHaveAttribute('href', '/legal/privacy-policy')
    expect(promoStages.NewsletterSignup).toBe('awareness')
    await expect(container).toHaveNoAxeViolations()
  })

  it('checks the email when the field is left and clears the error once it is fixed', async () => {
    const user = userEvent.setup()
    const { container } = renderSignup()
    await user.type(emailField(), 'mara.schneider@')
    expect(emailField()).not.toHaveAttribute('aria-invalid')
    await user.tab()
    expect(emailField()).toHaveAttribute('aria-invalid', 'true')
    expect(emailField()).toHaveAccessibleDescription('Enter an email address like name@example.com.')
    await expect(container).toHaveNoAxeViolations()

    await user.type(emailField(), 'example.com')
    expect(emailField()).not.toHaveAttribute('aria-invalid')
    expect(screen.queryByText(/Enter an email address/)).not.toBeInTheDocument()
  })

  it('asks for the email when the field is left empty', async () => {
    const user = userEvent.setup()
    renderSignup()
    await user.click(emailField())
    await user.tab()
    expect(emailField()).toHaveAccessibleDescription('Enter your email address.')
  })

  it('does not sign up without consent: the error summary takes focus and its link leads to the box', async () => {
    const user = userEvent.setup()
    const { onSubmit, recorder } = renderSignup()
    await user.type(emailField(), visitorEmail)
    await user.click(subscribeButton())
    const summary = await screen.findByRole('alert', { name: 'Fix 1 problem to subscribe' })
    await waitFor(() => expect(summary).toHaveFocus())
    expect(consentBox()).toHaveAttribute('aria-invalid', 'true')
    expect(consentBox()).toHaveAccessibleDescription(/Tick the box to subscribe\./)
    await user.click(within(summary).getByRole('link', { name: 'Tick the box to subscribe.' }))
    expect(consentBox()).toHaveFocus()
    expect(onSubmit).not.toHaveBeenCalled()
    expect(recorder.names()).not.toContain('lead_captured')
  })

  it('lists every problem of a failed submission and reaches each field by keyboard', async () => {
    const user = userEvent.setup()
    const { onSubmit } = renderSignup()
    await user.click(subscribeButton())
    const summary = await screen.findByRole('alert', { name: 'Fix 2 problems to subscribe' })
    await waitFor(() => expect(summary).toHaveFocus())
    await user.tab()
    expect(within(summary).getByRole('link', { name: 'Enter your email address.' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(emailField()).toHaveFocus()
    await user.type(emailField(), visitorEmail)
    await user.click(consentBox())
    // Fixed fields leave the list as they are corrected.
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    await user.click(subscribeButton())
    expect(onSubmit).toHaveBeenCalledWith({ email: visitorEmail, marketingConsent: true })
  })

  it('signs up with the mouse, confirms it and reports lead_captured', async () => {
    const user = userEvent.setup()
    const { onSubmit, recorder, container } = renderSignup()
    await user.type(emailField(), `  ${visitorEmail} `)
    await user.click(consentBox())
    await user.click(subscribeButton())
    const confirmation = await screen.findByText('Thanks! You are subscribed.')
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ email: 'mara.schneider@example.com', marketingConsent: true })
    expect(screen.getByRole('status')).toContainElement(confirmation)
    expect(confirmation).toHaveFocus()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'success')
    expect(recorder.last('lead_captured')?.properties).toEqual({ formId: 'footer-newsletter' })
    expect(recorder.last('lead_captured')?.source).toEqual({ block: 'NewsletterSignup', blockId: 'footer-newsletter' })
    await expect(container).toHaveNoAxeViolations()
  })

  it('says what the shop gives as its success message (double opt-in: confirm from the inbox)', async () => {
    const user = userEvent.setup()
    renderSignup({ successMessage: 'Almost done: confirm with the link we emailed you.' })
    await user.type(emailField(), visitorEmail)
    await user.click(consentBox())
    await user.click(subscribeButton())
    expect(await screen.findByText('Almost done: confirm with the link we emailed you.')).toHaveFocus()
    expect(screen.queryByText('Thanks! You are subscribed.')).not.toBeInTheDocument()
  })

  it('signs up with the keyboard alone', async () => {
    const user = userEvent.setup()
    const { onSubmit, recorder } = renderSignup()
    await user.tab()
    expect(emailField()).toHaveFocus()
    await user.keyboard(visitorEmail)
    await user.tab()
    expect(consentBox()).toHaveFocus()
    await user.keyboard(' ')
    await user.tab()
    expect(screen.getByRole('link', { name: 'Read our privacy policy' })).toHaveFocus()
    await user.tab()
    expect(subscribeButton()).toHaveFocus()
    await user.keyboard('{Enter}')
    await screen.findByText('Thanks! You are subscribed.')
    expect(onSubmit).toHaveBeenCalledOnce()
    expect(recorder.all('lead_captured')).toHaveLength(1)
  })

  it('signs up once on a double click and shows the pending state meanwhile', async () => {
    const user = userEvent.setup()
    const pending = deferred()
    const onSubmit = vi.fn(() => pending.promise)
    const { recorder, container } = renderSignup({ onSubmit })
    await user.type(emailField(), visitorEmail)
    await user.click(consentBox())
    await user.dblClick(subscribeButton())
    await waitFor(() => expect(subscribeButton()).toHaveAttribute('aria-busy', 'true'))
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'submitting')
    await expect(container).toHaveNoAxeViolations()
    await user.click(subscribeButton())
    expect(recorder.names()).not.toContain('lead_captured')

    pending.resolve()
    await screen.findByText('Thanks! You are subscribed.')
    expect(onSubmit).toHaveBeenCalledOnce()
    expect(recorder.all('lead_captured')).toHaveLength(1)
  })

  it('shows a failure as an alert, keeps what was typed and lets the visitor retry', async () => {
    const user = userEvent.setup()
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const onSubmit = vi.fn<NewsletterSignupProps['onSubmit']>().mockRejectedValueOnce(new Error('503 from the mail service'))
    const { recorder, container } = renderSignup({ onSubmit })
    await user.type(emailField(), visitorEmail)
    await user.click(consentBox())
    await user.click(subscribeButton())

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not sign you up. Please try again.')
    expect(emailField()).toHaveValue('mara.schneider@example.com')
    expect(consentBox()).toBeChecked()
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'error')
    expect(recorder.names()).not.toContain('lead_captured')
    await expect(container).toHaveNoAxeViolations()

    await user.click(subscribeButton())
    await screen.findByText('Thanks! You are subscribed.')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(onSubmit).toHaveBeenCalledTimes(2)
    expect(recorder.all('lead_captured')).toHaveLength(1)
  })

  it('treats an onSubmit that throws synchronously as a failure', async () => {
    const user = userEvent.setup()
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderSignup({
      onSubmit: () => {
        throw new Error('not configured')
      },
    })
    await user.type(emailField(), visitorEmail)
    await user.click(consentBox())
    await user.click(subscribeButton())
    expect(await screen.findByRole('alert')).toBeInTheDocument()
  })

  it('takes its own heading and level', () => {
    renderSignup({ title: 'Get restock alerts by email', headingLevel: 3 })
    expect(screen.getByRole('heading', { level: 3, name: 'Get restock alerts by email' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Get restock alerts by email' })).toBeInTheDocument()
  })

  it('speaks German', async () => {
    const user = userEvent.setup()
    renderSignup({}, ({ children }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider>)
    expect(screen.getByRole('heading', { name: 'Melde dich für unseren Newsletter an' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: /Neuigkeiten und Angebote per E-Mail/ })).not.toBeChecked()
    await user.type(screen.getByRole('textbox', { name: 'E-Mail-Adresse' }), 'mara@')
    await user.click(screen.getByRole('button', { name: 'Abonnieren' }))
    const summary = await screen.findByRole('alert', { name: 'Bitte korrigiere 2 Angaben, um dich anzumelden' })
    expect(within(summary).getByRole('link', { name: 'Gib eine E-Mail-Adresse wie name@beispiel.de ein.' })).toBeInTheDocument()
    expect(within(summary).getByRole('link', { name: 'Setze das Häkchen, um dich anzumelden.' })).toBeInTheDocument()
  })
})
