import { render, screen } from '@testing-library/react'
import { createRef, type ReactElement, type Ref } from 'react'
import { expect, it } from 'vitest'
import { describeRefForwarding, type RefForwardingCase } from '../../../test/ref-forwarding'
import { Badge, Button, Dialog, DialogClose, DialogContent, DialogTrigger, EmptyState, ErrorState, ErrorSummary, Field, LoadingState, Money, Rating, VisuallyHidden } from './index'

// forwardRef: a ref reaches the primitive's root element on React 18 as on 19.
const cases: RefForwardingCase[] = [
  { name: 'Button', element: (ref) => <Button ref={ref}>Pay</Button>, root: () => screen.getByRole('button', { name: 'Pay' }) },
  { name: 'Badge', element: (ref) => <Badge ref={ref}>New</Badge>, root: () => screen.getByText('New') },
  { name: 'Money', element: (ref) => <Money ref={ref} value={{ amount: 1999, currency: 'EUR' }} />, root: () => screen.getByText('€19.99') },
  {
    name: 'Money (strikethrough)',
    element: (ref) => <Money ref={ref} strikethrough value={{ amount: 2999, currency: 'EUR' }} />,
    root: () => screen.getByText('€29.99'),
  },
  { name: 'Rating', element: (ref) => <Rating ref={ref} value={4} />, root: () => screen.getByRole('img', { name: '4 out of 5 stars' }) },
  { name: 'VisuallyHidden', element: (ref) => <VisuallyHidden ref={ref}>hidden</VisuallyHidden>, root: () => screen.getByText('hidden') },
  { name: 'Field', element: (ref) => <Field ref={ref} label="Email">{(control) => <input {...control} />}</Field>, root: () => screen.getByRole('textbox').parentElement! },
  {
    name: 'ErrorSummary',
    element: (ref) => <ErrorSummary ref={ref} title="1 problem" errors={[{ id: 'email', message: 'Enter your email.' }]} />,
    root: () => screen.getByRole('alert'),
  },
  { name: 'LoadingState', element: (ref) => <LoadingState ref={ref} />, root: () => screen.getByRole('status') },
  { name: 'ErrorState', element: (ref) => <ErrorState ref={ref} />, root: () => screen.getByRole('alert') },
  { name: 'EmptyState', element: (ref) => <EmptyState ref={ref} title="Nothing here" />, root: () => screen.getByText('Nothing here').parentElement! },
  {
    name: 'DialogTrigger',
    element: (ref) => (
      <Dialog>
        <DialogTrigger ref={ref}>Open</DialogTrigger>
      </Dialog>
    ),
    root: () => screen.getByRole('button', { name: 'Open' }),
  },
  {
    name: 'DialogContent',
    element: (ref) => (
      <Dialog defaultOpen>
        <DialogContent ref={ref} title="Rewards" />
      </Dialog>
    ),
    root: () => screen.getByRole('dialog', { name: 'Rewards' }),
  },
  {
    name: 'DialogClose',
    element: (ref) => (
      <Dialog defaultOpen>
        <DialogContent title="Rewards">
          <DialogClose ref={ref}>Done</DialogClose>
        </DialogContent>
      </Dialog>
    ),
    root: () => screen.getByRole('button', { name: 'Done' }),
  },
]

describeRefForwarding(render, cases)
