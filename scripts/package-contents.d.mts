/** Every file path an exports map or bin points at (all conditions except `source`). */
export function entryFiles(manifest: object): string[]
/** The entry files and everything they import relatively, as tarball paths. */
export function reachableFiles(packageDir: string, manifest: object): Set<string>
/** Files the exports need but the tarball lacks, and files nothing names. */
export function compareContents(packageDir: string, manifest: object, packedFiles: string[]): { missing: string[]; unexpected: string[] }
