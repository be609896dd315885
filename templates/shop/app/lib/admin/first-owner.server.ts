import type { Queryable } from '../db.server'
import type { ShopConfig } from '../env.server'
import { ensureFirstOwner, setPasswordPath } from './staff.server'

/**
 * On a start with no staff account yet: the owner from ADMIN_EMAIL, and the log lines about it. Demo
 * mode prints the one-time set-password link; production prints the command that makes one, so a
 * link that opens the shop's highest role never sits in a production log.
 */
export async function announceFirstOwner(db: Queryable, config: Pick<ShopConfig, 'adminEmail' | 'mode' | 'shopUrl'>): Promise<string[]> {
  const created = await ensureFirstOwner(db, config.adminEmail)
  if (!created) return []
  const { email } = created.staff
  if (config.mode === 'production') {
    return [`[shop] back office: owner ${email} created; set the password with a link from \`npm run admin:create -- --email ${email}\``]
  }
  return [`[shop] back office: owner ${email} created; set the password within 24 hours at ${config.shopUrl}${setPasswordPath(created.setPasswordToken)}`]
}
