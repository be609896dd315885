// @vitest-environment jsdom
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRoutesStub } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
// The shop's Vitest config runs in node by default and has no DOM setup file: this file brings its own.
import '../../test/setup-dom'
import { ProductReviewForm, type ReviewLinkVisit } from './product-review-form'

function renderForm(reviewLink: ReviewLinkVisit) {
  const Stub = createRoutesStub([
    {
      id: 'root',
      path: '/',
      loader: () => ({ csrf: 'csrf-1' }),
      children: [
        {
          path: 'p/:slug',
          Component: () => (
            <LocaleProvider locale="en">
              <ProductReviewForm productId="p-boot" productName="Ridge Boot" reviewLink={reviewLink} />
            </LocaleProvider>
          ),
        },
      ],
    },
  ])
  return renderWithJourney(<Stub initialEntries={['/p/ridge-boot']} />)
}

/** The review the form posts, answered with `response`. */
async function submitReview(response: Response): Promise<FormData> {
  const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(response)
  vi.stubGlobal('fetch', fetch)
  const user = userEvent.setup()
  await user.click(await screen.findByRole('radio', { name: '5 stars' }))
  await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Dry feet')
  await user.type(screen.getByRole('textbox', { name: /Your review/ }), 'Dry feet through a week of rain in the hills.')
  await user.type(screen.getByRole('textbox', { name: /Name shown/ }), 'Bea')
  await user.click(screen.getByRole('button', { name: 'Submit review' }))
  expect(fetch).toHaveBeenCalledTimes(1)
  const [url, init] = fetch.mock.calls[0]!
  expect([url, init?.method]).toEqual(['/api/reviews', 'POST'])
  return init!.body as FormData
}

const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

afterEach(() => vi.unstubAllGlobals())

describe('ProductReviewForm', () => {
  it('posts the review with the order and token of a verified review link', async () => {
    const { container } = renderForm({ verified: true, orderId: 'NW-1', token: 'abc.def' })
    expect(await screen.findByRole('heading', { level: 2, name: 'Review Ridge Boot' })).toBeInTheDocument()
    expect(screen.getByText('Thank you for your order. Your review will show as a verified purchase.')).toBeInTheDocument()
    await expect(container).toHaveNoAxeViolations()
    const sent = await submitReview(json({ review: { id: 'rv-1', verifiedBuyer: true } }, 201))
    expect(Object.fromEntries(sent)).toEqual({
      _csrf: 'csrf-1',
      intent: 'create',
      productId: 'p-boot',
      rating: '5',
      title: 'Dry feet',
      body: 'Dry feet through a week of rain in the hills.',
      name: 'Bea',
      orderId: 'NW-1',
      reviewToken: 'abc.def',
    })
    expect(await screen.findByText('Thank you for your review!')).toBeInTheDocument()
    expect(screen.getByText('It is now shown with the other reviews.')).toBeInTheDocument()
  })

  it('says why a refused link makes no verified review and posts the review without it', async () => {
    renderForm({ verified: false, problem: 'This review link has expired. You can still write a review; it will not be marked as a verified purchase.' })
    expect(await screen.findByText(/This review link has expired/)).toBeInTheDocument()
    const sent = await submitReview(json({ held: true }, 202))
    expect([sent.has('orderId'), sent.has('reviewToken')]).toEqual([false, false])
    expect(await screen.findByText('It will appear once we have checked it.')).toBeInTheDocument()
  })

  it('keeps what was typed when the shop refuses the review', async () => {
    renderForm({ verified: true, orderId: 'NW-1', token: 'abc.def' })
    await submitReview(json({ error: 'This review link has expired.', code: 'not_buyer' }, 403))
    expect(await screen.findByRole('alert')).toHaveTextContent('Your review could not be sent.')
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue('Dry feet')
  })
})
