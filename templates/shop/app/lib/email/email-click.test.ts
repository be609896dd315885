// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { emailClickOf } from './email-click'

describe('emailClickOf', () => {
  it('reads the template and the link from an email link’s UTM parameters', () => {
    expect(emailClickOf('?utm_source=northwind&utm_medium=email&utm_campaign=abandoned_checkout&utm_content=restore_cart')).toEqual({
      campaign: 'abandoned_checkout',
      link: 'restore_cart',
    })
    expect(emailClickOf('?utm_medium=Email&utm_campaign=nps_invitation')).toEqual({ campaign: 'nps_invitation' })
  })

  it('is null for a visit from anything but an email link', () => {
    for (const search of ['', '?utm_medium=cpc&utm_campaign=spring', '?utm_medium=email', '?utm_campaign=review_request']) expect(emailClickOf(search)).toBeNull()
  })
})
