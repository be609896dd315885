/** Where the shop's privacy policy lives. */
export const privacyPolicyHref = '/legal/privacy-policy'

/** The form's id in `lead_captured`. */
export const footerFormId = 'footer-newsletter'

/** What the shop's newsletter really contains, shown under the heading. */
export const newsletterDescription =
  'New arrivals, restock alerts for sold-out sizes and subscriber-only offers. One or two emails a month.'

/** An address a visitor types. */
export const visitorEmail = 'mara.schneider@example.com'
