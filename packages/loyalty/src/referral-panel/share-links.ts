/** What a share says: a subject (for email), the message and the link. */
export interface ShareContent {
  subject: string
  text: string
  url: string
}

/** Prefilled share links for email, WhatsApp and X; every part URL-encoded. */
export function shareLinks({ subject, text, url }: ShareContent): { email: string; whatsapp: string; x: string } {
  const encode = encodeURIComponent
  return {
    email: `mailto:?subject=${encode(subject)}&body=${encode(`${text}\n\n${url}`)}`,
    whatsapp: `https://wa.me/?text=${encode(`${text} ${url}`)}`,
    x: `https://x.com/intent/post?text=${encode(text)}&url=${encode(url)}`,
  }
}
