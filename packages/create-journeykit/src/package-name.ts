// npm's rules for a package name (lowercase, URL-safe, at most 214 characters), as create-vite checks them.
const VALID_NAME = /^(?:@[a-z\d\-*~][a-z\d\-*._~]*\/)?[a-z\d\-~][a-z\d\-._~]*$/
const RESERVED = new Set(['node_modules', 'favicon.ico'])

export function isValidPackageName(name: string): boolean {
  return name.length <= 214 && VALID_NAME.test(name) && !RESERVED.has(name)
}

/** The package name a project folder gets (`My Shop` → `my-shop`), or undefined when nothing valid is left of it. */
export function packageNameFromFolder(folder: string): string | undefined {
  const name = folder
    .trim()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // é → e
    .toLowerCase()
    .replace(/[^a-z\d\-~._]+/g, '-')
    .replace(/^[-._]+|-+$/g, '')
  return isValidPackageName(name) ? name : undefined
}
