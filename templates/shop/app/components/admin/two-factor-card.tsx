import { Button } from '@journeykit/ui'
import { FormField } from '../form-field'
import { useAdminText } from '../../lib/admin/messages'
import type { TwoFactorStatus } from '../../lib/admin/two-factor.server'
import { ActionForm } from './action-form'
import { Notice } from './feedback'

/** What the last two-factor action answered: the recovery codes (shown once), or a change to confirm. */
export type TwoFactorResult = { recoveryCodes?: string[]; disabled?: boolean; requiredChanged?: boolean }

interface TwoFactorCardProps {
  status: TwoFactorStatus
  isOwner: boolean
  result: TwoFactorResult | undefined
  /** The code field's error of a two-factor form, by its intent. */
  codeError: (intent: string) => string | undefined
  busy: (intent: string) => boolean
}

/** The account page's two-factor sign-in: enrol (QR code, key, first code), recovery codes, turn off; an owner's requirement. */
export function TwoFactorCard({ status, isOwner, result, codeError, busy }: TwoFactorCardProps) {
  const { t } = useAdminText()
  return (
    <section aria-labelledby="two-factor-title" className="admin-card">
      <h2 id="two-factor-title">{t('twoFactor.title')}</h2>
      {result?.recoveryCodes ? (
        <>
          <Notice>{t('twoFactor.enabled')}</Notice>
          <ul aria-label={t('twoFactor.title')} className="admin-codes">
            {result.recoveryCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result?.disabled ? <Notice>{t('twoFactor.disabled')}</Notice> : null}
      {status.pending ? (
        <>
          <p id="two-factor-scan">{t('twoFactor.scan')}</p>
          {/* The SVG is made on the server by `qrcode` from the otpauth:// address: no script, no outside content. */}
          <div role="img" aria-label={t('twoFactor.qr')} className="admin-qr" dangerouslySetInnerHTML={{ __html: status.pending.qrSvg }} />
          <p>
            {t('twoFactor.key')}: <code>{status.pending.secret.match(/.{1,4}/g)!.join(' ')}</code> · <a href={status.pending.uri}>{t('twoFactor.link')}</a>
          </p>
          <ActionForm intent="two-factor-confirm" className="admin-form-inline" aria-describedby="two-factor-scan">
            <FormField
              id="two-factor-code"
              className="admin-field"
              label={t('twoFactor.code')}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="\s*\d{3}\s*\d{3}\s*"
              required
              error={codeError('two-factor-confirm')}
            />
            <Button type="submit" loading={busy('two-factor-confirm')}>
              {t('twoFactor.confirm')}
            </Button>
          </ActionForm>
        </>
      ) : status.enrolled ? (
        <>
          <p>{t('twoFactor.on', { count: status.recoveryCodesLeft })}</p>
          <p id="two-factor-replace-hint">{t('twoFactor.replaceHint')}</p>
          <ActionForm intent="two-factor-start" className="admin-form-inline" aria-describedby="two-factor-replace-hint">
            <FormField
              id="two-factor-replace-code"
              className="admin-field"
              label={t('twoFactor.currentCode')}
              name="code"
              autoComplete="one-time-code"
              required
              error={codeError('two-factor-start')}
            />
            <Button type="submit" variant="secondary" loading={busy('two-factor-start')}>
              {t('twoFactor.replace')}
            </Button>
          </ActionForm>
          {status.required ? null : (
            <ActionForm intent="two-factor-disable" className="admin-form-inline">
              <FormField
                id="two-factor-disable-code"
                className="admin-field"
                label={t('code.label')}
                name="code"
                autoComplete="one-time-code"
                required
                error={codeError('two-factor-disable')}
              />
              <Button type="submit" variant="secondary" loading={busy('two-factor-disable')}>
                {t('twoFactor.disable')}
              </Button>
            </ActionForm>
          )}
        </>
      ) : (
        <>
          <p>{t('twoFactor.off')}</p>
          <ActionForm intent="two-factor-start">
            <Button type="submit" loading={busy('two-factor-start')}>
              {t('twoFactor.start')}
            </Button>
          </ActionForm>
        </>
      )}
      {isOwner ? (
        <>
          <h3>{t('twoFactor.requireTitle')}</h3>
          {result?.requiredChanged !== undefined ? <Notice>{t(result.requiredChanged ? 'twoFactor.requiredNow' : 'twoFactor.optionalNow')}</Notice> : null}
          <p id="two-factor-require-hint">{t('twoFactor.requireHint')}</p>
          <ActionForm intent="two-factor-require" fields={{ required: String(!status.required) }} aria-describedby="two-factor-require-hint">
            <Button type="submit" variant="secondary" loading={busy('two-factor-require')}>
              {t(status.required ? 'twoFactor.unrequire' : 'twoFactor.require')}
            </Button>
          </ActionForm>
        </>
      ) : null}
    </section>
  )
}
