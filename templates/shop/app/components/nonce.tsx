import { createContext, useContext } from 'react'

const NonceContext = createContext<string | undefined>(undefined)

/** Gives the page's inline scripts this response's Content-Security-Policy nonce (server render only). */
export const NonceProvider = NonceContext.Provider

/** The response's CSP nonce while rendering on the server; undefined in the browser, which hides it anyway. */
export function useNonce(): string | undefined {
  return useContext(NonceContext)
}
