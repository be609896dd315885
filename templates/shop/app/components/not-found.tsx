import { Button } from '@journeykit/ui'
import { Form, Link } from 'react-router'

/** What a visitor sees on a page that does not exist: a way to search, and a way home. */
export function NotFoundContent() {
  return (
    <>
      <h1>Page not found</h1>
      <p>The page you were looking for does not exist, or has moved. Search the shop instead:</p>
      <Form method="get" action="/search" role="search" className="search-form">
        <label htmlFor="not-found-q">Search products</label>
        <input id="not-found-q" type="search" name="q" maxLength={200} />
        <Button type="submit">Search</Button>
      </Form>
      <p>
        <Link to="/">Back to the shop</Link>
      </p>
    </>
  )
}
