import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'
import { Button } from '../button'
import { ErrorSummary } from './error-summary'
import { Field } from './field'

/** Sample labels and messages (story data, the same in every locale). */
const EMAIL = { label: 'Email', description: 'We send the receipt here.', error: 'Enter an email like name@example.com.' }
const NAME = { label: 'Name', error: 'Enter your name.' }

function SignupForm() {
  const [values, setValues] = useState({ email: '', name: '' })
  const [submissions, setSubmissions] = useState(0)
  const errors =
    submissions === 0
      ? []
      : [
          ...(/^\S+@\S+\.\S+$/.test(values.email) ? [] : [{ id: 'story-email', message: EMAIL.error }]),
          ...(values.name.trim() ? [] : [{ id: 'story-name', message: NAME.error }]),
        ]
  const errorOf = (id: string) => errors.find((problem) => problem.id === id)?.message
  return (
    <form
      noValidate
      style={{ display: 'grid', gap: '1rem', maxWidth: '24rem' }}
      onSubmit={(event) => {
        event.preventDefault()
        setSubmissions((count) => count + 1)
      }}
    >
      <ErrorSummary title={`${errors.length} problems`} errors={errors} focusKey={submissions || undefined} />
      <Field label={EMAIL.label} description={EMAIL.description} required controlId="story-email" error={errorOf('story-email')}>
        {(control) => <input {...control} type="email" value={values.email} onChange={(event) => setValues({ ...values, email: event.target.value })} />}
      </Field>
      <Field label={NAME.label} required controlId="story-name" error={errorOf('story-name')}>
        {(control) => <input {...control} value={values.name} onChange={(event) => setValues({ ...values, name: event.target.value })} />}
      </Field>
      <Button type="submit">Send</Button>
    </form>
  )
}

const meta = {
  title: 'UI/Field',
  component: Field,
  tags: ['autodocs'],
  args: { label: EMAIL.label, description: EMAIL.description, required: true, children: (control) => <input type="email" {...control} /> },
} satisfies Meta<typeof Field>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: EMAIL.label })
    await expect(input).toBeRequired()
    await expect(input).toHaveAccessibleDescription(EMAIL.description)
  },
}

export const Invalid: Story = {
  args: { error: EMAIL.error },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: EMAIL.label })
    await expect(input).toBeInvalid()
    await expect(input).toHaveAccessibleDescription(`${EMAIL.description} ${EMAIL.error}`)
  },
}

/** Submit an empty form: the summary takes focus, and each link takes the keyboard to its field. */
export const WithErrorSummary: Story = {
  render: () => <SignupForm />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button'))
    const summary = canvas.getByRole('alert')
    await expect(summary).toHaveFocus()
    await expect(within(summary).getAllByRole('link')).toHaveLength(2)
    await userEvent.tab()
    await userEvent.keyboard('{Enter}')
    await expect(canvas.getByRole('textbox', { name: EMAIL.label })).toHaveFocus()
    await userEvent.type(canvas.getByRole('textbox', { name: EMAIL.label }), 'ada@example.com')
    await userEvent.click(canvas.getByRole('button'))
    await expect(within(canvas.getByRole('alert')).getAllByRole('link')).toHaveLength(1)
  },
}
