import { parseArgs } from 'node:util'
import type { Queryable } from '../db.server'
import { createStaff, findStaffByEmail, issueSetPasswordToken, setPasswordPath, STAFF_ROLES, type StaffRole } from './staff.server'

export const ADMIN_CREATE_USAGE = `Usage: npm run admin:create -- --email <email> [--role owner|staff|analyst] [--name <name>]

Creates a staff account (role owner by default) and prints its one-time set-password link (valid 24 hours).
For an account that exists already it prints a fresh link instead (a forgotten password); the old link stops working.`

/**
 * `npm run admin:create`: the account for `--email` and the link that sets its password.
 * @returns the lines to print; throws with the usage on bad arguments.
 */
export async function adminCreate(db: Queryable, args: string[], shopUrl: string): Promise<string[]> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, role: { type: 'string', default: 'owner' }, name: { type: 'string' } } })
  if (!values.email) throw new Error(`--email is required.\n\n${ADMIN_CREATE_USAGE}`)
  if (!STAFF_ROLES.includes(values.role as StaffRole)) throw new Error(`--role must be one of ${STAFF_ROLES.join(', ')}.\n\n${ADMIN_CREATE_USAGE}`)
  const existing = await findStaffByEmail(db, values.email)
  if (existing) {
    const token = await issueSetPasswordToken(db, existing.id)
    return [`${existing.email} exists already (${existing.role}). A new set-password link, valid 24 hours:`, `${shopUrl}${setPasswordPath(token)}`]
  }
  const { staff, setPasswordToken } = await createStaff(db, { email: values.email, role: values.role as StaffRole, name: values.name })
  return [`Created ${staff.email} (${staff.role}). Set the password within 24 hours:`, `${shopUrl}${setPasswordPath(setPasswordToken)}`]
}
