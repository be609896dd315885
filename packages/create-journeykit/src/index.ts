export { scaffold, ScaffoldError, defaultTemplateDir, type ScaffoldOptions, type ScaffoldResult } from './scaffold'
export { isValidPackageName, packageNameFromFolder } from './package-name'
export { packageManagerFromUserAgent, type PackageManager } from './package-manager'
