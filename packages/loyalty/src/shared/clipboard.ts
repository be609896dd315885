/**
 * Copies text: `navigator.clipboard.writeText` where it exists and is allowed, otherwise selects
 * the text in the given (readonly) input and uses `document.execCommand('copy')`. Resolves
 * whether it worked.
 */
export async function copyText(text: string, input?: HTMLInputElement | null): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Denied permission or an insecure context: fall back below.
  }
  if (!input || typeof document.execCommand !== 'function') return false
  input.focus()
  input.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  }
}
