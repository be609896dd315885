// Module resolution hooks: append each resolved file URL to the file named by JK_IMPORT_LOG.
import { appendFileSync } from 'node:fs'

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context)
  if (resolved.url.startsWith('file:')) appendFileSync(process.env.JK_IMPORT_LOG, resolved.url + '\n')
  return resolved
}
