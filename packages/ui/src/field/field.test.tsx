import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { Field } from './field'

describe('Field', () => {
  it('labels its control and reads the description after the label', async () => {
    const { container } = render(
      <Field label="Email" description="We send the receipt here.">
        {(control) => <input type="email" {...control} />}
      </Field>,
    )
    const input = screen.getByRole('textbox', { name: 'Email' })
    expect(input).toHaveAccessibleDescription('We send the receipt here.')
    expect(input).not.toBeRequired()
    expect(input).not.toHaveAttribute('aria-invalid')
    await expect(container).toHaveNoAxeViolations()
  })

  it('marks a required control for screen readers without putting the asterisk in its name', () => {
    render(<Field label="Email" required>{(control) => <input {...control} />}</Field>)
    const input = screen.getByRole('textbox', { name: 'Email' })
    expect(input).toBeRequired()
    expect(input.closest('[data-jk-field]')).toHaveAttribute('data-required')
  })

  it('links an error to the control and marks it invalid, then clears both when fixed', async () => {
    function Validated() {
      const [value, setValue] = useState('')
      return (
        <Field label="Postcode" description="5 digits" error={/^\d{5}$/.test(value) ? undefined : 'Enter a postcode like 10115.'}>
          {(control) => <input {...control} value={value} onChange={(event) => setValue(event.target.value)} />}
        </Field>
      )
    }
    const { container } = render(<Validated />)
    const input = screen.getByRole('textbox', { name: 'Postcode' })
    expect(input).toBeInvalid()
    expect(input).toHaveAccessibleDescription('5 digits Enter a postcode like 10115.')
    await expect(container).toHaveNoAxeViolations()

    await userEvent.type(input, '10115')
    expect(input).toBeValid()
    expect(input).toHaveAccessibleDescription('5 digits')
    expect(screen.queryByText('Enter a postcode like 10115.')).not.toBeInTheDocument()
  })

  it('puts a checkbox before its label', () => {
    render(<Field label="Send me offers" labelAfter>{(control) => <input type="checkbox" {...control} />}</Field>)
    const box = screen.getByRole('checkbox', { name: 'Send me offers' })
    expect(box.nextElementSibling).toHaveTextContent('Send me offers')
  })

  it('groups radios in a fieldset described by the error, each radio marked invalid', async () => {
    const { container } = render(
      <Field group label="Rating" required error="Choose a rating.">
        {(control) =>
          [1, 2].map((stars) => (
            <label key={stars}>
              <input type="radio" name="rating" value={stars} {...control} id={stars === 1 ? control.id : undefined} />
              {stars} stars
            </label>
          ))
        }
      </Field>,
    )
    const group = screen.getByRole('group', { name: 'Rating' })
    expect(group).toHaveAccessibleDescription('Choose a rating.')
    for (const radio of screen.getAllByRole('radio')) {
      expect(radio).toBeInvalid()
      expect(radio).toBeRequired()
      expect(radio).not.toHaveAttribute('aria-describedby')
    }
    await expect(container).toHaveNoAxeViolations()
  })
})
