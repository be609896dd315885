import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { ErrorSummary, type ErrorSummaryItem } from './error-summary'
import { Field } from './field'

const PROBLEMS: ErrorSummaryItem[] = [
  { id: 'email', message: 'Enter your email.' },
  { id: 'card', message: 'Enter your card details.' },
]

function Form({ errors = PROBLEMS }: { errors?: ErrorSummaryItem[] }) {
  const [submissions, setSubmissions] = useState(0)
  const shown = submissions > 0 ? errors : []
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        setSubmissions((count) => count + 1)
      }}
    >
      <ErrorSummary title={`There are ${shown.length} problems`} errors={shown} focusKey={submissions || undefined} />
      <Field label="Email" controlId="email" required error={shown.find((problem) => problem.id === 'email')?.message}>
        {(control) => <input {...control} />}
      </Field>
      {/* A container, as a payment widget renders: the summary focuses its first control. */}
      <fieldset id="card">
        <legend>Card</legend>
        <label>
          Card number <input />
        </label>
      </fieldset>
      <button type="submit">Pay</button>
    </form>
  )
}

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    render(<Form />)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('is announced and focused on each submission, listing every problem as a link to its field', async () => {
    const user = userEvent.setup()
    const { container } = render(<Form />)
    await user.click(screen.getByRole('button', { name: 'Pay' }))
    const summary = screen.getByRole('alert', { name: 'There are 2 problems' })
    expect(summary).toHaveFocus()
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Enter your email.', 'Enter your card details.'])
    await expect(container).toHaveNoAxeViolations()

    await user.click(within(summary).getByRole('link', { name: 'Enter your email.' }))
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Pay' }))
    expect(summary).toHaveFocus()
  })

  it('moves focus to the field from the keyboard, into a container’s first control', async () => {
    const user = userEvent.setup()
    render(<Form />)
    await user.click(screen.getByRole('button', { name: 'Pay' }))
    await user.tab()
    expect(screen.getByRole('link', { name: 'Enter your email.' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Pay' }))
    await user.tab()
    await user.tab()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('textbox', { name: 'Card number' })).toHaveFocus()
  })

  it('does not take focus without a focus key, and a link to a missing field moves nothing', async () => {
    const user = userEvent.setup()
    render(<ErrorSummary title="1 problem" errors={[{ id: 'gone', message: 'Fix the gone field.' }]} headingLevel={3} />)
    const summary = screen.getByRole('alert', { name: '1 problem' })
    expect(summary).not.toHaveFocus()
    expect(screen.getByRole('heading', { level: 3, name: '1 problem' })).toBeInTheDocument()
    const link = screen.getByRole('link', { name: 'Fix the gone field.' })
    await user.click(link)
    expect(link).toHaveFocus()
  })

  it('takes focus when the errors arrive a render after the submission’s key (as a validation library may report them)', () => {
    const { rerender } = render(<ErrorSummary title="1 problem" errors={[]} focusKey={1} />)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    rerender(<ErrorSummary title="1 problem" errors={PROBLEMS.slice(0, 1)} focusKey={1} />)
    const summary = screen.getByRole('alert', { name: '1 problem' })
    expect(summary).toHaveFocus()
    // The same key does not pull focus back on a later render.
    const elsewhere = document.body.appendChild(document.createElement('button'))
    elsewhere.focus()
    rerender(<ErrorSummary title="2 problems" errors={PROBLEMS} focusKey={1} />)
    expect(elsewhere).toHaveFocus()
    elsewhere.remove()
  })
})
